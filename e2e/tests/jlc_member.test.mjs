// The JLC member page on a 360 px phone, as the member sees it: points written the way each
// language writes them, the problem badge in the problem colour, the email and mobile masked
// alike everywhere until asked, shipment rows in one tidy column, no two red buttons stacked,
// and a header of at most two lines (the same in the frame painted before the wasm).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { axeViolations, launch, watchedPage } from '../lib/browser.mjs';
import { signIn as signInAs } from '../lib/sign_in.mjs';

// Its own server: each test signs in, past the shared server's per-client JLC burst.
const site = { server: null, browser: null };
before(async () => {
  site.server = await startServer({ args: ['--jlc-burst', '0'] });
  site.browser = await launch();
});
after(async () => {
  await site.browser?.close();
  await site.server?.stop();
});
const PHONE = { width: 360, height: 740 };

const signIn = (page) => signInAs(page, site.server);

async function toEnglish(page) {
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.locator('html[lang="en"]').waitFor();
}

/** The values of the facts named `label`, top first. */
const facts = (page, label) => page.locator('.fact', { has: page.locator('dt', { hasText: label }) })
  .locator('dd').allInnerTexts();

/** How many lines an element's text takes. */
const lines = (locator) => locator.evaluate((e) => {
  const style = getComputedStyle(e);
  return Math.round(e.getBoundingClientRect().height / parseFloat(style.lineHeight));
});

describe('the JLC member page on a phone', () => {
  test('points are written per language and the problem badge is in the problem colour', async () => {
    const { context, page } = await watchedPage(site.browser, PHONE);
    try {
      await signIn(page);
      assert.deepEqual(await facts(page, 'Poin'), ['12.450']);
      const colours = await page.evaluate(() => {
        const probe = document.createElement('span');
        probe.style.color = 'var(--red)';
        document.body.append(probe);
        const red = getComputedStyle(probe).color;
        probe.remove();
        const row = [...document.querySelectorAll('.member-shipments li')]
          .find((li) => li.textContent.includes('8825301200031417'));
        const badge = row?.querySelector('.badge');
        return { red, badge: badge && getComputedStyle(badge).color, text: badge?.textContent };
      });
      assert.ok(colours.badge, 'a problem badge on the page');
      assert.equal(colours.badge, colours.red, `“${colours.text}” in the problem colour`);
      assert.deepEqual(await axeViolations(page), [], 'axe (id)');
      await toEnglish(page);
      assert.deepEqual(await facts(page, 'Points'), ['12,450']);
      assert.deepEqual(await axeViolations(page), [], 'axe (en)');
    } finally {
      await context.close();
    }
  });

  test('the email and mobile are masked alike everywhere, in full only when asked', async () => {
    const { context, page } = await watchedPage(site.browser, PHONE);
    try {
      await signIn(page);
      const text = () => page.locator('main').innerText();
      assert.deepEqual(await facts(page, 'Email'), ['b***@example.co.id']);
      assert.ok(!(await text()).includes('budi.santoso@example.co.id'), 'no full address on the member page');
      // "Data saya" holds every field, masked alike until asked.
      await page.getByRole('link', { name: /^Data saya dan hak Anda/ }).click();
      await page.getByRole('heading', { name: 'Data yang kami simpan tentang Anda' }).waitFor();
      assert.deepEqual(await facts(page, 'Email'), ['b***@example.co.id']);
      assert.ok(!(await text()).includes('budi.santoso@example.co.id'), 'no full address on screen');
      assert.ok(!(await text()).includes('081234567890'), 'no full mobile number on screen');
      await page.getByRole('button', { name: 'Tampilkan email dan nomor ponsel lengkap' }).click();
      assert.deepEqual(await facts(page, 'Email'), ['budi.santoso@example.co.id']);
      assert.ok((await text()).includes('081234567890'));
      await page.getByRole('button', { name: 'Samarkan lagi' }).click();
      assert.ok(!(await text()).includes('budi.santoso@example.co.id'), 'masked again');
    } finally {
      await context.close();
    }
  });

  test('shipment rows line up, red buttons are never stacked, the page fits the phone', async () => {
    const { context, page } = await watchedPage(site.browser, PHONE);
    try {
      await signIn(page);
      const rows = await page.locator('.member-shipments li').evaluateAll((items) => items.map((li) => {
        const box = (e) => e.getBoundingClientRect();
        const [awb, badge] = [box(li.querySelector('.awb')), box(li.querySelector('.badge'))];
        const overlap = awb.left < badge.right && badge.left < awb.right && awb.top < badge.bottom && badge.top < awb.bottom;
        return { badgeLeft: Math.round(badge.left), overlap, height: Math.round(box(li).height) };
      }));
      assert.ok(rows.length >= 4, 'the demo member has shipments');
      assert.equal(new Set(rows.map((r) => r.badgeLeft)).size, 1, `badges in one column: ${JSON.stringify(rows)}`);
      assert.equal(new Set(rows.map((r) => r.height)).size, 1, `rows alike: ${JSON.stringify(rows)}`);
      assert.ok(rows.every((r) => !r.overlap), 'no number runs into its badge');

      const buttons = await page.locator('main button:visible').evaluateAll((all) => {
        const probe = document.createElement('span');
        probe.style.color = 'var(--red)';
        document.body.append(probe);
        const red = getComputedStyle(probe).color;
        probe.remove();
        return all.map((b) => ({ text: b.textContent.trim(), red: getComputedStyle(b).backgroundColor === red,
          top: b.getBoundingClientRect().top, bottom: b.getBoundingClientRect().bottom }));
      });
      // One red (main) action on the page: signing out is no second one, and sits apart.
      const reds = buttons.filter((b) => b.red).map((b) => b.text);
      assert.ok(reds.length <= 1, `red buttons: ${reds.join(', ')}`);
      for (let i = 1; i < buttons.length; i += 1) {
        const gap = buttons[i].top - buttons[i - 1].bottom;
        assert.ok(gap >= 8 || buttons[i].top === buttons[i - 1].top, `“${buttons[i].text}” touches the button above`);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
    } finally {
      await context.close();
    }
  });
});

describe('the shared header at 360 px', () => {
  for (const [lang, url] of [['id', '/jlc'], ['en', '/jlc?lang=en']]) {
    test(`${lang}: at most two lines of tagline, the same in the frame and in the app`, async () => {
      const tagline = (page) => page.locator('header.site-header .brand-tagline');
      const frame = await watchedPage(site.browser, PHONE);
      let framed;
      try {
        await frame.page.route('**/*.wasm', (route) => route.abort());
        await frame.page.goto(site.server.base + url);
        framed = { lines: await lines(tagline(frame.page)), height: await frame.page.locator('header.site-header').evaluate((e) => e.getBoundingClientRect().height) };
      } finally {
        await frame.context.close();
      }
      const app = await watchedPage(site.browser, PHONE);
      try {
        await app.page.goto(site.server.base + url);
        await app.page.locator('main h1').waitFor();
        const inApp = { lines: await lines(tagline(app.page)), height: await app.page.locator('header.site-header').evaluate((e) => e.getBoundingClientRect().height) };
        assert.ok(inApp.lines <= 2, `the tagline takes ${inApp.lines} lines`);
        assert.deepEqual(framed, inApp, 'the frame and the app alike');
      } finally {
        await app.context.close();
      }
    });
  }
});
