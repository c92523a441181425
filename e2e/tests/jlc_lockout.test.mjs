// The per-account lock in a real browser: a warning before it, the wait in words, the code step
// consistent with it and a way back, a forgotten password still a way out, and focus that moves
// on to the code step.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, launch, watchedPage } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { newestCode, outbox } from '../lib/outbox.mjs';

const NUMBER = 'JLC0012345678';
const PASSWORD = 'paket-aman-2026';
const EMAIL = 'budi.santoso@example.co.id';

async function withSite(run) {
  const server = await startServer({ args: ['--jlc-burst', '0'] });
  const browser = await launch();
  try {
    const { page } = await watchedPage(browser, { width: 360, height: 740 });
    await run({ server, page });
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function openSignIn(page, server, identifier = NUMBER, path = '/jlc') {
  await page.goto(server.base + path);
  await page.getByLabel(/^(Nomor JLC atau email|JLC number or email)$/).fill(identifier);
}

/** Sends the password and waits for the answer (the form empties the password field then). */
async function signIn(page, password, submitLabel = 'Masuk') {
  await page.getByLabel(/^(Kata sandi|Password)$/).fill(password);
  await page.getByRole('button', { name: submitLabel, exact: true }).click();
  await page.waitForFunction(() => !document.querySelector('#jlc-password')?.value);
}

const summary = (page) => page.locator('.error-summary');

describe('JLC lockout', () => {
  test('two tries before the lock a wrong password says what comes next, and the wait is in words', async () => {
    await withSite(async ({ page, server }) => {
      await openSignIn(page, server);
      for (let i = 1; i <= 2; i += 1) {
        await signIn(page, `salah-${i}`);
        await summary(page).filter({ hasText: 'kata sandi salah' }).waitFor();
        assert.ok(!(await summary(page).textContent()).includes('dikunci'), `no warning after ${i}`);
      }
      await signIn(page, 'salah-3');
      await summary(page).filter({ hasText: '2 kali lagi salah, akun dikunci 15 menit.' }).waitFor();
      assert.deepEqual(await axeViolations(page), [], 'axe with the warning');
      await signIn(page, 'salah-4');
      await summary(page).filter({ hasText: '1 kali lagi salah, akun dikunci 15 menit.' }).waitFor();
      await signIn(page, 'salah-5');
      await summary(page).filter({ hasText: 'Akun dikunci 15 menit.' }).waitFor();
      await signIn(page, 'salah-6');
      await page.getByText('Terlalu banyak percobaan. Coba lagi 15 menit lagi.').waitFor();
      const text = await page.locator('main').textContent();
      assert.ok(!/\d+:\d\d/.test(text), `no clock time in: ${text}`);
      assert.deepEqual(await axeViolations(page), [], 'axe under the lock');
    });
  });

  test('in English the tries and minutes are counted with plurals', async () => {
    await withSite(async ({ page, server }) => {
      // An identifier that is no member is counted and warned exactly alike.
      await openSignIn(page, server, 'JLC0099999999', '/jlc?lang=en');
      for (let i = 1; i <= 3; i += 1) await signIn(page, `wrong-${i}`, 'Sign in');
      await summary(page).filter({ hasText: '2 tries left, then the account is locked for 15 minutes.' }).waitFor();
      await signIn(page, 'wrong-4', 'Sign in');
      await summary(page).filter({ hasText: '1 try left, then the account is locked for 15 minutes.' }).waitFor();
      await signIn(page, 'wrong-5', 'Sign in');
      await signIn(page, 'wrong-6', 'Sign in');
      await page.getByText('Too many attempts. Try again in 15 minutes.').waitFor();
    });
  });

  test('a sign-in lock leaves "Lupa kata sandi" open', async () => {
    await withSite(async ({ page, server }) => {
      await openSignIn(page, server);
      for (let i = 1; i <= 6; i += 1) await signIn(page, `salah-${i}`);
      await page.getByText(/Terlalu banyak percobaan/).waitFor();
      await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
      await page.getByLabel('Email').fill(EMAIL);
      const seen = outbox(server.data).length;
      await page.getByRole('button', { name: 'Kirim kode' }).click();
      await page.getByText('Kami mengirim kode 6 angka ke b***@example.co.id.').waitFor();
      const code = await newestCode(server.data, seen);
      await page.getByLabel('Kode 6 angka').fill(code);
      await page.getByLabel('Kata sandi baru').fill('naik ojek ke Bandung pagi');
      await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
      await page.getByText('Kata sandi baru tersimpan').waitFor();
      assert.equal(await page.getByText(/Terlalu banyak percobaan/).count(), 0);
    });
  });

  test('the code step under a lock shows the lock, no code lifetime or resend, and a way back', async () => {
    await withSite(async ({ page, server }) => {
      await openSignIn(page, server);
      for (let i = 1; i <= 4; i += 1) await signIn(page, `salah-${i}`);
      await signIn(page, PASSWORD);
      const field = page.getByLabel('Kode 6 angka');
      await field.waitFor();
      const code = await newestCode(server.data);
      const wrong = code === '000000' ? '111111' : '000000';
      await field.fill(wrong);
      await page.getByRole('button', { name: 'Verifikasi' }).click();
      await summary(page).filter({ hasText: 'Kode salah.' }).waitFor();
      await field.fill(code);
      await page.getByRole('button', { name: 'Verifikasi' }).click();
      await page.getByText(/Terlalu banyak percobaan/).waitFor();
      assert.equal(await page.getByText(/Kode berlaku/).count(), 0, 'no code lifetime under the lock');
      assert.equal(await page.getByRole('button', { name: /Kirim ulang kode/ }).count(), 0, 'no resend');
      assert.deepEqual(await axeViolations(page), [], 'axe on the locked code step');
      await page.getByText('Terlalu banyak percobaan. Coba lagi 15 menit lagi.').waitFor();
      await page.getByRole('button', { name: 'Kembali dan ganti akun' }).click();
      assert.equal(await page.inputValue('#jlc-identifier'), NUMBER, 'back at the sign-in form');
    });
  });

  test('after the password, focus moves to the code step', async () => {
    await withSite(async ({ page, server }) => {
      await openSignIn(page, server);
      await signIn(page, PASSWORD);
      await page.getByLabel('Kode 6 angka').waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'jlc-code', null, { timeout: 2000 })
        .catch(() => {});
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'jlc-code');
    });
  });
});
