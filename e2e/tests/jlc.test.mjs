// The JLC sign-in page in a real browser: layer one refuses to send a password outside a
// secure context, and the identifier is checked as an email address (with a suggestion)
// when it has an @, by keyboard alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { siteForTests } from '../lib/site.mjs';
import { axeViolations, launch, watchedPage } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { newestCode, outbox } from '../lib/outbox.mjs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'jlc-identifier', 'focus back in the field');
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

const NUMBER = 'JLC0012345678';
const PASSWORD = 'paket-aman-2026';

async function passwordStep(page, base, password = PASSWORD) {
  await page.goto(base + '/jlc');
  await page.getByLabel('Nomor JLC atau email').fill(NUMBER);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

describe('JLC sign-in, both layers, in a real browser', () => {
  test('password, then the code from the email, then the member page; sign-out ends it on the server', async () => {
    const server = await startServer({ args: ['--jlc-burst', '0'] });
    const { context, page, seen } = await watchedPage(site.browser);
    try {
      await passwordStep(page, server.base);
      await page.getByText('Kami mengirim kode 6 angka ke b***@example.co.id.').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'axe on the code step');
      const code = await newestCode(server.data);
      const wrong = code === '000000' ? '111111' : '000000';
      await page.getByLabel('Kode 6 angka').fill(wrong);
      await page.getByRole('button', { name: 'Verifikasi' }).click();
      await page.locator('.error-summary', { hasText: 'Kode salah. Sisa 4 percobaan.' }).waitFor();
      await page.getByLabel('Kode 6 angka').fill(code);
      await page.getByRole('button', { name: 'Verifikasi' }).click();
      await page.getByText('Halo, Budi Santoso').waitFor();
      assert.equal(new URL(page.url()).pathname, '/jlc/akun');
      await page.getByRole('link', { name: /^Data saya dan hak Anda/ }).waitFor();
      assert.deepEqual(await axeViolations(page), [], 'axe on the member page');

      // The version in force is not yet acknowledged: the member is told, and the server
      // records the acknowledgement with its time.
      await page.getByText('Kebijakan privasi versi 1 Jan 2025 berlaku dan belum Anda nyatakan telah dibaca.').waitFor();
      await page.getByRole('button', { name: 'Saya sudah membaca dan mengerti' }).click();
      await page.getByText(/Versi 1 Jan 2025: dibaca pada \d+ \w+ \d{4} \d\d\.\d\d/).waitFor();
      await page.locator('.policy-ack-needed').waitFor({ state: 'detached' });

      const cookies = await context.cookies();
      assert.equal(cookies.length, 1);
      assert.deepEqual(
        { name: cookies[0].name, httpOnly: cookies[0].httpOnly, secure: cookies[0].secure, sameSite: cookies[0].sameSite },
        { name: '__Host-jne_session', httpOnly: true, secure: true, sameSite: 'Strict' },
      );
      assert.equal(await page.evaluate(() => document.cookie), '', 'no script can read the session');
      const stored = await page.evaluate(() => ({ ...localStorage, session: sessionStorage.length }));
      assert.deepEqual(stored, { 'jne.policy.ack': '2025-01-01', session: 0 }, 'only the acknowledged version id');

      await page.getByRole('button', { name: 'Keluar', exact: true }).click();
      await page.getByText('Anda sudah keluar.').waitFor();
      const old = `${cookies[0].name}=${cookies[0].value}`;
      const after = await fetch(server.base + '/api/v1/jlc/me', { headers: { cookie: old } });
      assert.equal(after.status, 401, 'the old cookie no longer works on the server');

      const log = server.log();
      for (const secret of [PASSWORD, code, cookies[0].value]) {
        assert.ok(!log.includes(secret), 'a secret reached the server log');
      }
      assert.ok(log.includes('mail written to outbox'));
      assert.ok(!seen.requests.some((r) => r.url.includes('?') && r.url.includes(PASSWORD)));
    } finally {
      await context.close();
      await server.stop();
    }
  });

  test('a new code can be asked for once the cooldown is over, and then only the new one works', async () => {
    const server = await startServer({ args: ['--test-clock', '--jlc-burst', '0'] });
    const { context, page } = await watchedPage(site.browser);
    try {
      // The browser's clock and the server's both move a minute on, without waiting for it.
      await page.clock.install();
      await passwordStep(page, server.base);
      await page.getByLabel('Kode 6 angka').waitFor();
      const first = await newestCode(server.data);
      const waiting = page.getByRole('button', { name: /^Kirim ulang kode dalam / });
      assert.equal(await waiting.getAttribute('aria-disabled'), 'true');
      writeFileSync(join(server.data, 'test-clock-offset'), '61');
      await page.clock.fastForward('01:01');
      const count = outbox(server.data).length;
      await page.getByRole('button', { name: 'Kirim ulang kode', exact: true }).click();
      await page.getByText('Kode baru sudah dikirim. Kode sebelumnya tidak berlaku lagi.').waitFor();
      const second = await newestCode(server.data, count);
      await waiting.waitFor();
      if (first !== second) {
        await page.getByLabel('Kode 6 angka').fill(first);
        await page.getByRole('button', { name: 'Verifikasi' }).click();
        await page.locator('.error-summary', { hasText: 'Kode salah.' }).waitFor();
      }
      await page.getByLabel('Kode 6 angka').fill(second);
      await page.getByRole('button', { name: 'Verifikasi' }).click();
      await page.waitForURL((url) => url.pathname === '/jlc/akun');
    } finally {
      await context.close();
      await server.stop();
    }
  });

  test('an expired code sends the member back to sign in again, with the reason', async () => {
    const server = await startServer({ args: ['--test-clock', '--jlc-burst', '0'] });
    const { context, page } = await watchedPage(site.browser);
    try {
      await passwordStep(page, server.base);
      await page.getByLabel('Kode 6 angka').waitFor();
      const code = await newestCode(server.data);
      writeFileSync(join(server.data, 'test-clock-offset'), '601');
      await page.getByLabel('Kode 6 angka').fill(code);
      await page.getByRole('button', { name: 'Verifikasi' }).click();
      await page.getByText('Kode ini sudah tidak berlaku').waitFor();
      assert.equal(await page.inputValue('#jlc-identifier'), NUMBER, 'the identifier is kept');
    } finally {
      await context.close();
      await server.stop();
    }
  });

  test('after five wrong passwords the page counts down and keeps the identifier, not the password', async () => {
    const server = await startServer({ args: ['--jlc-burst', '0'] });
    const { context, page } = await watchedPage(site.browser);
    try {
      await page.goto(server.base + '/jlc');
      await page.getByLabel('Nomor JLC atau email').fill(NUMBER);
      for (let i = 0; i < 6; i += 1) {
        await page.getByLabel('Kata sandi', { exact: true }).fill(`salah-${i}`);
        await page.getByRole('button', { name: 'Masuk', exact: true }).click();
        if (i < 5) await page.locator('.error-summary', { hasText: 'kata sandi salah' }).waitFor();
      }
      await page.getByText('Terlalu banyak percobaan. Coba lagi 15 menit lagi.').waitFor();
      assert.equal(await page.inputValue('#jlc-identifier'), NUMBER);
      assert.equal(await page.inputValue('#jlc-password'), '');
      assert.equal(outbox(server.data).length, 0, 'no code was sent');
    } finally {
      await context.close();
      await server.stop();
    }
  });
});
