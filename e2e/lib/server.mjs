// Starts a real jne-server on a free port of 127.0.0.1 with a fresh data folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const root = resolve(here, '../..');

/** `args`: more command-line arguments for jne-server. */
export async function startServer({ demo = true, bin, dist, args: extra = [] } = {}) {
  const data = mkdtempSync(join(tmpdir(), 'jne-e2e-'));
  const args = ['--listen', '127.0.0.1:0', '--data', data,
    '--dist', dist ?? process.env.JNE_DIST ?? join(root, 'dist')];
  if (demo) args.push('--demo');
  args.push(...extra);
  const child = spawn(bin ?? process.env.JNE_SERVER_BIN ?? join(root, 'target/debug/jne-server'), args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RUST_LOG: 'jne_server=debug' },
  });
  let log = '';
  child.stderr.on('data', (chunk) => { log += chunk; });
  const base = await new Promise((ok, fail) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const found = out.match(/listening on (http:\/\/\S+)/);
      if (found) ok(found[1]);
    });
    child.on('exit', (code) => fail(new Error(`jne-server exited with ${code}: ${log}`)));
  });
  return {
    base,
    data,
    /** Everything the server wrote to its log so far. */
    log: () => log,
    async stop() {
      const exited = new Promise((ok) => child.on('exit', ok));
      child.kill('SIGTERM');
      await exited;
      rmSync(data, { recursive: true, force: true });
    },
  };
}
