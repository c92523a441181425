// Public tracking in a real browser, and the privacy invariants P1–P5 of DESIGN.md, each
// checked where a breach would show: cookies, storage, requests, page text, server log, URLs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { siteForTests } from '../lib/site.mjs';
import { startServer } from '../lib/server.mjs';
import { axeViolations, watchedPage } from '../lib/browser.mjs';
import { personalValues } from '../lib/demo.mjs';

const DEMO_AWBS = ['0166231900105595', '5403212200022724', 'CM96392284741'];
const UNKNOWN = '0000000000000';
const MALFORMED = 'JNE#12';

const site = siteForTests();

async function trackFivePasted(page) {
  await page.goto(site.server.base + '/');
  await page.getByLabel('Nomor resi (AWB)').fill([...DEMO_AWBS, UNKNOWN, MALFORMED].join('\n'));
  await page.getByRole('button', { name: 'Lacak', exact: true }).click();
  await page.locator('.summary', { hasText: '3 ditemukan, 1 tidak ditemukan' }).waitFor();
}

describe('tracking', () => {
  test('five pasted numbers give three shipments, one not found and one input error', async () => {
    const { context, page, seen } = await watchedPage(site.browser);
    try {
      await trackFivePasted(page);
      assert.equal(await page.locator('article.result').count(), 4);
      assert.equal(await page.locator('article.result .badge').count(), 4, 'not found has its own');
      const delivered = page.locator('article.result', { hasText: DEMO_AWBS[0] });
      assert.equal(await delivered.locator('.badge').innerText(), 'Terkirim');
      assert.match(await delivered.innerText(), /A\*\*\* Y\*\*\*/);
      assert.ok(await delivered.locator('.timeline li').count() >= 3, 'a history timeline');
      await page.locator('article.result', { hasText: UNKNOWN }).getByText('Nomor ini tidak ditemukan').waitFor();

      const summary = page.locator('.error-summary');
      assert.match(await summary.innerText(), /JNE#12/);
      assert.equal(await page.getAttribute('#awb-input', 'aria-invalid'), 'true');
      assert.equal(await page.inputValue('#awb-input'), [...DEMO_AWBS, UNKNOWN, MALFORMED].join('\n'),
        'what the visitor typed is kept');
      assert.deepEqual(await axeViolations(page), [], 'axe on results');

      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.locator('.summary', { hasText: '3 found, 1 not found' }).waitFor();
      assert.equal(await delivered.locator('.badge').innerText(), 'Delivered');
      assert.deepEqual(await axeViolations(page), [], 'axe on results in English');
      assert.deepEqual(seen.consoleErrors, []);
      assert.deepEqual(await seen.cspViolations(), []);
    } finally {
      await context.close();
    }
  });

  test('offline shows its own message, and retry tracks that number', async () => {
    const { context, page } = await watchedPage(site.browser);
    try {
      await page.goto(site.server.base + '/');
      await page.locator('h1').waitFor();
      await context.setOffline(true);
      await page.getByLabel('Nomor resi (AWB)').fill(DEMO_AWBS[0]);
      await page.keyboard.press('Enter');
      await page.getByText('Tidak ada koneksi internet').waitFor();
      await context.setOffline(false);
      await page.getByRole('button', { name: `Coba lagi ${DEMO_AWBS[0]}` }).click();
      await page.locator('article.result .badge', { hasText: 'Terkirim' }).waitFor();
    } finally {
      await context.close();
    }
  });

  test('a bad number alone is explained and nothing is sent', async () => {
    const { context, page, seen } = await watchedPage(site.browser);
    try {
      await page.goto(site.server.base + '/');
      await page.getByLabel('Nomor resi (AWB)').fill('12345');
      await page.getByRole('button', { name: 'Lacak', exact: true }).click();
      await page.locator('.error-summary', { hasText: 'terlalu pendek (5 karakter, minimal 10)' }).waitFor();
      const focused = await page.evaluate(() => document.activeElement?.className);
      assert.equal(focused, 'error-summary', 'the summary takes focus');
      // Every page also loads the policy versions (for the notices); no tracking request goes out.
      assert.equal(seen.requests.filter((r) => r.url.includes('/api/v1/track')).length, 0);
    } finally {
      await context.close();
    }
  });
});

describe('throttling', () => {
  test('a throttled visitor is told how long to wait, and keeps what they typed', async () => {
    const strict = await startServer({ args: ['--track-burst', '1', '--track-refill-ms', '60000'] });
    const { context, page } = await watchedPage(site.browser);
    try {
      await page.goto(strict.base + '/');
      await page.locator('h1').waitFor();
      await page.getByLabel('Nomor resi (AWB)').fill(DEMO_AWBS[0]);
      await page.keyboard.press('Enter');
      await page.locator('.summary', { hasText: '1 ditemukan' }).waitFor();
      await page.getByLabel('Nomor resi (AWB)').fill(DEMO_AWBS[1]);
      await page.keyboard.press('Enter');
      await page.getByText(/Terlalu banyak permintaan\. Coba lagi dalam \d+ detik\./).waitFor();
      assert.equal(await page.inputValue('#awb-input'), DEMO_AWBS[1]);
    } finally {
      await context.close();
      await strict.stop();
    }
  });
});

describe('privacy invariants', () => {
  test('P1: tracking leaves no cookie and nothing in any browser storage', async () => {
    const { context, page } = await watchedPage(site.browser);
    const setCookies = [];
    page.on('response', async (response) => {
      const header = await response.headerValue('set-cookie');
      if (header) setCookies.push(`${response.url()}: ${header}`);
    });
    try {
      await trackFivePasted(page);
      assert.deepEqual(await context.cookies(), []);
      const stored = await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        indexedDb: (await indexedDB.databases()).length,
        caches: (await caches.keys()).length,
      }));
      assert.deepEqual(stored, { local: 0, session: 0, indexedDb: 0, caches: 0 });
      assert.deepEqual(setCookies, []);
    } finally {
      await context.close();
    }
  });

  test('P2: only the numbers leave the browser, in one POST to the same origin', async () => {
    const { context, page, seen } = await watchedPage(site.browser);
    try {
      await trackFivePasted(page);
      const origin = new URL(site.server.base).origin;
      assert.deepEqual(seen.requests.filter((r) => new URL(r.url).origin !== origin), []);
      const sent = seen.requests.filter((r) => r.body);
      assert.equal(sent.length, 1);
      assert.equal(sent[0].method, 'POST');
      assert.equal(new URL(sent[0].url).pathname, '/api/v1/track');
      assert.deepEqual(JSON.parse(sent[0].body), { awbs: [...DEMO_AWBS, UNKNOWN] });
    } finally {
      await context.close();
    }
  });

  test('P3: no personal data of sender or recipient reaches the page', async () => {
    const { context, page } = await watchedPage(site.browser);
    const answers = [];
    page.on('response', async (response) => {
      if (response.url().endsWith('/api/v1/track')) answers.push(await response.text());
    });
    try {
      await trackFivePasted(page);
      const personal = personalValues();
      assert.ok(personal.length > 20, 'the demo data holds personal values to look for');
      const shown = await page.evaluate(() => document.documentElement.outerHTML);
      for (const value of personal) {
        assert.ok(!shown.includes(value), `page shows ${value}`);
        assert.ok(!answers.join('').includes(value), `API answer holds ${value}`);
      }
    } finally {
      await context.close();
    }
  });

  test('P4: the server log names no tracked number and no client address', async () => {
    const { context, page } = await watchedPage(site.browser);
    try {
      await trackFivePasted(page);
      const log = site.server.log();
      for (const awb of [...DEMO_AWBS, UNKNOWN]) assert.ok(!log.includes(awb), `log has ${awb}`);
      assert.ok(!/127\.0\.0\.1:\d+/.test(log.replace(/listening on \S+/, '')), 'log has a client address');
    } finally {
      await context.close();
    }
  });

  test('P5: a shareable link keeps the numbers in the fragment, and opening it tracks them', async () => {
    const { context, page, seen } = await watchedPage(site.browser);
    try {
      await trackFivePasted(page);
      // The address follows in the task after the answer is shown.
      const expected = `#${[...DEMO_AWBS, UNKNOWN].join(',')}`;
      await page.waitForURL((url) => url.hash === expected, { timeout: 2000 });
      const here = new URL(page.url());
      assert.equal(here.hash, expected);
      const link = await page.locator('a.share-link').getAttribute('href');
      assert.equal(new URL(link).pathname, '/lacak');
      assert.equal(new URL(link).hash, here.hash);

      const response = await page.goto(site.server.base + `/lacak#${DEMO_AWBS[0]},${DEMO_AWBS[1]}`);
      assert.equal(response.headers()['referrer-policy'], 'no-referrer');
      await page.locator('.summary', { hasText: '2 ditemukan' }).waitFor();
      assert.equal(await page.inputValue('#awb-input'), `${DEMO_AWBS[0]}\n${DEMO_AWBS[1]}`, 'one number per line');
      const pageLoads = seen.requests.filter((r) => r.method === 'GET');
      for (const request of pageLoads) {
        assert.ok(!DEMO_AWBS.some((awb) => request.url.includes(awb)), `GET ${request.url} carries a number`);
      }
    } finally {
      await context.close();
    }
  });
});
