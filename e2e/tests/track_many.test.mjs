// Many results at once (issue 15, items 2 and 10): a seller pastes twelve numbers and must
// scan them on one screen, find the problems first, open a history only when needed, and
// print the lot compactly. Also the small things of each card.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { siteForTests } from '../lib/site.mjs';
import { axeViolations, watchedPage } from '../lib/browser.mjs';

// Eleven demo shipments (four returned, with a problem or unknown) and one number not found,
// in the middle where it was typed.
const TWELVE = ['0166231900105595', '5403212200022724', '010116240120792', 'SOCAG00183235715',
  'CM96392284741', '0000000000', 'JNEB1005668732', '8825301200031417', '3307442100009921',
  'JTR0000784521', '7710254400013390', '5506331800042276'];
const ATTENTION = ['JNEB1005668732', '8825301200031417', '3307442100009921', '7710254400013390'];

const site = siteForTests();

async function trackTwelve(page, width = 1280) {
  await page.setViewportSize({ width, height: 800 });
  await page.goto(site.server.base + '/');
  await page.getByLabel('Nomor resi (AWB)').fill(TWELVE.join('\n'));
  await page.getByRole('button', { name: 'Lacak', exact: true }).click();
  await page.locator('.summary', { hasText: '11 ditemukan' }).waitFor();
}

const card = (page, awb) => page.locator(`article.result#card-${awb}`);

