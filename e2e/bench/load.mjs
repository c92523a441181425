// Throughput of POST /api/v1/track under wrk (Debian's), on 127.0.0.1 only and bounded.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const script = new URL('track.lua', import.meta.url).pathname;
export const SETTINGS = ['-t2', '-c32', '-d10s'];

const UNIT_MS = { us: 0.001, ms: 1, s: 1000 };

/** wrk against `base` (a 127.0.0.1 address): requests per second, p99 latency in ms, errors. */
export async function trackLoad(base, awb) {
  const url = new URL('/api/v1/track', base);
  if (url.hostname !== '127.0.0.1') throw new Error(`load tests stay on 127.0.0.1, not ${url.hostname}`);
  const { stdout } = await run('wrk', [...SETTINGS, '--latency', '-s', script, url.href], {
    env: { ...process.env, JNE_BENCH_AWB: awb },
  });
  const rps = Number(stdout.match(/Requests\/sec:\s+([\d.]+)/)?.[1]);
  const p99 = stdout.match(/^\s*99%\s+([\d.]+)(us|ms|s)\s*$/m);
  const requests = Number(stdout.match(/(\d+) requests in/)?.[1]);
  const bad = Number(stdout.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const socketErrors = stdout.match(/Socket errors: (.*)/)?.[1] ?? 'none';
  if (!rps || !p99) throw new Error(`could not read wrk's output:\n${stdout}`);
  return { rps, p99: Number(p99[1]) * UNIT_MS[p99[2]], requests, bad, socketErrors };
}
