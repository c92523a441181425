// Page-load figures in headless Chromium: first render (when the heading that both the app and
// the hello-world fixture render with `elementtiming="first-render"` is painted, and the
// `jne:first-render` mark both set once their first render's effects have run), first paint,
// first contentful paint, cumulative layout shift; and how the static skeleton of index.html
// gives way to the app.

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Runs before any page script (DevTools injection is not subject to the page's CSP).
function watchPaint() {
  window.__bench = { cls: 0, lcp: 0, blankFrames: 0, painted: NaN };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier === 'first-render') window.__bench.painted = entry.renderTime || entry.loadTime;
    }
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries()) if (!shift.hadRecentInput) window.__bench.cls += shift.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    window.__bench.lcp = list.getEntries().at(-1).startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // Frames painted without the site header between the first paint and the first render:
  // the skeleton should hand over to the app with none.
  const frame = () => {
    const painted = performance.getEntriesByName('first-paint').length > 0;
    if (painted && !document.querySelector('.site-header')) window.__bench.blankFrames += 1;
    if (!performance.getEntriesByName('jne:first-render').length) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function firstRenderMark(page) {
  const at = await page.waitForFunction(() => {
    const mark = performance.getEntriesByName('jne:first-render')[0];
    return mark ? mark.startTime : null;
  });
  return at.jsonValue();
}

/** One load of `url` in a fresh browser context (nothing cached): its figures in ms. */
export async function loadOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchPaint);
    await page.goto(url);
    // Nothing is evaluated in the page until it has settled: Playwright's polling script would
    // compete with the app's start for the main thread. Late shifts (a notice arriving after
    // a fetch) count too.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const effectsRun = await firstRenderMark(page);
    const seen = await page.evaluate(() => {
      const paint = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return { ...window.__bench, firstPaint: paint('first-paint'), fcp: paint('first-contentful-paint') };
    });
    return { firstRender: seen.painted, effectsRun, ...seen };
  } finally {
    await context.close();
  }
}

/** The median of each timing over `runs`; the worst CLS and blank-frame count. */
export function summarise(runs) {
  const pick = (key) => median(runs.map((run) => run[key]));
  return {
    firstRender: pick('firstRender'), effectsRun: pick('effectsRun'), firstPaint: pick('firstPaint'), fcp: pick('fcp'), lcp: pick('lcp'),
    cls: Math.max(...runs.map((run) => run.cls)), blankFrames: Math.max(...runs.map((run) => run.blankFrames)),
  };
}

// The pieces of the first screen, by selectors that match the skeleton's copy and the app's
// own element alike (the skeleton has no <h1>: see index.html).
const PIECES = [
  ['header', '.site-header'], ['brand', '.brand'], ['language button', '.lang-switch'],
  ['nav', '.site-nav'], ['nav link', '.nav-link'], ['heading', 'main h1, main .skeleton-title'],
  ['intro', 'main .lead'], ['field label', '.field label'], ['field hint', '.field .hint'],
  ['field', '.field textarea'], ['track button', '.track-form .button'], ['footer', '.site-footer'],
];

function boxes(page) {
  return page.evaluate((pieces) => Object.fromEntries(pieces.map(([name, selector]) => [name,
    [...document.querySelectorAll(selector)].map((el) => {
      const r = el.getBoundingClientRect();
      return { box: [r.x, r.y, r.width, r.height], text: el.textContent.trim() };
    })])), PIECES);
}

/**
 * Compares the skeleton (the wasm request blocked, so the app never starts) with the app's
 * first render at `width`: the largest move or resize of any piece, in CSS pixels, and the
 * pieces missing from either side or worded differently (the skeleton copies the app's
 * Indonesian texts by hand). Saves a
 * full-page screenshot of the skeleton alone as `${shots}/skeleton-${width}.png`.
 */
export async function skeletonTakeover(browser, base, width, shots) {
  const viewport = { width, height: width < 600 ? 740 : 800 };
  const bare = await browser.newContext({ viewport });
  const skeletonPage = await bare.newPage();
  await skeletonPage.route(/\.wasm$/, (route) => route.abort());
  await skeletonPage.addInitScript(watchPaint);
  await skeletonPage.goto(base + '/');
  await skeletonPage.waitForLoadState('networkidle');
  const skeleton = await boxes(skeletonPage);
  const fcp = await skeletonPage.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
  const shot = `${shots}/skeleton-${width}.png`;
  await skeletonPage.screenshot({ path: shot, fullPage: true });
  await bare.close();

  const full = await browser.newContext({ viewport });
  const appPage = await full.newPage();
  await appPage.goto(base + '/');
  await firstRenderMark(appPage);
  const app = await boxes(appPage);
  await full.close();

  let worst = { name: '', px: 0 };
  const missing = [];
  const reworded = [];
  for (const [name] of PIECES) {
    if (skeleton[name].length === 0 || skeleton[name].length !== app[name].length) missing.push(name);
    skeleton[name].forEach(({ box, text }, i) => {
      if (app[name][i] && app[name][i].text !== text) reworded.push(name);
      box.forEach((value, k) => {
        const px = Math.abs(value - (app[name][i]?.box[k] ?? Infinity));
        if (px > worst.px) worst = { name, px };
      });
    });
  }
  return { worst, missing, reworded: [...new Set(reworded)], pieces: PIECES.length, fcp, shot };
}
