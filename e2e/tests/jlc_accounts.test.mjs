// The JLC account flows in a real browser against the real server and its mail outbox:
// sign-up confirmed by a code, a forgotten password, a change of address, and a signed-in
// visitor sent past the sign-in page. Set JNE_SCREENSHOTS=<folder> to keep a PNG of each step.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, launch, watchedPage } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { newestCode, outbox } from '../lib/outbox.mjs';
import { after, before } from 'node:test';

const NUMBER = 'JLC0012345678';
const PASSWORD = 'paket-aman-2026';
const NEW_PASSWORD = 'naik ojek ke Bandung pagi';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function snap(page, name) {
  const folder = process.env.JNE_SCREENSHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

/** A fresh server (its own outbox and limits) and a watched page at 360 px, for one test. */
async function withSite(run) {
  const server = await startServer({ args: ['--jlc-burst', '0'] });
  const { context, page, seen } = await watchedPage(browser, { width: 360, height: 740 });
  try {
    await run({ server, page, seen });
  } finally {
    await context.close();
    await server.stop();
  }
}

async function signIn(page, server, password = PASSWORD) {
  await page.goto(server.base + '/jlc');
  const before = outbox(server.data).length;
  await page.getByLabel('Nomor JLC atau email').fill(NUMBER);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByLabel('Kode 6 angka').waitFor();
  await page.getByLabel('Kode 6 angka').fill(await newestCode(server.data, before));
  await page.getByRole('button', { name: 'Verifikasi' }).click();
  await page.getByText('Halo, Budi Santoso').waitFor();
}

describe('JLC sign-up', () => {
  test('every field is checked, nothing typed is lost, and the code from the email activates the account', async () => {
    await withSite(async ({ server, page, seen }) => {
      await page.goto(server.base + '/jlc');
      await page.getByRole('link', { name: 'Daftar' }).click();
      await page.getByRole('heading', { name: 'Daftar JLC' }).waitFor();
      assert.deepEqual(await axeViolations(page), [], 'axe on the empty form');

      await page.getByRole('button', { name: 'Buat akun' }).click();
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      for (const text of ['Masukkan nama Anda', 'Masukkan alamat email', 'nomor ponsel Indonesia', 'minimal 12 karakter']) {
        await summary.getByText(text).first().waitFor();
      }
      assert.equal(await page.getAttribute('#signup-mobile', 'aria-invalid'), 'true');
      assert.equal(seen.requests.filter((r) => r.url.includes('/signup')).length, 0, 'nothing sent');
      await snap(page, 'signup-errors');

      await page.getByLabel('Nama lengkap').fill('Siti Rahayu');
      await page.getByLabel('Email', { exact: true }).fill('siti.rahayu@gmial.com');
      await page.getByLabel('Nomor ponsel').fill('0813 1111 2222');
      await page.getByLabel('Kata sandi baru').fill('pendek');
      await page.getByText('Kekuatan: terlalu pendek').waitFor();
      await page.getByRole('button', { name: 'Maksud Anda siti.rahayu@gmail.com?' }).click();
      assert.equal(await page.inputValue('#signup-email'), 'siti.rahayu@gmail.com');

      // A common password passes the length rule here and is refused by the server's list.
      await page.getByLabel('Kata sandi baru').fill('Password2026!');
      await page.getByRole('button', { name: 'Buat akun' }).click();
      await page.locator('.error-summary', { hasText: 'terlalu umum' }).waitFor();
      assert.equal(await page.inputValue('#signup-name'), 'Siti Rahayu', 'the name is kept');
      assert.equal(await page.inputValue('#signup-mobile'), '0813 1111 2222', 'the number is kept');
      await snap(page, 'signup-common-password');

      await page.getByLabel('Kata sandi baru').fill(NEW_PASSWORD);
      await page.getByText('Kekuatan: baik').or(page.getByText('Kekuatan: kuat')).waitFor();
      await page.getByRole('button', { name: 'Buat akun' }).click();
      await page.getByText('Kami mengirim kode 6 angka ke s***@gmail.com.').waitFor();
      await snap(page, 'signup-code');
      const message = outbox(server.data).at(-1);
      assert.match(message, /To: siti\.rahayu@gmail\.com/);
      await page.getByLabel('Kode 6 angka').fill(await newestCode(server.data));
      await page.getByRole('button', { name: 'Verifikasi' }).click();
      await page.getByText('Halo, Siti Rahayu').waitFor();
      assert.equal(new URL(page.url()).pathname, '/jlc/akun');
      assert.ok(!server.log().includes(NEW_PASSWORD), 'the password is not in the log');
      assert.ok(!seen.requests.some((r) => r.url.includes(encodeURIComponent(NEW_PASSWORD))));
    });
  });
});

describe('JLC forgotten password', () => {
  test('the code and a new password end every session, and the new password signs in', async () => {
    await withSite(async ({ server, page }) => {
      const other = await page.context().browser().newContext();
      const otherPage = await other.newPage();
      try {
        await signIn(otherPage, server);
        await page.goto(server.base + '/jlc');
        await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
        await page.getByRole('heading', { name: 'Lupa kata sandi' }).waitFor();
        assert.deepEqual(await axeViolations(page), [], 'axe on the reset form');
        await page.getByLabel('Email').fill('budi.santoso@example.co.id');
        const seen = outbox(server.data).length;
        await page.getByRole('button', { name: 'Kirim kode' }).click();
        await page.getByText('Kami mengirim kode 6 angka ke b***@example.co.id.').waitFor();
        const code = await newestCode(server.data, seen);
        await page.getByLabel('Kode 6 angka').fill(code);
        await page.getByLabel('Kata sandi baru').fill('123456789012');
        await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
        await page.locator('.error-summary', { hasText: 'terlalu umum' }).waitFor();
        assert.equal(await page.inputValue('#jlc-code'), code, 'the code is kept');
        await snap(page, 'reset-common-password');
        await page.getByLabel('Kata sandi baru').fill(NEW_PASSWORD);
        await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
        await page.getByText('Kata sandi baru tersimpan').waitFor();
        await snap(page, 'reset-done');

        // The other browser's session ended on the server.
        const log = server.log();
        for (const secret of [code, NEW_PASSWORD, '123456789012']) {
          assert.ok(!log.includes(secret), 'a code or password reached the server log');
        }
        await otherPage.reload();
        await otherPage.getByRole('heading', { name: 'JLC – JNE Loyalty Card' }).waitFor();
        assert.equal(new URL(otherPage.url()).pathname, '/jlc');
        await signIn(page, server, NEW_PASSWORD);
      } finally {
        await other.close();
      }
    });
  });
});

describe('JLC change of address', () => {
  test('the password is asked again, the new address confirmed by its code, the old one told', async () => {
    await withSite(async ({ server, page }) => {
      await signIn(page, server);
      await page.getByRole('button', { name: 'Ganti alamat email' }).click();
      await page.getByLabel('Kata sandi Anda').fill('bukan-sandinya');
      await page.getByLabel('Alamat email baru').fill('budi.baru@example.id');
      await page.getByRole('button', { name: 'Kirim kode ke alamat baru' }).click();
      await page.locator('.error-summary', { hasText: 'Kata sandi salah.' }).waitFor();
      assert.equal(await page.inputValue('#change-email'), 'budi.baru@example.id');
      await page.getByLabel('Kata sandi Anda').fill(PASSWORD);
      const seen = outbox(server.data).length;
      await page.getByRole('button', { name: 'Kirim kode ke alamat baru' }).click();
      await page.getByText('Kami mengirim kode 6 angka ke b***@example.id.').waitFor();
      await snap(page, 'change-email-code');
      await page.getByLabel('Kode 6 angka').fill(await newestCode(server.data, seen));
      await page.getByRole('button', { name: 'Verifikasi' }).click();
      await page.getByText('Alamat email diganti.').waitFor();
      await page.locator('.facts dd', { hasText: 'b***@example.id' }).first().waitFor();
      assert.deepEqual(await axeViolations(page), [], 'axe on the member page after the change');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the member page scrolls sideways by ${overflow}px at 360 px`);
      // The notice to the old address arrives a moment later.
      for (let i = 0; i < 50 && !outbox(server.data).some((m) => m.includes('To: budi.santoso@example.co.id') && m.includes('diganti menjadi')); i += 1) {
        await new Promise((ok) => setTimeout(ok, 100));
      }
      assert.ok(outbox(server.data).some((m) => m.includes('To: budi.santoso@example.co.id') && m.includes('diganti menjadi')));
    });
  });

  test('the password asked again is never sent over an insecure channel, and the member is told why', async () => {
    await withSite(async ({ server, page }) => {
      // What the member page shows, as the server answers it to a real session here.
      await signIn(page, server);
      const session = await page.evaluate(() => fetch('/api/v1/jlc/session').then((r) => r.json()));
      assert.ok(session.member, 'signed in');
      // A plain-http address that is not this machine is not a secure context, and keeps no
      // `Secure` cookie: the member answer is replayed there, everything else is the server's.
      const port = new URL(server.base).port;
      const insecure = await launch(['--host-resolver-rules=MAP jne-web.test 127.0.0.1']);
      try {
        const { page: other, seen } = await watchedPage(insecure, { width: 360, height: 740 });
        await other.route('**/api/v1/jlc/session', (route) => route.fulfill({ json: session }));
        await other.goto(`http://jne-web.test:${port}/jlc/akun`);
        assert.equal(await other.evaluate(() => window.isSecureContext), false);
        await other.getByText('Halo, Budi Santoso').waitFor();
        await other.getByRole('button', { name: 'Ganti alamat email' }).click();
        await other.getByLabel('Kata sandi Anda').fill('kata-sandi-rahasia-2026');
        await other.getByLabel('Alamat email baru').fill('budi.baru@example.id');
        await other.getByRole('button', { name: 'Kirim kode ke alamat baru' }).click();
        await other.locator('.error-summary').waitFor();
        const sent = seen.requests.filter((r) => r.url.includes('/api/v1/jlc/email'));
        assert.deepEqual(sent, [], 'no change-of-address request left the browser');
        assert.ok(!seen.requests.some((r) => (r.body ?? '').includes('kata-sandi-rahasia-2026')));
        await other.locator('.error-summary', { hasText: 'tidak terenkripsi' }).waitFor();
        await other.getByRole('alert').filter({ hasText: 'Koneksi ini tidak terenkripsi' }).first().waitFor();
      } finally {
        await insecure.close();
      }
    });
  });

  test('a signed-in visitor who opens the sign-in page goes to the member page', async () => {
    await withSite(async ({ server, page }) => {
      await signIn(page, server);
      await page.goto(server.base + '/jlc');
      await page.waitForURL((url) => url.pathname === '/jlc/akun');
      await page.getByText('Halo, Budi Santoso').waitFor();
    });
  });
});
