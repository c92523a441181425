// The JLC sign-in page in a real browser: layer one refuses to send a password outside a
// secure context, and the identifier is checked as an email address (with a suggestion)
// when it has an @, by keyboard alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { siteForTests } from '../lib/site.mjs';
import { launch, watchedPage } from '../lib/browser.mjs';

const site = siteForTests();

describe('JLC sign-in form', () => {
  test('a password is never sent over an insecure channel, and the visitor is told why', async () => {
    // A plain-http address that is not this machine is not a secure context.
    const port = new URL(site.server.base).port;
    const browser = await launch(['--host-resolver-rules=MAP jne-web.test 127.0.0.1']);
    try {
      const { page, seen } = await watchedPage(browser);
      await page.goto(`http://jne-web.test:${port}/jlc`);
      assert.equal(await page.evaluate(() => window.isSecureContext), false);
      await page.getByText('Koneksi ini tidak terenkripsi').first().waitFor();
      await page.getByLabel('Nomor JLC atau email').fill('JLC0012345678');
      await page.getByLabel('Kata sandi', { exact: true }).fill('kata-sandi-rahasia-2026');
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.locator('.error-summary', { hasText: 'tidak terenkripsi' }).waitFor();
      const sent = seen.requests.filter((r) => r.url.includes('/api/v1/jlc/login'));
      assert.deepEqual(sent, [], 'no sign-in request left the browser');
      assert.ok(!seen.requests.some((r) => (r.body ?? '').includes('kata-sandi-rahasia-2026')));
    } finally {
      await browser.close();
    }
  });

  test('an email identifier with a typo gets a suggestion taken by keyboard alone', async () => {
    const { context, page } = await watchedPage(site.browser, { width: 360, height: 740 });
    try {
      await page.goto(site.server.base + '/jlc');
      const identifier = page.getByLabel('Nomor JLC atau email');
      await identifier.focus();
      await page.keyboard.type('budi.santoso@gmial.com');
      await page.keyboard.press('Tab');
      const suggestion = page.getByRole('button', { name: 'Maksud Anda budi.santoso@gmail.com?' });
      await suggestion.waitFor();
      await page.keyboard.press('Shift+Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Maksud Anda budi.santoso@gmail.com?');
      await page.keyboard.press('Enter');
      assert.equal(await identifier.inputValue(), 'budi.santoso@gmail.com');
      await suggestion.waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });

  test('a malformed email identifier is explained and not sent', async () => {
    const { context, page, seen } = await watchedPage(site.browser);
    try {
      await page.goto(site.server.base + '/jlc');
      await page.getByLabel('Nomor JLC atau email').fill('budi@@gmail.com');
      await page.getByLabel('Kata sandi', { exact: true }).fill('kata-sandi-rahasia-2026');
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.locator('.error-summary', { hasText: 'hanya boleh memuat satu @' }).waitFor();
      assert.equal(await page.getAttribute('#jlc-identifier', 'aria-invalid'), 'true');
      assert.equal(seen.requests.filter((r) => r.url.includes('/api/v1/jlc/login')).length, 0);
      assert.equal(await page.inputValue('#jlc-identifier'), 'budi@@gmail.com');
    } finally {
      await context.close();
    }
  });
});
