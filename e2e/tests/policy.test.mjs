// The privacy policy in a real browser: every page in both languages (axe, console, CSP),
// comparisons of every pair of shipped versions, and the notices with FIXTURE data (a temp
// policy folder with a future version, passed with --policy, and a fixed --today).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { siteForTests } from '../lib/site.mjs';
import { startServer } from '../lib/server.mjs';
import { futurePolicy } from '../lib/policy_fixture.mjs';
import { axeViolations, watchedPage } from '../lib/browser.mjs';

const ACK_KEY = 'jne.policy.ack';
const site = siteForTests();

async function assertClean(page, seen, what) {
  assert.deepEqual(await axeViolations(page), [], `${what}: axe`);
  assert.deepEqual(seen.consoleErrors, [], `${what}: console errors`);
  assert.deepEqual(seen.pageErrors, [], `${what}: uncaught errors`);
  assert.deepEqual(await seen.cspViolations(), [], `${what}: CSP violations`);
}

async function toEnglish(page) {
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.locator('html[lang="en"]').waitFor();
}

const PAGES = [
  { path: '/privasi', id: 'Kebijakan privasi', en: 'Privacy policy', idText: 'Layanan Pelanggan JNE',
    enText: 'JNE Customer Services' },
  { path: '/privasi?teks=asli', id: 'Kebijakan privasi', en: 'Privacy policy', idText: 'JNE Customer Services',
    enText: 'JNE Customer Services' },
  { path: '/privasi?versi=2022-06-01', id: 'Kebijakan privasi', en: 'Privacy policy', idText: 'Contoh data',
    enText: 'Sample data' },
  { path: '/privasi/riwayat', id: 'Riwayat kebijakan privasi', en: 'Privacy policy history',
    idText: 'Contoh data', enText: 'Sample data' },
  { path: '/privasi/bandingkan', id: 'Bandingkan versi kebijakan privasi', en: 'Compare privacy policy versions',
    idText: 'bagian diubah', enText: 'sections changed' },
];

