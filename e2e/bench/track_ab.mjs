// Tracking 40 numbers in builds side by side: runs alternate between them (the machine is
// noisy, only ratios within one run mean anything), each the click on "Lacak" to all 40
// results on screen, when the answer arrived, and the main thread's CPU time (from a Chrome
// trace) in script, style, layout and paint. A CSS rule can be tried on top of a build.
//   VARIANTS='{"before":{"dist":"DIR"},"after":{"dist":"dist"},"contain":".result{contain:content}"}'
//   N=15 node e2e/bench/track_ab.mjs   (SETTLED=1: each click once the page is idle, as scripts/bench)
import { join } from 'node:path';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
const tracePath = join(mkdtempSync(join(tmpdir(), 'probe-')), 't.json');
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { median } from './pageload.mjs';
import { AWBS } from './track40.mjs';
const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const VARIANTS = JSON.parse(process.env.VARIANTS);
async function once(browser, base, css) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(base + '/');
  await page.waitForFunction(() => performance.getEntriesByName('jne:first-render').length > 0);
  await page.locator('#awb-input').fill(AWBS.join('\n'));
  if (process.env.SETTLED) {
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((idle) => requestIdleCallback(idle)));
  }
  await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'blink.user_timing'] });
  const ms = await page.evaluate(([count, css]) => new Promise((done) => {
    const style = document.createElement('style'); style.textContent = css; document.head.append(style);
    void document.body.offsetHeight;
    const all = () => document.querySelectorAll('article.result').length === count && !document.querySelector('article.result .loading');
    let inDom = 0; let responded = 0;
    const observer = new MutationObserver(() => {
      if (!all()) return;
      observer.disconnect();
      inDom = performance.now() - start;
      responded = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/v1/track')).at(-1).responseEnd - start;
      requestAnimationFrame(() => setTimeout(() => done([performance.now() - start, inDom, responded])));
    });
    observer.observe(document.getElementById('main'), { childList: true, subtree: true, characterData: true });
    performance.mark('probe:click');
    const start = performance.now();
    document.querySelector('.track-form button[type="submit"]').click();
  }), [AWBS.length, css]);
  await browser.stopTracing();
  await context.close();
  const events = JSON.parse(readFileSync(tracePath, 'utf8')).traceEvents;
  const click = events.find((e) => e.name === 'probe:click');
  const cpu = (name) => events.filter((e) => e.tid === click.tid && e.ts >= click.ts && e.name === name && e.ph === 'X')
    .reduce((s, e) => s + (e.tdur ?? e.dur) / 1000, 0);
  return [...ms, cpu('FunctionCall'), cpu('UpdateLayoutTree'), cpu('Layout'), cpu('Paint')];
}
// VARIANTS: {"name": css} on dist/, or {"name": {"dist": DIR, "css": CSS}}.
const servers = {};
for (const [name, v] of Object.entries(VARIANTS)) {
  const dist = typeof v === 'string' ? undefined : v.dist;
  servers[name] = await startServer({ bin: join(root, 'target/release/jne-server'), dist, args: ['--track-burst', '0'] });
  if (typeof v === 'string') VARIANTS[name] = { css: v };
}
const server = Object.values(servers)[0];
const browser = await launch();
try {
  const results = {};
  await once(browser, server.base, '');
  for (let round = 0; round < +(process.env.N ?? 7); round += 1) {
    for (const [name, v] of Object.entries(VARIANTS)) (results[name] ??= []).push(await once(browser, servers[name].base, v.css ?? ''));
  }
  for (const [name, runs] of Object.entries(results)) {
    const m = (i) => median(runs.map((r) => r[i])).toFixed(1);
    console.log(name.padEnd(12), 'total', m(0), 'inDOM', m(1), 'response', m(2), '→ after DOM', median(runs.map((r) => r[0] - r[1])).toFixed(1), '| cpu: script', m(3), 'style', m(4), 'layout', m(5), 'paint', m(6), 'sum', median(runs.map((r) => r[3] + r[4] + r[5] + r[6])).toFixed(1));
  }
} finally { await browser.close(); for (const s of Object.values(servers)) await s.stop(); }
