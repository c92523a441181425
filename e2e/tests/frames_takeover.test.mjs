// Before the wasm starts (issue 15, item 3): on a slow line the skeleton looks ready long before
// the app takes over, so what is typed into tracking's field then must be kept, with the caret
// and the focus; and /jlc and /privasi paint a skeleton of their first screen too, in the
// words the app then renders, in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteForTests } from '../lib/site.mjs';
import { axeViolations, watchedPage } from '../lib/browser.mjs';

const site = siteForTests();

/** axe on the frame: it has no <h1> by design (the tests and tools take that for the app's). */
const frameViolations = async (page) => (await axeViolations(page))
  .filter((violation) => !violation.startsWith('page-has-heading-one:'));

/** Holds every wasm request until `release()`: the page shows its frame alone until then. */
async function holdWasm(page) {
  let release;
  const released = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue().catch(() => {});
  });
  return release;
}

for (const [lang, label, track, found] of [
  ['id', 'Nomor resi (AWB)', 'Lacak', '1 ditemukan'],
  ['en', 'Airway bill (AWB) number', 'Track', '1 found'],
]) {
  const url = lang === 'en' ? '/?lang=en' : '/';
  test(`${url}: what is typed before the app starts is kept, with the caret and the focus`, async () => {
    const { context, page, seen } = await watchedPage(site.browser, { width: 360, height: 740 });
    try {
      const release = await holdWasm(page);
      await page.goto(site.server.base + url, { waitUntil: 'domcontentloaded' });
      const field = page.getByLabel(label);
      await field.click();
      await page.keyboard.type('0166231900105595');
      for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowLeft');
      assert.equal(await page.locator('main h1').count(), 0, 'the app has not started yet');
      assert.deepEqual(await frameViolations(page), [], 'axe on the frame');

      release();
      await page.locator('main h1').waitFor();
      const kept = await page.evaluate(() => {
        const active = document.activeElement;
        return { id: active?.id, value: active?.value, caret: [active?.selectionStart, active?.selectionEnd] };
      });
      assert.deepEqual(kept, { id: 'awb-input', value: '0166231900105595', caret: [12, 12] });
      await page.keyboard.type(' ');
      assert.equal(await field.inputValue(), '016623190010 5595', 'typing goes on where the caret was');
      await page.keyboard.press('Enter');
      await page.locator('.summary', { hasText: found }).waitFor();
      assert.equal(await page.locator('article.result h3').innerText(), '016623190010 5595');
      assert.ok(await page.getByRole('button', { name: track, exact: true }).isVisible());
      assert.deepEqual(await seen.cspViolations(), []);
      assert.deepEqual(seen.consoleErrors, []);
    } finally {
      await context.close();
    }
  });
}

/** The words of main's first screen: the skeleton's, or the app's once it has rendered. */
const words = (page, selector) => page.locator(selector).evaluate((el) => ({
  text: el.innerText.replace(/\s+/g, ' ').trim(),
  fields: el.querySelectorAll('input').length,
}));

for (const lang of ['id', 'en']) {
  for (const [path, selector] of [['/jlc', 'main section.narrow'], ['/privasi', 'main .policy']]) {
    const url = lang === 'en' ? `${path}?lang=en` : path;
    test(`${url}: a skeleton of the first screen before the app, in the app's words`, async () => {
      const { context, page } = await watchedPage(site.browser, { width: 360, height: 740 });
      try {
        const release = await holdWasm(page);
        await page.goto(site.server.base + url, { waitUntil: 'domcontentloaded' });
        const skeleton = await words(page, selector);
        const title = await page.locator('main .skeleton-title').innerText();
        assert.deepEqual(await frameViolations(page), [], 'axe on the frame');
        release();
        await page.locator('main h1').waitFor();
        assert.equal(title, await page.locator('main h1').innerText(), 'the title');
        if (path === '/jlc') {
          assert.deepEqual(skeleton, await words(page, selector), 'the sign-in screen, word for word');
        } else {
          assert.match(skeleton.text, /^(Kebijakan privasi Memuat kebijakan privasi…|Privacy policy Loading the privacy policy…)$/);
        }
      } finally {
        await context.close();
      }
    });
  }
}
