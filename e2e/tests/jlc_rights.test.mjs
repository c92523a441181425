// A member's rights over their data, on the member page in a real browser: a copy of
// everything held (a JSON download, and the page printed), name and mobile corrected with the
// password again, news by email given and withdrawn in one click each, and the account closed
// with the password and a code; each request listed. Axe-clean in both languages at 360 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { siteForTests } from '../lib/site.mjs';
import { axeViolations } from '../lib/browser.mjs';
import { MEMBER, signIn } from '../lib/sign_in.mjs';
import { newestCode, outbox } from '../lib/outbox.mjs';

const site = siteForTests({ args: ['--jlc-burst', '0'] });
const EMAIL = 'budi.santoso@example.co.id';

async function memberPage() {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await signIn(page, site.server);
  // The member page leads to "Data saya", its own bundle.
  await page.getByRole('link', { name: /^Data saya dan hak Anda/ }).click();
  await page.getByRole('heading', { name: 'Data saya dan hak Anda', level: 1 }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/jlc/data-saya');
  return { context, page, errors };
}

// Each section of the member page is labelled by its heading.
const SECTIONS = {
  'Data saya dan hak Anda': 'my-data-title',
  Persetujuan: 'consents-title',
  'Perbaiki nama atau nomor ponsel': 'correct-title',
  'Tutup akun': 'close-title',
};
const section = (page, name) => page.locator(`section[aria-labelledby="${SECTIONS[name]}"]`);

test('a copy of everything held downloads as JSON, and news by email is given and withdrawn in one click', async () => {
  const { context, page, errors } = await memberPage();
  try {
    const mine = section(page, 'Data saya dan hak Anda');
    await mine.getByText('Belum ada permintaan.').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      mine.getByRole('link', { name: 'Unduh salinan data (JSON)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^jlc-data-\d{4}-\d{2}-\d{2}\.json$/);
    const copy = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(copy.format, 'jne-jlc-export/1');
    assert.equal(copy.profile.email, EMAIL);
    assert.equal(copy.profile.name, MEMBER.name);
    assert.ok(copy.sessions.length >= 1 && copy.sessions[0].device);
    assert.ok(!JSON.stringify(copy).includes('argon2'), 'never the password hash');
    await mine.locator('li', { hasText: 'Salinan data' }).waitFor();

    const consents = section(page, 'Persetujuan');
    await consents.getByText('Anda tidak menerima berita dan penawaran.').waitFor();
    await consents.getByRole('button', { name: 'Ya, kirimi saya berita dan penawaran' }).click();
    await consents.getByRole('status').filter({ hasText: 'Persetujuan Anda dicatat.' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'consents-status', 'focus on the confirmation');
    await consents.getByText(/^Anda setuju sejak .+ \(kebijakan privasi versi .+\)\.$/).waitFor();
    await consents.getByRole('button', { name: 'Tarik persetujuan' }).click();
    await consents.getByRole('status').filter({ hasText: 'Persetujuan Anda ditarik.' }).waitFor();
    await consents.getByText('Anda tidak menerima berita dan penawaran.').waitFor();
    assert.equal(await consents.locator('li').count(), 2, 'both records are listed');
    assert.equal(await mine.locator('li', { hasText: 'Perubahan persetujuan' }).count(), 2);

    assert.deepEqual(await axeViolations(page), [], 'axe, Indonesian');
    await page.screenshot({ path: '/tmp/jlc-rights-id-360.png', fullPage: true });
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'My data and your rights' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'axe, English');
    await page.screenshot({ path: '/tmp/jlc-rights-en-360.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: '/tmp/jlc-rights-en-1280.png', fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: '/tmp/jlc-rights-print.png', fullPage: true });
    assert.equal(await page.getByRole('button', { name: 'Withdraw consent' }).isVisible(), false, 'no buttons in print');
    assert.ok(await page.getByText('Copy of data').first().isVisible(), 'the requests print');
    assert.equal(await page.getByText('Your consent is withdrawn.').count(), 1, 'the confirmation in the language shown');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('name and mobile are corrected with the password asked again, and nothing typed is lost', async () => {
  const { context, page } = await memberPage();
  try {
    const correct = section(page, 'Perbaiki nama atau nomor ponsel');
    await correct.getByRole('button', { name: 'Perbaiki data' }).click();
    const name = correct.getByLabel('Nama lengkap');
    assert.equal(await name.inputValue(), MEMBER.name, 'the name as it is now');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'correct-name');
    await name.fill('Budi Santosa');
    await correct.getByLabel('Nomor ponsel').fill('12345');
    await correct.getByLabel('Kata sandi Anda').fill(MEMBER.password);
    await correct.getByRole('button', { name: 'Simpan perbaikan' }).click();
    await correct.locator('.error-summary').waitFor();
    await correct.getByLabel('Nomor ponsel').fill('0812 1111 2222');
    await correct.getByLabel('Kata sandi Anda').fill('bukan-kata-sandinya');
    await correct.getByRole('button', { name: 'Simpan perbaikan' }).click();
    await correct.locator('.error-summary', { hasText: 'salah' }).waitFor();
    assert.equal(await name.inputValue(), 'Budi Santosa', 'the name typed stays');
    assert.equal(await correct.getByLabel('Nomor ponsel').inputValue(), '0812 1111 2222');

    const sent = outbox(site.server.data).length;
    await correct.getByLabel('Kata sandi Anda').fill(MEMBER.password);
    await correct.getByRole('button', { name: 'Simpan perbaikan' }).click();
    await correct.getByRole('status').filter({ hasText: 'Data Anda telah diperbaiki.' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'correct-done');
    await page.getByText('Budi Santosa', { exact: true }).first().waitFor();
    await page.getByText('0812****2222').first().waitFor();
    for (let i = 0; i < 50 && outbox(site.server.data).length === sent; i += 1) await new Promise((ok) => setTimeout(ok, 100));
    assert.match(outbox(site.server.data).at(-1), new RegExp(`To: ${EMAIL}[\\s\\S]*diperbarui`));
    await section(page, 'Data saya dan hak Anda').locator('li', { hasText: 'Perbaikan data' }).waitFor();

    // Back as it was, for the next test.
    await correct.getByRole('button', { name: 'Perbaiki data' }).click();
    await correct.getByLabel('Nama lengkap').fill(MEMBER.name);
    await correct.getByLabel('Nomor ponsel').fill('0812 3456 7890');
    await correct.getByLabel('Kata sandi Anda').fill(MEMBER.password);
    await correct.getByRole('button', { name: 'Simpan perbaikan' }).click();
    await page.getByText(MEMBER.name, { exact: true }).first().waitFor();
  } finally {
    await context.close();
  }
});

test('closing the account says what is kept and until when, ends every session, and sign-in says it is closed', async () => {
  const { context, page, errors } = await memberPage();
  const other = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const elsewhere = await other.newPage();
    await signIn(elsewhere, site.server);

    const close = section(page, 'Tutup akun');
    const intro = await close.locator('p').first().innerText();
    assert.match(intro, /sekurang-kurangnya lima tahun/);
    assert.match(intro, /dianonimkan pada \d{1,2} \w{3} \d{4}/, intro);
    await close.getByRole('button', { name: 'Tutup akun saya…' }).click();
    await close.getByRole('button', { name: 'Kirim kode untuk menutup akun' }).click();
    await close.locator('.error-summary').waitFor();
    const sent = outbox(site.server.data).length;
    await close.getByLabel('Kata sandi Anda').fill(MEMBER.password);
    await close.getByRole('button', { name: 'Kirim kode untuk menutup akun' }).click();
    await close.getByLabel('Kode 6 angka').fill(await newestCode(site.server.data, sent));
    await close.getByRole('button', { name: 'Verifikasi' }).click();
    await page.getByRole('heading', { name: 'Akun Anda telah ditutup' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'closed-title');
    await page.screenshot({ path: '/tmp/jlc-closed-id-360.png', fullPage: true });

    await elsewhere.reload();
    await elsewhere.waitForURL(/\/jlc$/);
    await elsewhere.getByLabel('Nomor JLC atau email').fill(MEMBER.number);
    await elsewhere.getByLabel('Kata sandi', { exact: true }).fill(MEMBER.password);
    await elsewhere.getByRole('button', { name: 'Masuk', exact: true }).click();
    await elsewhere.getByText('Akun ini telah ditutup atas permintaan pemiliknya').first().waitFor();
    assert.equal(await elsewhere.getByLabel('Nomor JLC atau email').inputValue(), MEMBER.number, 'what was typed stays');
    assert.ok(outbox(site.server.data).some((m) => m.includes('telah ditutup') && m.includes('4e')), 'the closure mail');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await other.close();
  }
});
