// The devices a member is signed in on, seen and ended from the member page: two browsers (a
// phone and a laptop, told apart by their User-Agent) sign in; the laptop lists both with
// itself marked, ends the phone's session, and the phone is signed out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteForTests } from '../lib/site.mjs';
import { axeViolations } from '../lib/browser.mjs';
import { signIn } from '../lib/sign_in.mjs';
import { outbox } from '../lib/outbox.mjs';

const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) '
  + 'Chrome/131.0.0.0 Mobile Safari/537.36';
const LAPTOP_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

const site = siteForTests({ args: ['--jlc-burst', '0'] });

test('the member sees both devices, this one marked, and ends the other', async () => {
  const { server, browser } = site;
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, userAgent: PHONE_UA });
  const laptop = await browser.newContext({ viewport: { width: 360, height: 740 }, userAgent: LAPTOP_UA });
  try {
    const onPhone = await phone.newPage();
    await signIn(onPhone, server);
    const onLaptop = await laptop.newPage();
    await signIn(onLaptop, server);
    // A sign-in from a device family new to the account is told to the member's address.
    for (let i = 0; i < 50 && !outbox(server.data).some((m) => m.includes('Firefox di Windows')); i += 1) {
      await new Promise((ok) => setTimeout(ok, 100));
    }
    assert.ok(outbox(server.data).some((m) => m.includes('Firefox di Windows')), 'the new-device notice');

    const section = onLaptop.locator('section', { has: onLaptop.getByRole('heading', { name: 'Perangkat yang sedang masuk' }) });
    const rows = section.locator('li.session');
    await rows.nth(1).waitFor();
    assert.equal(await rows.count(), 2);
    const mine = rows.filter({ hasText: 'perangkat ini' });
    assert.match(await mine.textContent(), /Firefox di Windows/);
    assert.equal(await mine.getByRole('button').count(), 0, 'this session is ended by signing out');
    assert.deepEqual(await axeViolations(onLaptop), [], 'axe');
    await onLaptop.screenshot({ path: '/tmp/jlc-sessions-360.png', fullPage: true });

    await section.getByRole('button', { name: 'Akhiri sesi Chrome di Android' }).click();
    await section.getByRole('status').filter({ hasText: 'Sesi diakhiri.' }).waitFor();
    assert.equal(await rows.count(), 1);
    assert.ok(await section.getByText('Hanya perangkat ini yang sedang masuk.').isVisible());

    // The phone is signed out: its member page sends it to the sign-in form.
    await onPhone.reload();
    await onPhone.waitForURL(/\/jlc$/);
    await onPhone.getByLabel('Nomor JLC atau email').waitFor();
  } finally {
    await phone.close();
    await laptop.close();
  }
});
