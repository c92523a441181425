// One instance on SQLite against two instances over one PostgreSQL database, in one run:
// throughput and p99 under wrk of tracking and of signed-in requests (a session looked up and
// touched in the shared database each time; a sign-in itself is bounded by Argon2id and the
// per-address code limits, not by the database). Two instances get one wrk each, at once,
// with the connections split between them; their rates add up and the worse p99 counts.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { newestCode } from '../lib/outbox.mjs';

const run = promisify(execFile);
const UNIT_MS = { us: 0.001, ms: 1, s: 1000 };
const here = (file) => new URL(file, import.meta.url).pathname;
export const SECONDS = 8;
const CONNECTIONS = { track: 32, signedIn: 32 };
const SCRIPTS = { track: here('track.lua'), signedIn: here('signed_in.lua') };
const PATHS = { track: '/api/v1/track', signedIn: '/api/v1/jlc/me' };

/** Signs the demo member in on `server` (both layers, the code from its outbox); the cookie. */
export async function signIn(server) {
  const post = (path, body) => fetch(server.base + path, { method: 'POST', body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', origin: server.base } });
  const login = await (await post('/api/v1/jlc/login', { identifier: 'JLC0012345678', password: 'paket-aman-2026' })).json();
  const answer = await post('/api/v1/jlc/verify', { challenge: login.challenge, code: await newestCode(server.data) });
  return answer.headers.get('set-cookie').split(';')[0];
}

async function wrk(base, what, connections, { awb, cookie }) {
  const url = new URL(PATHS[what], base);
  if (url.hostname !== '127.0.0.1') throw new Error(`load tests stay on 127.0.0.1, not ${url.hostname}`);
  const { stdout } = await run('wrk', ['-t1', `-c${connections}`, `-d${SECONDS}s`, '--latency',
    '-s', SCRIPTS[what], url.href, '--', cookie ?? ''], { env: { ...process.env, JNE_BENCH_AWB: awb } });
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
