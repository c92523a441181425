// A slow answer (issue 15, item 4): the page shows it is working, a second tap sends nothing,
// a time limit ends the wait with a retry, and a new search never shows the old results.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { siteForTests } from '../lib/site.mjs';
import { axeViolations, watchedPage } from '../lib/browser.mjs';

const DELIVERED = '0166231900105595';
const IN_TRANSIT = '5403212200022724';

const site = siteForTests();

/** Holds each tracking request `sent.ms` before the real server answers it; counts them. */
async function slowTracking(page, ms) {
  const sent = { count: 0, ms };
  await page.route('**/api/v1/track', async (route) => {
    sent.count += 1;
    await sleep(sent.ms);
    await route.continue().catch(() => {});
  });
  return sent;
}

async function trackOne(page, awb) {
  // Enter in the frame's field (before the app starts) is a new line, as in any textarea.
  await page.locator('main h1').waitFor();
  await page.getByLabel('Nomor resi (AWB)').fill(awb);
  await page.keyboard.press('Enter');
}

describe('a slow answer', () => {
  test('progress shows after 300 ms, the button is busy, old results and sharing are gone', async () => {
    const { context, page } = await watchedPage(site.browser);
    try {
      await page.goto(site.server.base + '/');
      await trackOne(page, DELIVERED);
      await page.locator('.summary', { hasText: '1 ditemukan' }).waitFor();

      const sent = await slowTracking(page, 8000);
      await trackOne(page, IN_TRANSIT);
      await sleep(700);
      const progress = page.locator('.results .progress');
      assert.equal(await progress.innerText(), 'Mencari data 1 kiriman…');
      assert.equal(await progress.evaluate((el) => getComputedStyle(el).opacity), '1');
      assert.equal(await page.locator('article.result').count(), 0, 'the earlier result is gone');
      assert.equal(new URL(page.url()).hash, `#${IN_TRANSIT}`, 'the address has the new number while waiting');
      assert.equal(await page.locator('.share-link').count(), 0, 'no share link while loading');
      assert.equal(await page.getByRole('button', { name: 'Cetak hasil' }).count(), 0);
      const button = page.locator('form.track-form button[type=submit]');
      assert.equal(await button.getAttribute('aria-disabled'), 'true');
      assert.equal(await button.innerText(), 'Melacak…');
      // force: Playwright itself would wait for an aria-disabled button to be enabled.
      await button.click({ force: true });
      await page.keyboard.press('Enter');
      await sleep(200);
      assert.equal(await button.getAttribute('aria-disabled'), 'true', 'still waiting');
      assert.equal(sent.count, 1, 'a second tap sent no second request');
      assert.deepEqual(await axeViolations(page), [], 'axe while loading');

      await page.locator('.summary', { hasText: '1 ditemukan' }).waitFor();
      assert.equal(sent.count, 1, 'a second tap sent no second request');
      assert.equal(await page.locator('article.result').count(), 1);
      assert.match(await page.locator('article.result h3').innerText(), new RegExp(IN_TRANSIT));
      assert.equal(await page.locator('.share-link').count(), 1);
      assert.equal(await button.getAttribute('aria-disabled'), null);
    } finally {
      await context.close();
    }
  });

  test('after 15 seconds without an answer, a clear message and a retry that works', async () => {
    const { context, page } = await watchedPage(site.browser);
    try {
      await page.goto(site.server.base + '/');
      const sent = await slowTracking(page, 20_000);
      await trackOne(page, DELIVERED);
      const message = page.locator('.timed-out', { hasText: 'JNE belum menjawab setelah 15 detik' });
      await message.waitFor({ timeout: 17_000 });
      assert.equal(await page.locator('form.track-form button[type=submit]').getAttribute('aria-disabled'), null);
      sent.ms = 0;
      await message.getByRole('button', { name: 'Coba lagi' }).click();
      await page.locator('article.result .badge', { hasText: 'Terkirim' }).waitFor();
      assert.equal(await page.locator('.timed-out').count(), 0);
    } finally {
      await context.close();
    }
  });

  test('a search with only an input error clears the earlier results', async () => {
    const { context, page } = await watchedPage(site.browser);
    try {
      await page.goto(site.server.base + '/');
      await trackOne(page, DELIVERED);
      await page.locator('.summary', { hasText: '1 ditemukan' }).waitFor();
      await trackOne(page, 'ABC');
      await page.locator('.error-summary', { hasText: 'ABC' }).waitFor();
      assert.equal(await page.locator('.results').count(), 0, 'no result under the new error');
    } finally {
      await context.close();
    }
  });
});
