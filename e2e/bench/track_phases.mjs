// Where the time of tracking 40 numbers goes, from Chrome traces: from the click on "Lacak"
// to the frame with all 40 results, the request, the wasm's work (JSON, Yew's render and
// diff), style, layout and paint on the main thread. Tracing slows everything: compare these
// figures with each other only.
//   node e2e/bench/track_phases.mjs   (after scripts/bench track; N=5 runs)
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { median } from './pageload.mjs';
import { AWBS } from './track40.mjs';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const RUNS = +(process.env.N ?? 5);
const tracePath = join(mkdtempSync(join(tmpdir(), 'jne-track-phases-')), 'trace.json');
const CATEGORIES = ['devtools.timeline', 'v8', 'blink', 'loading', 'blink.user_timing', 'disabled-by-default-devtools.timeline.stack'];

async function once(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(base + '/');
  await page.waitForFunction(() => performance.getEntriesByName('jne:first-render').length > 0);
  await page.locator('#awb-input').fill(AWBS.join('\n'));
  await browser.startTracing(page, { path: tracePath, categories: CATEGORIES });
  const total = await page.evaluate((count) => new Promise((done) => {
    const all = () => document.querySelectorAll('article.result').length === count
      && !document.querySelector('article.result .loading');
    const observer = new MutationObserver(() => {
      if (!all()) return;
      observer.disconnect();
      performance.mark('jne:all-results');
      requestAnimationFrame(() => setTimeout(() => { performance.mark('jne:on-screen'); done(performance.now() - start); }));
    });
    observer.observe(document.getElementById('main'), { childList: true, subtree: true, characterData: true });
    performance.mark('jne:click');
    const start = performance.now();
    document.querySelector('.track-form button[type="submit"]').click();
  }), AWBS.length);
  await browser.stopTracing();
  const elements = await page.evaluate(() => document.getElementById('main').querySelectorAll('*').length);
  await context.close();
  const events = JSON.parse(readFileSync(tracePath, 'utf8')).traceEvents;
  if (process.env.DUMP) {
    const c = events.find((e) => e.name === 'jne:click');
    const d = events.find((e) => e.name === 'jne:on-screen');
    for (const e of events.filter((e) => e.tid === c.tid && e.ph === 'X' && e.ts >= c.ts && e.ts <= d.ts && (e.dur ?? 0) > +(process.env.MIN ?? 1500))) {
      console.log(((e.ts - c.ts) / 1000).toFixed(1), (e.dur / 1000).toFixed(1), e.name, JSON.stringify(e.args?.data ?? {}).slice(0, 150));
    }
    for (const e of events.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.ts >= c.ts && e.ts <= d.ts && e.dur > 5000)) {
      console.log(((e.ts - c.ts) / 1000).toFixed(1), e.name, JSON.stringify(e.args).slice(0, 1500));
    }
    for (const e of events.filter((e) => e.name.startsWith('Resource') && e.ts >= c.ts && e.ts <= d.ts)) {
      console.log(((e.ts - c.ts) / 1000).toFixed(1), e.name, e.args?.data?.url ?? "");
    }
  }
  const mark = (name) => events.find((e) => e.name === name);
  const click = mark('jne:click');
  const done = mark('jne:on-screen');
  const tid = click.tid;
  const inside = (e) => e.tid === tid && e.ts >= click.ts && e.ts <= done.ts && e.ph === 'X';
  const spent = (name) => events.filter((e) => inside(e) && e.name === name).reduce((s, e) => s + (e.dur ?? 0) / 1000, 0);
  const sent = events.find((e) => e.name === 'ResourceSendRequest' && e.ts > click.ts);
  const response = events.find((e) => e.name === 'ResourceReceiveResponse' && e.ts > click.ts);
  const finish = events.find((e) => e.name === 'ResourceFinish' && e.ts > click.ts);
  return {
    'click → on screen': total,
    'request sent': sent ? (sent.ts - click.ts) / 1000 : NaN,
    'response arrives': response ? (response.ts - click.ts) / 1000 : NaN,
    'response finished': finish ? (finish.ts - click.ts) / 1000 : NaN,
    'all results in DOM': (mark('jne:all-results').ts - click.ts) / 1000,
    'script ms (tasks)': spent('FunctionCall') + spent('EventDispatch') + spent('TimerFire'),
    'style ms': spent('UpdateLayoutTree'),
    'layout ms': spent('Layout'),
    'paint ms': spent('Paint') + spent('Blink.Paint.UpdateTime'),
    'GC ms': spent('MinorGC') + spent('MajorGC') + spent('V8.GC_SCAVENGER'),
    'elements in main': elements,
    'layouts': events.filter((e) => inside(e) && e.name === 'Layout').length,
  };
}

const server = await startServer({ bin: join(root, 'target/release/jne-server'), args: ['--track-burst', '0'] });
const browser = await launch();
try {
  const runs = [];
  await once(browser, server.base);
  for (let i = 0; i < RUNS; i += 1) runs.push(await once(browser, server.base));
  console.log(`median of ${RUNS} traced runs, ms after the click:`);
  for (const key of Object.keys(runs[0])) {
    console.log(`  ${key}: ${median(runs.map((r) => r[key])).toFixed(1)}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
