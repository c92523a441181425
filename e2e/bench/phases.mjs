// Where the first render's time goes, from Chrome traces: for each built app, the median over
// N loads (fresh context each) of when each phase starts (ms after navigation), how much wasm
// V8 compiled lazily, and the main thread's style, layout and paint, all before the
// `jne:first-render` mark. A diagnosis aid for the bench's ratio figure: tracing slows every
// load, so compare these figures with each other only.
//   node e2e/bench/phases.mjs [DIST …]   (default: dist/ and the hello world of scripts/bench,
//   which builds them and the release jne-server used here; N=8 loads)
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { median } from './pageload.mjs';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const dists = process.argv.length > 2 ? process.argv.slice(2) : [join(root, 'dist'), join(root, 'target/bench/hello')];
const LOADS = +(process.env.N ?? 8);
const tracePath = join(mkdtempSync(join(tmpdir(), 'jne-phases-')), 'trace.json');
const CATEGORIES = ['devtools.timeline', 'v8', 'v8.wasm', 'blink', 'loading', 'blink.user_timing'];

/** The phases of one traced load of `url`. */
async function phases(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await browser.startTracing(page, { path: tracePath, categories: CATEGORIES });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);
  await browser.stopTracing();
  await context.close();
  const events = JSON.parse(readFileSync(tracePath, 'utf8')).traceEvents;
  const mark = events.find((e) => e.name === 'jne:first-render');
  const navigation = mark.ts - mark.args.data.startTime * 1000;
  const at = (event) => (event ? (event.ts - navigation) / 1000 : NaN);
  const first = (name, after = 0) => events
    .filter((e) => e.tid === mark.tid && e.name === name && e.ts > after)
    .sort((a, b) => a.ts - b.ts)[0];
  const compiled = first('wasm.FinishStreaming');
  const lazy = events.filter((e) => e.name === 'wasm.CompileLazy' && e.ts < mark.ts);
  const spent = (name) => events.filter((e) => e.tid === mark.tid && e.name === name && e.ts < mark.ts)
    .reduce((sum, e) => sum + e.dur / 1000, 0);
  return {
    'parsed': at(first('Document::FinishedParsing')),
    'JS glue runs': at(first('v8.evaluateModule')),
    'wasm compile': at(first('wasm.OnBytesReceived')),
    'wasm compiled': at(compiled),
    'main starts': at(compiled && first('v8.callFunction', compiled.ts)),
    'first render': at(mark),
    'lazily compiled functions': lazy.length,
    'their compile ms': lazy.reduce((sum, e) => sum + e.dur / 1000, 0),
    'style ms': spent('UpdateLayoutTree'),
    'layout ms': spent('Layout'),
    'paint ms': spent('Blink.Paint.UpdateTime'),
  };
}

const bin = join(root, 'target/release/jne-server');
const servers = [];
for (const dist of dists) {
  const demo = !dist.includes('hello');
  servers.push(await startServer({ bin, dist, demo, args: ['--track-burst', '0', '--policy', join(root, 'static/policy')] }));
}
const browser = await launch();
try {
  const runs = dists.map(() => []);
  for (let i = 0; i < LOADS; i += 1) {
    for (const [k, server] of servers.entries()) runs[k].push(await phases(browser, server.base + '/'));
  }
  for (const [k, dist] of dists.entries()) {
    console.log(`\n${dist}`);
    for (const key of Object.keys(runs[k][0])) console.log(`  ${key}: ${median(runs[k].map((run) => run[key])).toFixed(1)}`);
  }
} finally {
  await browser.close();
  for (const server of servers) await server.stop();
}
