// One instance on SQLite against two instances over one PostgreSQL database, in one run:
// throughput and p99 of tracking and of signed-in requests under wrk (a session looked up and
// touched in the shared database each time, spread over many members' sessions so that no
// one row is hot), and of sign-ins. A sign-in is bounded by Argon2id and by each address's
// code limit (three messages in fifteen minutes), so the bench first signs many members up
// through the real API, their codes read from the instances' outboxes, and then signs each
// in once with the password alone and once with the password and the code. Two instances
// share the load: wrk's connections are split between them (rates add up, the worse p99
// counts), sign-ins alternate between them.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { outbox } from '../lib/outbox.mjs';

const run = promisify(execFile);
const UNIT_MS = { us: 0.001, ms: 1, s: 1000 };
const here = (file) => new URL(file, import.meta.url).pathname;
export const SECONDS = 8;
const CONNECTIONS = { track: 32, signedIn: 32 };
/** Members signed up per setup, and sign-ins under way at once. */
export const MEMBERS = +(process.env.JNE_BENCH_MEMBERS ?? 48);
const AT_ONCE = 8;
const PASSWORD = 'kiriman-sore-Bench-2026';
const SCRIPTS = { track: here('track.lua'), signedIn: here('signed_in.lua') };
const PATHS = { track: '/api/v1/track', signedIn: '/api/v1/jlc/me' };

const post = (base, path, body) => fetch(base + path, { method: 'POST', body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', origin: base } });

/** The code of the newest message to `email` in `data`'s outbox, once there are more than `seen`. */
async function codeFor(data, email, seen) {
  for (let i = 0; i < 100; i += 1) {
    const mine = outbox(data).filter((message) => message.includes(email));
    const code = mine.length > seen && mine.at(-1).match(/\b(\d{6})\b/);
    if (code) return code[1];
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`no code for ${email} arrived in the outbox`);
}

/** Runs `job(i)` for i in 0..count, `AT_ONCE` at a time: jobs per second and p99 in ms. */
async function timed(count, job) {
  const took = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: AT_ONCE }, async () => {
    while (next < count) {
      const i = next++;
      const began = performance.now();
      await job(i);
      took.push(performance.now() - began);
    }
  }));
  const seconds = (performance.now() - start) / 1000;
  took.sort((a, b) => a - b);
  return { rps: count / seconds, p99: took[Math.min(took.length - 1, Math.ceil(took.length * 0.99) - 1)] };
}

/**
 * `MEMBERS` new members, signed up through the API over `servers` in turn (`tag` keeps the
 * addresses of two setups apart): each one's address, the server that holds its mail, and the
 * session its confirmed sign-up started.
 */
export async function signUpMany(servers, tag) {
  const members = Array.from({ length: MEMBERS }, (_, i) => ({
    email: `bench.${tag}.${i}@example.id`, server: servers[i % servers.length],
  }));
  await timed(members.length, async (i) => {
    const member = members[i];
    const mobile = `0812${String(10_000_000 + i).slice(1)}`;
    const sent = await post(member.server.base, '/api/v1/jlc/signup',
      { name: 'Anggota Bench', email: member.email, mobile, password: PASSWORD });
    if (!sent.ok) throw new Error(`sign-up of ${member.email}: ${sent.status} ${await sent.text()}`);
    const { challenge } = await sent.json();
    const code = await codeFor(member.server.data, member.email, 0);
    const done = await post(member.server.base, '/api/v1/jlc/verify', { challenge, code });
    if (!done.ok) throw new Error(`confirming ${member.email}: ${done.status}`);
    member.cookie = done.headers.get('set-cookie').split(';')[0];
    member.mails = 1;
  });
  return members;
}

/** Each member signs in once: with the password alone (`code` false: layer one, which sends a
 * code), or with the password and then that code (a session). Rate and p99 of whole sign-ins. */
export async function signInAll(members, { code }) {
  let failed = 0;
  const result = await timed(members.length, async (i) => {
    const member = members[i];
    const { base, data } = member.server;
    const login = await post(base, '/api/v1/jlc/login', { identifier: member.email, password: PASSWORD });
    if (!login.ok) { failed += 1; return; }
    const { challenge } = await login.json();
    const seen = member.mails;
    member.mails += 1;
    if (!code) return;
    const answer = await post(base, '/api/v1/jlc/verify', { challenge, code: await codeFor(data, member.email, seen) });
    if (!answer.ok) failed += 1;
  });
  return { ...result, bad: failed };
}

async function wrk(base, what, connections, { awb, cookie }) {
  const url = new URL(PATHS[what], base);
  if (url.hostname !== '127.0.0.1') throw new Error(`load tests stay on 127.0.0.1, not ${url.hostname}`);
  const { stdout } = await run('wrk', ['-t1', `-c${connections}`, `-d${SECONDS}s`, '--latency',
    '-s', SCRIPTS[what], url.href, '--', ...[cookie ?? ''].flat()], { env: { ...process.env, JNE_BENCH_AWB: awb } });
  const rps = Number(stdout.match(/Requests\/sec:\s+([\d.]+)/)?.[1]);
  const p99 = stdout.match(/^\s*99%\s+([\d.]+)(us|ms|s)\s*$/m);
  const bad = Number(stdout.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  if (!rps || !p99) throw new Error(`could not read wrk's output:\n${stdout}`);
  return { rps, p99: Number(p99[1]) * UNIT_MS[p99[2]], bad };
}

/** `what` ('track' or 'signedIn') against every base at once: total rate, worst p99, non-2xx. */
export async function loadAll(bases, what, options) {
  const each = Math.max(1, Math.floor(CONNECTIONS[what] / bases.length));
  const results = await Promise.all(bases.map((base) => wrk(base, what, each, options)));
  return {
    rps: results.reduce((sum, r) => sum + r.rps, 0),
    p99: Math.max(...results.map((r) => r.p99)),
    bad: results.reduce((sum, r) => sum + r.bad, 0),
  };
}
