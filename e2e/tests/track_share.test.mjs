// Sharing results (issue 15, item 5): numbers shown exactly as typed (the normalised number is
// still what is sent), a button that copies the link and the device's share sheet where the
// browser has one, the language kept in the link's fragment and across a reload, and a shared
// page that lists one number per line. The numbers and the language never leave the browser
// by the link (P5): they are in the fragment only.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { siteForTests } from '../lib/site.mjs';
import { axeViolations, watchedPage } from '../lib/browser.mjs';

const TYPED = ['JNEB-1005668732', '0166231900105595', 'cm96392284741'];
const SENT = ['JNEB1005668732', '0166231900105595', 'CM96392284741'];

const site = siteForTests();

const shownNumbers = async (page) => ({
  summary: await page.locator('table.summary-table tbody th').allInnerTexts(),
  cards: await page.locator('article.result h3').allInnerTexts(),
});

/** No request to the server carries a tracked number or the language of the fragment. */
function assertNothingSentByTheLink(seen) {
  for (const request of seen.requests.filter((r) => r.method === 'GET')) {
    assert.ok(!/JNEB|1005668732|lang=/i.test(request.url), `GET ${request.url}`);
  }
}

describe('sharing results', () => {
  test('numbers as typed, the link keeps them and the language, copy link, a reload keeps both', async () => {
    const { context, page, seen } = await watchedPage(site.browser, { width: 360, height: 740 });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.base });
      // A browser without a share sheet gets no share button.
      await page.addInitScript(() => { delete Navigator.prototype.share; });
      await page.goto(site.server.base + '/');
      await page.getByLabel('Nomor resi (AWB)').fill(TYPED.join(' '));
      await page.getByRole('button', { name: 'Lacak', exact: true }).click();
      await page.locator('.summary', { hasText: '3 ditemukan' }).waitFor();
      assert.deepEqual(await shownNumbers(page), { summary: TYPED, cards: TYPED }, 'as typed, dash and case kept');
      const posted = seen.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/api/v1/track'));
      assert.deepEqual(JSON.parse(posted.at(-1).body).awbs, SENT, 'the normalised numbers are sent');
      assert.equal(await page.getByRole('button', { name: 'Bagikan' }).count(), 0);

      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.locator('.summary', { hasText: '3 found' }).waitFor();
      const fragment = `#${TYPED.join(',')}&lang=en`;
      // The address follows in the task after the answer is shown.
      await page.waitForURL((url) => url.hash === fragment, { timeout: 2000 });
      assert.equal(new URL(page.url()).hash, fragment, 'the address keeps the numbers and the language');
      const link = await page.locator('a.share-link').getAttribute('href');
      assert.equal(new URL(link).pathname, '/lacak');
      assert.equal(new URL(link).hash, fragment);

      await page.getByRole('button', { name: 'Copy link' }).click();
      await page.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
      assert.deepEqual(await axeViolations(page), [], 'axe after copying');

      await page.reload();
      await page.locator('.summary', { hasText: '3 found' }).waitFor();
      assert.equal(await page.locator('main h1').innerText(), 'Track parcels', 'English after a reload');
      assert.equal(await page.inputValue('#awb-input'), TYPED.join('\n'), 'one number per line');
      assert.deepEqual(await shownNumbers(page), { summary: TYPED, cards: TYPED });

      await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).click();
      await page.locator('.summary', { hasText: '3 ditemukan' }).waitFor();
      await page.waitForURL((url) => url.hash === `#${TYPED.join(',')}`, { timeout: 2000 });
      assert.equal(new URL(page.url()).hash, `#${TYPED.join(',')}`, 'Indonesian, the default, is left out');
      await page.reload();
      await page.locator('.summary', { hasText: '3 ditemukan' }).waitFor();
      assert.equal(await page.locator('main h1').innerText(), 'Lacak kiriman', 'Indonesian after a reload');
      assertNothingSentByTheLink(seen);
      assert.deepEqual(seen.consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  test('a shared link opens in its language, one number per line, and the share sheet gets it', async () => {
    const { context, page, seen } = await watchedPage(site.browser);
    try {
      await page.addInitScript(() => {
        window.__shared = [];
        Navigator.prototype.share = async function share(data) { window.__shared.push(data); };
      });
      const response = await page.goto(`${site.server.base}/lacak#JNEB-1005668732,CM96392284741&lang=en`);
      assert.equal(response.headers()['referrer-policy'], 'no-referrer');
      await page.locator('.summary', { hasText: '2 found' }).waitFor();
      assert.equal(await page.inputValue('#awb-input'), 'JNEB-1005668732\nCM96392284741');
      assert.deepEqual((await shownNumbers(page)).cards, ['JNEB-1005668732', 'CM96392284741']);

      await page.getByRole('button', { name: 'Share', exact: true }).click();
      await page.waitForFunction(() => window.__shared.length === 1);
      const [shared] = await page.evaluate(() => window.__shared);
      assert.equal(shared.url, await page.locator('a.share-link').getAttribute('href'));
      assert.equal(new URL(shared.url).hash, '#JNEB-1005668732,CM96392284741&lang=en');
      assert.deepEqual(await axeViolations(page), [], 'axe with the share button');
      assertNothingSentByTheLink(seen);
    } finally {
      await context.close();
    }
  });
});
