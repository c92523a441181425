// Comparing two policy versions on a 360 px phone, as a reader sees it: the texts in the
// UI's language, a paragraph rewritten whole as its old and new text one after the other,
// every heading with its full number, version names that fit the picker, and a pair chosen
// the wrong way round compared from the earlier version, with a word saying so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { siteForTests } from '../lib/site.mjs';
import { axeViolations, watchedPage } from '../lib/browser.mjs';

const site = siteForTests();
const PHONE = { width: 360, height: 740 };
const COMPARE = '/privasi/bandingkan?dari=2022-06-01&ke=2025-01-01';

async function toEnglish(page) {
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.locator('html[lang="en"]').waitFor();
}

/** Each section heading without its badge ("Diubah", "Bagian baru", …). */
async function titles(page) {
  return page.locator('.diff-section :is(h2, summary) > span[lang]').allInnerTexts();
}

describe('a comparison on a phone', () => {
  test('compares the Indonesian texts in Indonesian and the English ones in English', async () => {
    const { context, page } = await watchedPage(site.browser, PHONE);
    try {
      await page.goto(site.server.base + COMPARE);
      await page.locator('.diff-summary').waitFor();
      const id = await titles(page);
      assert.ok(id.includes('2. Layanan Pelanggan JNE'), id.join(' | '));
      assert.ok(id.includes('3a. Gerai JNE'), id.join(' | '));
      assert.equal(await page.locator('.diff-section [lang="en"]').count(), 0, 'no English text in the Indonesian UI');
      await page.getByText('Yang dibandingkan terjemahan bahasa Indonesia.').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'axe (id)');
      await toEnglish(page);
      await page.locator('.diff-section h2', { hasText: '2. JNE Customer Services' }).waitFor();
      assert.ok((await titles(page)).includes('3a. JNE Outlets'));
      assert.deepEqual(await axeViolations(page), [], 'axe (en)');
    } finally {
      await context.close();
    }
  });

  test('sub-headings keep their parent number: no two headings read alike', async () => {
    const { context, page } = await watchedPage(site.browser, PHONE);
    try {
      await page.goto(site.server.base + COMPARE);
      await page.locator('.diff-summary').waitFor();
      await toEnglish(page);
      await page.locator('.diff-section h2', { hasText: 'JNE Customer Services' }).waitFor();
      const all = await titles(page);
      assert.deepEqual(all.filter((t, i) => all.indexOf(t) !== i), [], `repeated headings: ${all.join(' | ')}`);
      assert.ok(all.includes("3b. JNE Website") && all.includes("4a. JNE Website"), JSON.stringify(all));
    } finally {
      await context.close();
    }
  });

  test('a paragraph rewritten whole reads as the old text, then the new one', async () => {
    const { context, page } = await watchedPage(site.browser, PHONE);
    try {
      await page.goto(site.server.base + COMPARE);
      const outlets = page.locator('.diff-section', { hasText: '3a. Gerai JNE' });
      const old = outlets.locator('.diff-old').first();
      const now = outlets.locator('.diff-new').first();
      assert.match(await old.innerText(), /^Versi lama\s+(dihapus:\s+)?Untuk mengirim paket di Gerai JNE/);
      assert.match(await now.innerText(), /^Versi baru\s+(ditambah:\s+)?Transaksi pengiriman paket di Gerai JNE/);
      const [a, b] = [await old.boundingBox(), await now.boundingBox()];
      assert.ok(a.y + a.height <= b.y, 'on a phone the new text comes under the old one');
      const struck = await old.locator('del').evaluate((e) => getComputedStyle(e).textDecorationLine);
      assert.equal(struck, 'none', 'the old paragraph is readable, not struck through');
    } finally {
      await context.close();
    }
  });

  test('every version name fits the picker', async () => {
    const { context, page } = await watchedPage(site.browser, PHONE);
    try {
      await page.goto(site.server.base + COMPARE);
      await page.locator('.diff-summary').waitFor();
      for (const lang of ['id', 'en']) {
        if (lang === 'en') await toEnglish(page);
        const cut = await page.locator('.compare-form select').evaluateAll((selects) => selects.flatMap((select) => {
          const style = getComputedStyle(select);
          const context = document.createElement('canvas').getContext('2d');
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          // What the closed select shows: its width less its padding and the arrow (about 1.5em).
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
            - 1.5 * parseFloat(style.fontSize);
          return [...select.options].filter((o) => context.measureText(o.text).width > room).map((o) => o.text);
        }));
        assert.deepEqual(cut, [], `${lang}: names cut off`);
      }
    } finally {
      await context.close();
    }
  });

  test('"older" later than "newer" is compared the right way round, and the reader is told', async () => {
    const { context, page } = await watchedPage(site.browser, PHONE);
    try {
      await page.goto(site.server.base + '/privasi/bandingkan?dari=2025-01-01&ke=2022-06-01');
      await page.getByText('Versi lama harus lebih awal daripada versi baru, jadi keduanya kami tukar.').waitFor();
      await page.locator('.diff-summary', { hasText: '3 ditambah' }).waitFor();
      assert.equal(await page.inputValue('#compare-from'), '2022-06-01');
      assert.equal(await page.inputValue('#compare-to'), '2025-01-01');
      assert.match(await page.locator('.compare-title').innerText(), /^1 Jun 2022 → 1 Jan 2025$/);

      // The same from the picker.
      await page.goto(site.server.base + COMPARE);
      await page.locator('.diff-summary').waitFor();
      assert.equal(await page.locator('.policy-swapped').count(), 0, 'no word when the order is right');
      await page.getByLabel('Versi lama').selectOption('2025-01-01');
      await page.getByLabel('Versi baru').selectOption('2022-06-01');
      await page.getByRole('button', { name: 'Bandingkan', exact: true }).click();
      await page.locator('.policy-swapped', { hasText: 'keduanya kami tukar' }).waitFor();
      assert.equal(await page.inputValue('#compare-from'), '2022-06-01');
      assert.equal(await page.inputValue('#compare-to'), '2025-01-01');
      await page.locator('.diff-summary', { hasText: '3 ditambah' }).waitFor();
      await toEnglish(page);
      await page.getByText('The older version must come before the newer one, so we swapped them.').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'axe, swapped');
    } finally {
      await context.close();
    }
  });
});