describe('policy pages, in both languages', () => {
  for (const spec of PAGES) {
    test(`${spec.path} renders cleanly and accessibly`, async () => {
      const { context, page, seen } = await watchedPage(site.browser);
      try {
        await page.goto(site.server.base + spec.path);
        await page.locator('h1', { hasText: spec.id }).waitFor();
        await page.getByText(spec.idText).first().waitFor();
        await assertClean(page, seen, `${spec.path} (id)`);
        await toEnglish(page);
        await page.locator('h1', { hasText: spec.en }).waitFor();
        await page.getByText(spec.enText).first().waitFor();
        await assertClean(page, seen, `${spec.path} (en)`);
      } finally {
        await context.close();
      }
    });
  }

  test('no policy page is wider than a 360 px phone screen', async () => {
    const { context, page } = await watchedPage(site.browser, { width: 360, height: 740 });
    try {
      for (const spec of PAGES) {
        await page.goto(site.server.base + spec.path);
        await page.getByText(spec.idText).first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${spec.path} scrolls sideways by ${overflow}px`);
      }
    } finally {
      await context.close();
    }
  });

  test('the current policy: version on top, translation labelled, contents, anchors, missing lists marked', async () => {
    const { context, page } = await watchedPage(site.browser);
    try {
      await page.goto(site.server.base + '/privasi#s-3a');
      await page.locator('.policy-version', { hasText: 'Versi 2025-01-01, berlaku sejak 1 Jan 2025' }).waitFor();
      await page.locator('.policy-translation', { hasText: 'Terjemahan' }).waitFor();
      assert.equal(await page.locator('.policy-text').getAttribute('lang'), 'id');
      assert.equal(await page.locator('#s-3a h3').innerText(), 'a. Gerai JNE');
      await page.waitForFunction(() => document.getElementById('s-3a').getBoundingClientRect().top < 200);
      assert.ok(await page.locator('.policy-toc a[href="#s-4e"]').count() === 1, 'contents link to 4e');
      // Each place the source lost is an editor's note, explained once above the text.
      assert.equal(await page.locator('.policy-missing', { hasText: 'Catatan redaksi: di sini teks sumber memuat sebuah daftar' }).count(), 4);
      assert.equal(await page.locator('.policy-editor-note', { hasText: 'beberapa bagian yang hilang' }).count(), 1);
      assert.equal(await page.getByText('[daftar tidak tersedia di sumber]').count(), 0, 'no bracketed marker');
      await page.getByRole('link', { name: 'Baca teks asli (English)' }).click();
      await page.locator('#s-3a h3', { hasText: 'a. JNE Outlets' }).waitFor();
      assert.equal(await page.locator('.policy-text').getAttribute('lang'), 'en');
      await toEnglish(page);
      assert.equal(await page.locator('.policy-missing', { hasText: "Editor's note: a list in the source text did not reach us." }).count(), 4);
      assert.equal(await page.locator('.policy-editor-note', { hasText: 'some parts missing' }).count(), 1);
    } finally {
      await context.close();
    }
  });
});

describe('comparisons', () => {
  test('every pair of shipped versions renders with <ins>/<del>, readable without colour', async () => {
    const list = await (await fetch(site.server.base + '/api/v1/policy/versions')).json();
    const ids = list.versions.map((v) => v.id);
    assert.ok(ids.length >= 2);
    const { context, page, seen } = await watchedPage(site.browser);
    try {
      for (const from of ids) {
        for (const to of ids) {
          if (from === to) continue;
          await page.goto(`${site.server.base}/privasi/bandingkan?dari=${from}&ke=${to}`);
          await page.locator('.diff-summary').waitFor();
          assert.ok(await page.locator('ins').count() > 0, `${from}→${to}: ins`);
          assert.ok(await page.locator('del').count() > 0, `${from}→${to}: del`);
          const hidden = await page.locator('del .visually-hidden').first().innerText();
          assert.equal(hidden.trim(), 'dihapus:');
          // Inside a paragraph; a paragraph rewritten whole is labelled "Versi lama" instead.
          const decoration = await page.locator('.diff-section p:not(.diff-old) > del').first()
            .evaluate((e) => getComputedStyle(e).textDecorationLine);
          assert.equal(decoration, 'line-through');
          const [older, newer] = from < to ? [from, to] : [to, from];
          assert.equal(await page.inputValue('#compare-from'), older);
          assert.equal(await page.inputValue('#compare-to'), newer);
        }
      }
      await page.goto(`${site.server.base}/privasi/bandingkan?dari=2022-06-01&ke=2025-01-01`);
      const summary = await page.locator('.diff-summary').innerText();
      assert.match(summary, /^\d+ bagian diubah, 3 ditambah/);
      assert.equal(await page.locator('.diff-added h2').count(), 3, 'cross-border, retention, references');
      await assertClean(page, seen, 'comparison (id)');
      await toEnglish(page);
      await page.locator('.diff-summary', { hasText: /^\d+ sections changed, 3 added/ }).waitFor();
      await assertClean(page, seen, 'comparison (en)');
    } finally {
      await context.close();
    }
  });

  test('the selects and the button change the comparison', async () => {
    const { context, page } = await watchedPage(site.browser);
    try {
      await page.goto(site.server.base + '/privasi/bandingkan?dari=2025-01-01&ke=2025-01-01');
      await page.locator('.diff-summary', { hasText: 'Tidak ada perubahan' }).waitFor();
      await page.getByLabel('Versi lama').selectOption('2022-06-01');
      await page.getByRole('button', { name: 'Bandingkan', exact: true }).click();
      await page.waitForURL(/dari=2022-06-01&ke=2025-01-01/);
      await page.locator('.diff-summary', { hasText: '3 ditambah' }).waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('notices', () => {
  let fixture;
  let folder;
  before(async () => {
    const policy = futurePolicy();
    folder = policy.folder;
    fixture = await startServer({ args: policy.args });
  });
  after(async () => {
    await fixture?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const stored = (page) => page.evaluate(() => ({ ...localStorage }));

  test('a visitor who never acknowledged anything is not nagged, and visiting stores nothing', async () => {
    const { context, page } = await watchedPage(site.browser);
    try {
      for (const path of ['/', '/privasi', '/privasi/riwayat']) {
        await page.goto(site.server.base + path);
        await page.locator('h1').waitFor();
        await page.waitForLoadState('networkidle');
        assert.equal(await page.locator('.policy-notice').count(), 0, path);
      }
      assert.deepEqual(await stored(page), {});
    } finally {
      await context.close();
    }
  });

  test('(a) an older acknowledged version shows the banner, linking to the comparison', async () => {
    const { context, page, seen } = await watchedPage(site.browser);
    try {
      await page.goto(fixture.base + '/lacak');
      await page.evaluate((key) => localStorage.setItem(key, '2022-06-01'), ACK_KEY);
      await page.reload();
      const banner = page.locator('aside.policy-notice', { hasText: 'Kebijakan privasi telah berubah' });
      await banner.waitFor();
      assert.equal(await banner.getAttribute('aria-labelledby'), 'policy-notice-changed');
      await assertClean(page, seen, 'banner (id)');
      await banner.getByRole('link', { name: 'Lihat yang berubah' }).click();
      await page.waitForURL(/\/privasi\/bandingkan\?dari=2022-06-01&ke=2025-01-01$/);
      await page.locator('.diff-summary').waitFor();
      await toEnglish(page);
      await page.locator('aside.policy-notice', { hasText: 'The privacy policy has changed' }).waitFor();
      await assertClean(page, seen, 'banner (en)');
    } finally {
      await context.close();
    }
  });

  test('(b) "Saya mengerti" hides the banner and stores only the version id', async () => {
    const { context, page } = await watchedPage(site.browser);
    try {
      await page.goto(fixture.base + '/');
      await page.evaluate((key) => localStorage.setItem(key, '2022-06-01'), ACK_KEY);
      await page.reload();
      const banner = page.locator('aside.policy-notice', { hasText: 'Kebijakan privasi telah berubah' });
      await banner.getByRole('button', { name: 'Saya mengerti' }).click();
      await banner.waitFor({ state: 'detached' });
      assert.deepEqual(await stored(page), { [ACK_KEY]: '2025-01-01' });
      // A confirmation takes the notice's place, and the focus (not the page body).
      await page.getByRole('status').filter({ hasText: 'Terima kasih. Pemberitahuan kebijakan privasi ini tidak akan ditampilkan lagi.' }).waitFor();
      const focused = await page.evaluate(() => [document.activeElement?.id, document.activeElement?.getAttribute('role')]);
      assert.deepEqual(focused, ['policy-acknowledged', 'status'], 'focus moves to the confirmation');
      await page.reload();
      await page.locator('aside.policy-notice-upcoming').waitFor();
      assert.equal(await page.locator('aside.policy-notice', { hasText: 'telah berubah' }).count(), 0);
      assert.deepEqual(await context.cookies(), []);
    } finally {
      await context.close();
    }
  });

  test('(c) a future version is announced on every page with a link to the comparison', async () => {
    const { context, page, seen } = await watchedPage(site.browser);
    try {
      for (const path of ['/', '/lacak', '/privasi/riwayat', '/tidak-ada']) {
        await page.goto(fixture.base + path);
        await page.locator('aside.policy-notice-upcoming',
          { hasText: 'Kebijakan privasi berubah pada 1 Mar 2027.' }).waitFor();
      }
      assert.deepEqual(await stored(page), {}, 'an announcement stores nothing');
      await assertClean(page, seen, 'advance notice (id)');
      // Keyboard: Tab reaches the notice's link before the page's content.
      await page.goto(fixture.base + '/');
      await page.locator('aside.policy-notice-upcoming').waitFor();
      let inNotice = false;
      for (let i = 0; i < 12 && !inNotice; i += 1) {
        await page.keyboard.press('Tab');
        inNotice = await page.evaluate(() => !!document.activeElement?.closest('.policy-notice'));
      }
      assert.ok(inNotice, 'the notice is keyboard reachable');
      await page.keyboard.press('Enter');
      await page.waitForURL(/dari=2025-01-01&ke=2027-03-01$/);
      await page.locator('.diff-summary', { hasText: '1 bagian diubah' }).waitFor();
      assert.equal(await page.locator('.diff-changed ins', { hasText: /^ditambah: ten \(10\)$/ }).count(), 1);
      assert.equal(await page.locator('.diff-changed del', { hasText: /^dihapus: five \(5\)$/ }).count(), 1);
      await toEnglish(page);
      await page.locator('aside.policy-notice-upcoming',
        { hasText: 'The privacy policy changes on 1 Mar 2027.' }).waitFor();
      await assertClean(page, seen, 'advance notice (en)');
      await page.locator('aside.policy-notice-upcoming').getByRole('button', { name: 'Understood' }).click();
      await page.locator('aside.policy-notice-upcoming').waitFor({ state: 'detached' });
      assert.deepEqual(await stored(page), { [ACK_KEY]: '2027-03-01' });
    } finally {
      await context.close();
    }
  });

  test('"mark as read" on the policy page stores only the id, and says so', async () => {
    const { context, page } = await watchedPage(site.browser);
    try {
      await page.goto(site.server.base + '/privasi');
      await page.getByRole('button', { name: 'Tandai versi ini sudah saya baca' }).click();
      await page.getByText('Anda sudah menandai versi ini sebagai sudah dibaca.').waitFor();
      assert.deepEqual(await stored(page), { [ACK_KEY]: '2025-01-01' });
    } finally {
      await context.close();
    }
  });
});
