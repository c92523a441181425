// Each bundle's page paints the site's frame (static/frame.html) before its wasm has loaded,
// in Indonesian, or in English for `?lang=en` (the link from a page in English): what the
// frame says must be what the app then renders in that language, so the words the frame
// copies from src/i18n cannot drift, and the nav link of the page's own part is marked current.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteForTests } from '../lib/site.mjs';
import { watchedPage } from '../lib/browser.mjs';

const site = siteForTests();

/** The header's and footer's text, the nav link marked current, and the page's language. */
async function frameOf(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    header: document.querySelector('header.site-header')?.textContent.replace(/\s+/g, ' ').trim(),
    footer: document.querySelector('footer.site-footer')?.textContent.replace(/\s+/g, ' ').trim(),
    current: document.querySelector('.site-nav [aria-current="page"]')?.getAttribute('href'),
  }));
}

const PAGES = [['/', '/lacak'], ['/jlc', '/jlc'], ['/privasi/riwayat', '/privasi'], ['/tidak-ada', null]];
for (const lang of ['id', 'en']) {
  for (const [path, current] of PAGES) {
    const url = lang === 'en' ? `${path}?lang=en` : path;
    test(`${url}: the frame painted before the wasm says what the app renders`, async () => {
      const before = await watchedPage(site.browser, { width: 360, height: 740 });
      let frame;
      try {
        await before.page.route('**/*.wasm', (route) => route.abort());
        await before.page.goto(site.server.base + url);
        frame = await frameOf(before.page);
      } finally {
        await before.context.close();
      }
      const after = await watchedPage(site.browser, { width: 360, height: 740 });
      try {
        await after.page.goto(site.server.base + url);
        await after.page.locator('main h1').waitFor();
        const app = await frameOf(after.page);
        assert.ok(frame.header && frame.footer, `${url}: the page has a frame`);
        assert.equal(app.lang, lang);
        const { current: frameCurrent, ...frameText } = frame;
        const { current: appCurrent, ...appText } = app;
        assert.deepEqual(frameText, appText, url);
        // (The not-found page has tracking's frame; the app marks no part current there.)
        if (current) assert.deepEqual([frameCurrent, appCurrent], [current, current], url);
      } finally {
        await after.context.close();
      }
    });
  }
}