describe('many results', () => {
  test('a summary table lists every number in order, counts the problems and links to each card', async () => {
    const { context, page, seen } = await watchedPage(site.browser);
    try {
      await trackTwelve(page, 360);
      assert.equal(await page.locator('.summary').innerText(),
        '11 ditemukan, 4 bermasalah, 1 tidak ditemukan');
      const table = page.locator('table.summary-table');
      assert.deepEqual(await table.locator('thead th').allInnerTexts(), ['Nomor resi', 'Status terakhir']);
      const rows = table.locator('tbody tr');
      assert.deepEqual(await rows.locator('th[scope=row]').allInnerTexts(), TWELVE);
      const missing = rows.nth(TWELVE.indexOf('0000000000'));
      assert.equal(await missing.locator('.badge').innerText(), 'Tidak ditemukan');
      for (const awb of ATTENTION) {
        const badge = rows.nth(TWELVE.indexOf(awb)).locator('.badge');
        assert.match(await badge.getAttribute('class'), /\battention\b/, `${awb} stands out`);
      }
      const red = (locator) => locator.evaluate((el) => getComputedStyle(el).color);
      const problemColour = await red(rows.nth(TWELVE.indexOf('8825301200031417')).locator('.badge'));
      assert.equal(await red(rows.nth(TWELVE.indexOf('7710254400013390')).locator('.badge')), problemColour,
        'an unknown status in the problem colour');
      assert.notEqual(await red(rows.nth(0).locator('.badge')), problemColour, 'delivered is not');
      assert.match(await rows.nth(0).locator('td .latest').innerText(), /^SURABAYA, 22 Nov 2026 14\.05$/);

      const before = page.url();
      await rows.nth(TWELVE.indexOf('8825301200031417')).getByRole('link').click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'card-8825301200031417');
      assert.equal(page.url(), before, 'the fragment keeps the tracked numbers');
      assert.equal(await card(page, '0000000000').locator('.badge').innerText(), 'Tidak ditemukan');
      assert.deepEqual(await axeViolations(page), [], 'axe at 360 px');

      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.locator('.summary', { hasText: '11 found, 4 with a problem, 1 not found' }).waitFor();
      assert.deepEqual(await table.locator('thead th').allInnerTexts(), ['AWB number', 'Latest status']);
      assert.deepEqual(await axeViolations(page), [], 'axe in English');
      assert.deepEqual(seen.consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  test('histories show the latest three events and a button opens the rest', async () => {
    const { context, page } = await watchedPage(site.browser);
    try {
      await trackTwelve(page);
      const delivered = card(page, '0166231900105595');
      assert.equal(await delivered.locator('.timeline li').count(), 3);
      const more = delivered.getByRole('button', { name: 'Tampilkan 3 peristiwa sebelumnya' });
      assert.equal(await more.getAttribute('aria-expanded'), 'false');
      const list = await more.getAttribute('aria-controls');
      assert.equal(await delivered.locator(`ol#${list}`).count(), 1);
      await more.click();
      assert.equal(await delivered.locator('.timeline li').count(), 6);
      const less = delivered.getByRole('button', { name: 'Sembunyikan peristiwa sebelumnya' });
      assert.equal(await less.getAttribute('aria-expanded'), 'true');
      assert.equal(await card(page, '3307442100009921').getByRole('button').count(), 0,
        'three events need no button');
      assert.deepEqual(await axeViolations(page), [], 'axe with a history open');
    } finally {
      await context.close();
    }
  });

  test('print: JNE and the time of the status on top, nine parcels on at most three A4 pages', async () => {
    const { context, page } = await watchedPage(site.browser);
    try {
      await page.goto(site.server.base + '/');
      await page.getByLabel('Nomor resi (AWB)').fill(TWELVE.slice(0, 9).join(' '));
      await page.getByRole('button', { name: 'Lacak', exact: true }).click();
      await page.locator('.summary', { hasText: '8 ditemukan' }).waitFor();
      await page.emulateMedia({ media: 'print' });
      const top = page.locator('.print-only');
      assert.match(await top.innerText(), /^JNE Express, status per \d{1,2} \S+ \d{4} \d{2}\.\d{2}$/);
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.ok(pages >= 1 && pages <= 3, `${pages} pages`);
    } finally {
      await context.close();
    }
  });
});

describe('each card', () => {
  test('no empty history heading, the problem dot only for problems, JNE\'s status only when it says more, 44 px links', async () => {
    const { context, page } = await watchedPage(site.browser);
    try {
      await trackTwelve(page, 360);
      const manifested = card(page, 'CM96392284741');
      assert.equal(await manifested.locator('h4').count(), 0, 'no history, no heading');
      assert.equal(await manifested.locator('.timeline').count(), 0);

      const dot = (awb) => card(page, awb).locator('.timeline li').first()
        .evaluate((li) => getComputedStyle(li, '::before').backgroundColor);
      const badge = (awb) => card(page, awb).locator('.badge')
        .evaluate((el) => getComputedStyle(el).color);
      assert.equal(await dot('8825301200031417'), await badge('8825301200031417'), 'a problem: problem colour');
      assert.notEqual(await dot('0166231900105595'), await badge('8825301200031417'), 'delivered: not');
      assert.notEqual(await dot('5403212200022724'), await badge('8825301200031417'), 'in transit: not');

      const facts = (awb) => card(page, awb).locator('.facts dt').allInnerTexts();
      assert.ok(!(await facts('0166231900105595')).includes('Status JNE'), 'DELIVERED TO … says "Terkirim" again');
      assert.ok(!(await facts('8825301200031417')).includes('Status JNE'));
      assert.ok((await facts('7710254400013390')).includes('Status JNE'), 'an unknown status keeps JNE\'s words');

      for (const selector of ['.site-nav a', '.site-footer a']) {
        for (const link of await page.locator(selector).all()) {
          const box = await link.boundingBox();
          assert.ok(box.height >= 44, `${selector} "${await link.innerText()}" is ${box.height} px tall`);
        }
      }
    } finally {
      await context.close();
    }
  });
});

describe('forty results', () => {
  // The most one search takes: the demo's sixteen and numbers nobody sent.
  const FORTY = [...new Set([...TWELVE, '4401872200015508', '2209115600048832', '6612093300077145',
    '9901457700025563', 'JOG0023110045'])];
  while (FORTY.length < 40) FORTY.push(`99000000000000${String(FORTY.length).padStart(2, '0')}`);

  test('every card is in the accessibility tree, the summary reaches each and print shows all', async () => {
    const { context, page } = await watchedPage(site.browser);
    try {
      await page.goto(site.server.base + '/');
      await page.getByLabel('Nomor resi (AWB)').fill(FORTY.join('\n'));
      await page.getByRole('button', { name: 'Lacak', exact: true }).click();
      await page.locator('.summary', { hasText: '16 ditemukan' }).waitFor();
      assert.equal(await page.locator('article.result').count(), 40);
      assert.deepEqual(await axeViolations(page), [], 'axe');
      // What a screen reader is given (Chrome's own tree): each card's heading, off screen too.
      const cdp = await context.newCDPSession(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const headings = nodes.filter((n) => n.role?.value === 'heading' && !n.ignored).map((n) => n.name?.value);
      assert.deepEqual(FORTY.filter((awb) => !headings.includes(awb)), [], 'cards missing from the accessibility tree');
      const last = card(page, FORTY[39]);
      await page.locator('table.summary-table tbody th a').nth(39).click();
      assert.equal(await last.evaluate((el) => el === document.activeElement), true, 'focus on the card');
      assert.ok(await last.locator('h3').isVisible(), 'scrolled to');
      assert.match(await last.innerText(), /Tidak ditemukan/);
      await page.emulateMedia({ media: 'print' });
      const texts = await page.locator('article.result h3').allInnerTexts();
      assert.deepEqual(texts, FORTY, 'every card printed with its number');
    } finally {
      await context.close();
    }
  });
});
