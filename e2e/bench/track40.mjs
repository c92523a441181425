// Tracking 40 numbers at once (the most one search takes) in the real app: the time from the
// click on "Lacak" to the frame that shows all 40 results.
import { DEMO } from '../lib/demo.mjs';
import { median } from './pageload.mjs';

const MAX = 40;
const known = DEMO.map((shipment) => shipment.awb);
// Valid numbers the demo store does not hold: each is answered "not found", which still
// renders a result card (a short one: no history).
const unknown = Array.from({ length: MAX - known.length }, (_, i) => `99000000000000${String(i).padStart(2, '0')}`);
export const AWBS = [...known, ...unknown];
export const LABEL = `${known.length} demo AWBs (found) + ${unknown.length} valid unknown ones (not found)`;

/**
 * Median over `runs` fresh page loads, in ms; the server must not throttle (--track-burst 0).
 * `settled`: the click comes once the page is idle (no request for 500 ms, then an idle
 * callback), as a visitor's does after pasting; otherwise right after the first render, while
 * the page is still starting (the browser still busy with the load).
 */
export async function track40(browser, base, runs, { settled = false } = {}) {
  const times = [];
  let outcome = '';
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(base + '/');
    await page.waitForFunction(() => performance.getEntriesByName('jne:first-render').length > 0);
    await page.locator('#awb-input').fill(AWBS.join('\n'));
    if (settled) {
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => new Promise((idle) => requestIdleCallback(idle)));
    }
    const ms = await page.evaluate((count) => new Promise((done) => {
      const all = () => document.querySelectorAll('article.result').length === count
        && !document.querySelector('article.result .loading');
      const observer = new MutationObserver(() => {
        if (!all()) return;
        observer.disconnect();
        // The results are on screen in the frame after this DOM change.
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - start)));
      });
      observer.observe(document.getElementById('main'), { childList: true, subtree: true, characterData: true });
      const start = performance.now();
      document.querySelector('.track-form button[type="submit"]').click();
    }), MAX);
    times.push(ms);
    outcome = await page.locator('.summary').innerText();
    await context.close();
  }
  return { median: median(times), outcome };
}
