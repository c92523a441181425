// Each bundle's page paints the site's frame (static/frame.html) before its wasm has loaded:
// what the frame says must be what the app then renders, so the words the frame copies from
// src/i18n cannot drift, and the nav link of the page's own part is the one marked current.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteForTests } from '../lib/site.mjs';
import { watchedPage } from '../lib/browser.mjs';

const site = siteForTests();

/** The header's and footer's text, and the nav link marked current. */
async function frameOf(page) {
  return page.evaluate(() => ({
    header: document.querySelector('header.site-header')?.textContent.replace(/\s+/g, ' ').trim(),
    footer: document.querySelector('footer.site-footer')?.textContent.replace(/\s+/g, ' ').trim(),
    current: document.querySelector('.site-nav [aria-current="page"]')?.getAttribute('href'),
  }));
}

for (const [path, current] of [['/', '/lacak'], ['/jlc', '/jlc'], ['/privasi/riwayat', '/privasi']]) {
  test(`${path}: the frame painted before the wasm says what the app renders`, async () => {
    const before = await watchedPage(site.browser, { width: 360, height: 740 });
    let frame;
    try {
      await before.page.route('**/*.wasm', (route) => route.abort());
      await before.page.goto(site.server.base + path);
      frame = await frameOf(before.page);
    } finally {
      await before.context.close();
    }
    const after = await watchedPage(site.browser, { width: 360, height: 740 });
    try {
      await after.page.goto(site.server.base + path);
      await after.page.locator('main h1').waitFor();
      const app = await frameOf(after.page);
      assert.ok(frame.header && frame.footer, `${path}: the page has a frame`);
      assert.deepEqual(frame, app, `${path}: frame and app`);
      assert.equal(app.current, current);
    } finally {
      await after.context.close();
    }
  });
}
