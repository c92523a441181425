// Passkeys in real Chromium, with the DevTools protocol's virtual authenticator (a platform
// passkey that verifies its user): the member adds one from the member page (a refused
// dialog first, which says so and keeps the name typed), signs out, signs in with the passkey
// alone (no code is mailed), and removes it (the last one asks for the password). Both
// languages are axe-clean. Passkeys need a host name, so the site is opened as localhost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteForTests } from '../lib/site.mjs';
import { axeViolations } from '../lib/browser.mjs';
import { MEMBER, signIn } from '../lib/sign_in.mjs';
import { outbox } from '../lib/outbox.mjs';

const site = siteForTests({ args: ['--jlc-burst', '0'] });

async function waitForMail(data, text) {
  for (let i = 0; i < 50 && !outbox(data).some((m) => m.includes(text)); i += 1) {
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return outbox(data).some((m) => m.includes(text));
}

test('a member adds a passkey, signs in with it alone, and removes it', async () => {
  const { server, browser } = site;
  const local = { ...server, base: server.base.replace('127.0.0.1', 'localhost') };
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2', transport: 'internal', hasResidentKey: true,
        hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true,
      },
    });
    await page.goto(local.base + '/jlc');
    await page.getByRole('button', { name: 'Masuk dengan passkey' }).waitFor();
    assert.equal(await page.getByLabel('Nomor JLC atau email').getAttribute('autocomplete'), 'username webauthn');
    assert.deepEqual(await axeViolations(page), [], 'axe, sign-in page');
    await page.screenshot({ path: '/tmp/jlc-passkeys-sign-in-360.png', fullPage: true });
    await signIn(page, local);
    const section = page.getByRole('region', { name: 'Passkey', exact: true });
    await section.getByText('Belum ada passkey di akun ini.').waitFor();

    // The dialog refused (the user is not verified): said so, the name kept.
    await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: false });
    await section.getByRole('button', { name: 'Tambah passkey' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'passkey-name');
    await section.getByLabel('Nama passkey').fill('Ponsel saya');
    await section.getByLabel('Konfirmasi dengan kata sandi').fill(MEMBER.password);
    await section.getByRole('button', { name: 'Tambah passkey' }).click();
    await section.getByText('Dialog passkey ditutup atau ditolak').first().waitFor();
    assert.equal(await section.getByLabel('Nama passkey').inputValue(), 'Ponsel saya');
    assert.equal(await section.getByLabel('Konfirmasi dengan kata sandi').inputValue(), '', 'never the password');

    await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: true });
    await section.getByLabel('Konfirmasi dengan kata sandi').fill(MEMBER.password);
    await section.getByRole('button', { name: 'Tambah passkey' }).click();
    const status = section.getByRole('status').filter({ hasText: 'Passkey ditambahkan.' });
    await status.waitFor();
    assert.equal(await status.evaluate((el) => el === document.activeElement), true, 'focus on the news');
    assert.ok(await section.getByText('Ponsel saya', { exact: true }).isVisible());
    assert.ok(await waitForMail(server.data, 'Passkey "Ponsel saya" baru saja ditambahkan'), 'the notice');
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(credentials.length, 1);
    assert.equal(credentials[0].isResidentCredential, true, 'a discoverable passkey');
    assert.deepEqual(await axeViolations(page), [], 'axe, member page');
    await section.screenshot({ path: '/tmp/jlc-passkeys-member-360.png' });

    // Signed out, then in with the passkey alone: where the browser offers passkeys in the
    // field's suggestions (Chromium's virtual authenticator picks it at once), on opening the
    // page; no code is sent.
    const signOut = async (name) => {
      await page.getByRole('button', { name, exact: true }).click();
      await page.getByRole('button', { name, exact: true }).waitFor({ state: 'detached' });
    };
    await signOut('Keluar');
    let mails = outbox(server.data).length;
    await page.goto(local.base + '/jlc');
    await page.getByText(`Halo, ${MEMBER.name}`).waitFor();
    assert.equal(outbox(server.data).length, mails, 'no code was mailed');

    // And with the button, where the browser has no such suggestions.
    await signOut('Keluar');
    await context.addInitScript(() => {
      window.PublicKeyCredential.isConditionalMediationAvailable = async () => false;
    });
    await page.goto(local.base + '/jlc');
    const button = page.getByRole('button', { name: 'Masuk dengan passkey' });
    await button.waitFor();
    mails = outbox(server.data).length;
    await button.click();
    await page.getByText(`Halo, ${MEMBER.name}`).waitFor();
    assert.equal(outbox(server.data).length, mails, 'no code was mailed');

    // The last passkey goes only with the password.
    await section.getByRole('button', { name: 'Hapus passkey Ponsel saya' }).click();
    await section.getByText('Ini passkey terakhir Anda.').waitFor();
    await section.getByRole('button', { name: 'Hapus', exact: true }).click();
    await section.getByText('Masukkan kata sandi Anda').first().waitFor();
    await section.getByLabel('Konfirmasi dengan kata sandi').first().fill(MEMBER.password);
    await section.getByRole('button', { name: 'Hapus', exact: true }).click();
    await section.getByRole('status').filter({ hasText: 'Passkey dihapus.' }).waitFor();
    await section.getByText('Belum ada passkey di akun ini.').waitFor();
    await section.getByRole('button', { name: 'Tambah passkey' }).click();
    await section.getByLabel('Nama passkey').waitFor();
    assert.ok(await waitForMail(server.data, 'Passkey "Ponsel saya" baru saja dihapus'), 'the notice');

    // English, both pages, axe-clean.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.locator('html[lang="en"]').waitFor();
    await page.getByRole('heading', { name: 'Passkeys' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'axe, member page, English');
    await signOut('Sign out');
    await page.goto(local.base + '/jlc?lang=en');
    await page.getByRole('button', { name: 'Sign in with a passkey' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'axe, sign-in page, English');
    await page.screenshot({ path: '/tmp/jlc-passkeys-sign-in-en-360.png', fullPage: true });
  } finally {
    await context.close();
  }
});
