// The embedded module on a partner's page: a host page on a second origin (another port of
// 127.0.0.1), under a strict CSP (examples/shop/serve.mjs), embeds <jne-lacak> and
// <jne-policy-notice>. Tracking works by mouse and keyboard; hostile host CSS changes nothing
// inside and the widget's CSS nothing outside; axe finds nothing (shadow roots included);
// P1–P5 hold for both origins; an origin the server does not list gets a clear message.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { startServer } from '../lib/server.mjs';
import { axeViolations, launch, watchedPage } from '../lib/browser.mjs';
import { futurePolicy } from '../lib/policy_fixture.mjs';
import { personalValues } from '../lib/demo.mjs';
import { serveShop } from '../../examples/shop/serve.mjs';

const AWBS = ['0166231900105595', '5403212200022724'];
const ACK_KEY = 'jne.policy.ack';
const LOADER = '/embed/jne-embed.js';

const host = (body, css = '') => `<!doctype html><html lang="id"><head><meta charset="utf-8">
  <title>Toko uji</title><link rel="icon" href="data:,">${css && '<link rel="stylesheet" href="/hostile.css">'}
  <script type="module" src="{{JNE}}${LOADER}" referrerpolicy="no-referrer"></script></head>
  <body><main><h1>Toko uji</h1>${body}</main></body></html>`;
// What a careless (or hostile) shop stylesheet does to every element it reaches.
const HOSTILE = `* { color: red !important; font: 40px serif !important; letter-spacing: 3px !important }
  button { display: none !important } textarea { width: 10px !important }`;
const PAGES = {
  '/hostile': host('<p id="own">Teks toko</p><button id="own-button">Beli</button><jne-lacak></jne-lacak>', HOSTILE),
  '/hostile.css': [HOSTILE, 'text/css; charset=utf-8'],
  '/two': host(`<jne-lacak id="first" lang="id"></jne-lacak>
    <jne-lacak id="second" lang="en" awb="${AWBS[1]}"></jne-lacak>`),
  '/notice': host('<jne-policy-notice lang="id"></jne-policy-notice><jne-lacak></jne-lacak>'),
};

let jne;
let shop;
let stranger;
let browser;
let policyFolder;

before(async () => {
  shop = await serveShop({ jne: () => jne.base, pages: PAGES });
  stranger = await serveShop({ jne: () => jne.base, pages: PAGES });
  const policy = futurePolicy();
  policyFolder = policy.folder;
  jne = await startServer({ args: ['--embed-origin', shop.origin, ...policy.args] });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await jne?.stop();
  await shop?.close();
  await stranger?.close();
  rmSync(policyFolder, { recursive: true, force: true });
});

/** Every request with its real headers (Referer included), as Chromium sent it. */
function recordRequests(page) {
  const requests = [];
  page.on('request', (request) => requests.push((async () => ({
    url: request.url(), method: request.method(), body: request.postData(),
    headers: await request.allHeaders(),
  }))()));
  return () => Promise.all(requests);
}

const widget = (page, selector = 'jne-lacak') => page.locator(selector);

async function assertClean(page, seen, what) {
  assert.deepEqual(seen.consoleErrors, [], `${what}: console errors`);
  assert.deepEqual(seen.pageErrors, [], `${what}: page errors`);
  assert.deepEqual(await seen.cspViolations(), [], `${what}: CSP violations`);
}

describe('tracking embedded in a partner shop', () => {
  test('works by keyboard and by mouse, and axe finds nothing, shadow roots included', async () => {
    const { context, page, seen } = await watchedPage(browser, { width: 360, height: 740 });
    try {
      await page.goto(shop.origin + '/');
      const field = widget(page).getByLabel('Nomor resi');
      await field.waitFor();
      // Tab goes from the shop's own links into the widget's field.
      let inField = false;
      for (let i = 0; i < 12 && !inField; i += 1) {
        await page.keyboard.press('Tab');
        inField = await page.evaluate(() => document.querySelector('jne-lacak').shadowRoot.activeElement?.id === 'awb-input');
      }
      assert.ok(inField, 'the field is reached by Tab');
      await page.keyboard.type(AWBS[0]);
      await page.keyboard.press('Enter');
      await widget(page).locator('.summary', { hasText: '1 ditemukan' }).waitFor();
      await widget(page).locator('.result h3', { hasText: AWBS[0] }).waitFor();

      await field.fill(AWBS.join('\n'));
      await widget(page).getByRole('button', { name: 'Lacak' }).click();
      await widget(page).locator('.summary', { hasText: '2 ditemukan' }).waitFor();
      assert.equal(new URL(page.url()).hash, '', 'the host page\'s address is left alone');
      assert.equal(await page.title(), 'Toko Batik Sekar · Lacak pesanan', 'and its title');
      assert.deepEqual(await axeViolations(page), [], 'axe');
      await assertClean(page, seen, 'shop');
      await page.screenshot({ path: '/tmp/embed-shop-360.png', fullPage: true });
    } finally {
      await context.close();
    }
  });

  test('hostile host CSS changes nothing inside, and the widget\'s CSS nothing outside', async () => {
    const { context, page, seen } = await watchedPage(browser);
    try {
      await page.goto(shop.origin + '/hostile');
      const field = widget(page).locator('textarea');
      await field.fill(AWBS[0]);
      const button = widget(page).getByRole('button', { name: 'Lacak' });
      await button.click();
      await widget(page).locator('.summary', { hasText: '1 ditemukan' }).waitFor();
      // The widget's own styles are the site's: the same text on /lacak looks the same.
      const lead = (root) => {
        const style = getComputedStyle(root.querySelector('p.lead'));
        return { color: style.color, size: style.fontSize, family: style.fontFamily,
          spacing: style.letterSpacing, weight: style.fontWeight };
      };
      const inside = await page.evaluate(`(${lead})(document.querySelector('jne-lacak').shadowRoot)`);
      const own = await context.newPage();
      await own.goto(jne.base + '/lacak');
      await own.locator('main p.lead').waitFor();
      assert.deepEqual(inside, await own.evaluate(`(${lead})(document)`), 'the lead paragraph');
      assert.notEqual(inside.color, 'rgb(255, 0, 0)');
      const controls = await page.evaluate(() => {
        const root = document.querySelector('jne-lacak').shadowRoot;
        const style = (selector) => getComputedStyle(root.querySelector(selector));
        return { button: style('button[type=submit]').display, field: parseFloat(style('textarea').width) };
      });
      assert.notEqual(controls.button, 'none');
      assert.ok(controls.field > 200, `the field is ${controls.field}px wide`);
      const outside = await page.evaluate(() => {
        const style = (selector) => getComputedStyle(document.querySelector(selector));
        return { color: style('#own').color, size: style('#own').fontSize, button: style('#own-button').display,
          headings: document.querySelectorAll('h1').length };
      });
      assert.deepEqual(outside, { color: 'rgb(255, 0, 0)', size: '40px', button: 'none', headings: 1 });
      await assertClean(page, seen, 'hostile');
      await page.screenshot({ path: '/tmp/embed-hostile-1280.png', fullPage: true });
    } finally {
      await context.close();
    }
  });

  test('two elements work on their own; `awb` tracks at once; `lang` changes live; results are announced', async () => {
    const { context, page, seen } = await watchedPage(browser);
    try {
      await page.goto(shop.origin + '/two');
      // DevTools' evaluate is not subject to the page's CSP; a shop's own script would listen alike.
      await page.evaluate(() => {
        window.heard = [];
        document.addEventListener('jne-lacak:results', (event) => window.heard.push({
          from: event.target.id, detail: event.detail }));
      });
      const [first, second] = [widget(page, '#first'), widget(page, '#second')];
      await second.locator('.summary', { hasText: '1 found' }).waitFor();
      assert.equal(await second.locator('textarea').inputValue(), AWBS[1]);
      assert.equal(await first.locator('.results').count(), 0, 'the first is untouched');

      await first.locator('textarea').fill(AWBS[0]);
      await first.getByRole('button', { name: 'Lacak' }).click();
      await first.locator('.summary', { hasText: '1 ditemukan' }).waitFor();
      assert.equal(await second.locator('.result h3').textContent(), AWBS[1]);
      const heard = await page.evaluate(() => window.heard);
      const last = heard.at(-1);
      assert.equal(last.from, 'first');
      assert.deepEqual(last.detail.results.map((r) => r.awb), [AWBS[0]]);
      assert.deepEqual(Object.keys(last.detail.results[0]).sort(), ['awb', 'status']);
      assert.match(last.detail.results[0].status, /^[a-z_]+$/);

      await page.evaluate(() => document.querySelector('#first').setAttribute('lang', 'en'));
      await first.getByRole('button', { name: 'Track' }).waitFor();
      await first.locator('.summary', { hasText: '1 found' }).waitFor();
      await page.screenshot({ path: '/tmp/embed-two-en-1280.png', fullPage: true });
      await page.evaluate((awb) => document.querySelector('#second').setAttribute('awb', awb), AWBS[0]);
      await second.locator('.result h3', { hasText: AWBS[0] }).waitFor();
      await assertClean(page, seen, 'two');
    } finally {
      await context.close();
    }
  });

  test('P1–P5 on the host page: no cookie, no storage, only the numbers to the jne-server, no Referer, no personal data', async () => {
    const { context, page, seen } = await watchedPage(browser);
    const requests = recordRequests(page);
    const setCookies = [];
    page.on('response', async (response) => {
      const header = await response.headerValue('set-cookie');
      if (header) setCookies.push(response.url());
    });
    try {
      await page.goto(shop.origin + '/hostile');
      await widget(page).locator('textarea').fill(AWBS.join(' '));
      await widget(page).getByRole('button', { name: 'Lacak' }).click();
      await widget(page).locator('.summary', { hasText: '2 ditemukan' }).waitFor();
      assert.deepEqual(await context.cookies(), [], 'P1: cookies of either origin');
      assert.deepEqual(setCookies, []);
      const stored = await page.evaluate(async () => ({
        local: localStorage.length, session: sessionStorage.length,
        indexedDb: (await indexedDB.databases()).length, caches: (await caches.keys()).length,
      }));
      assert.deepEqual(stored, { local: 0, session: 0, indexedDb: 0, caches: 0 }, 'P1: storage');

      const jneOrigin = new URL(jne.base).origin;
      const sent = await requests();
      for (const request of sent) {
        const origin = new URL(request.url).origin;
        assert.ok([shop.origin, jneOrigin].includes(origin), `P2: a request to ${request.url}`);
        if (origin !== jneOrigin) continue;
        const path = new URL(request.url).pathname;
        assert.equal(request.headers.referer, undefined, `P5: Referer on ${path}`);
        assert.equal(request.headers.cookie, undefined, `no cookie on ${path}`);
        if (request.method === 'POST') {
          assert.equal(path, '/api/v1/track');
          assert.deepEqual(JSON.parse(request.body), { awbs: AWBS }, 'P2: only the numbers');
        } else {
          assert.ok(path.startsWith('/embed/') || path.startsWith('/api/v1/policy/'), `P2: GET ${path}`);
        }
      }
      assert.equal(sent.filter((r) => r.method === 'POST').length, 1);

      const shown = await page.evaluate(() => document.querySelector('jne-lacak').shadowRoot.innerHTML);
      for (const value of personalValues()) assert.ok(!shown.includes(value), `P3: shows ${value}`);
      const log = jne.log();
      for (const awb of AWBS) assert.ok(!log.includes(awb), `P4: the log has ${awb}`);

      const link = new URL(await widget(page).locator('a.share-link').getAttribute('href'));
      assert.equal(link.origin, jneOrigin, 'P5: the share link is to the jne-server');
      assert.equal(link.pathname, '/lacak');
      assert.equal(link.hash, `#${AWBS.join(',')}`);
      await assertClean(page, seen, 'privacy');
    } finally {
      await context.close();
    }
  });

  test('a page whose origin the server does not list gets a clear message, not a blank box', async () => {
    const { context, page } = await watchedPage(browser);
    try {
      await page.goto(stranger.origin + '/hostile');
      const message = widget(page).getByRole('status');
      await message.waitFor();
      assert.match(await message.textContent(), /tidak dapat dimuat di halaman ini/);
      assert.notEqual(await message.evaluate((p) => getComputedStyle(p).color), 'rgb(255, 0, 0)',
        'the host\'s CSS does not restyle it');
      const link = widget(page).getByRole('link', { name: 'Lacak kiriman di situs JNE' });
      assert.equal(await link.getAttribute('href'), `${new URL(jne.base).origin}/lacak`);
      await page.screenshot({ path: '/tmp/embed-unlisted.png' });
    } finally {
      await context.close();
    }
  });
});

describe('the policy notice embedded', () => {
  test('shows the advance notice with a link to the jne-server, and stores only the version id', async () => {
    const { context, page, seen } = await watchedPage(browser);
    try {
      await page.goto(shop.origin + '/notice');
      const notice = widget(page, 'jne-policy-notice').locator('aside.policy-notice-upcoming');
      await notice.waitFor();
      const link = notice.getByRole('link', { name: 'Lihat yang berubah' });
      const href = new URL(await link.getAttribute('href'));
      assert.equal(href.origin, new URL(jne.base).origin);
      assert.equal(href.pathname, '/privasi/bandingkan');
      assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), {}, 'visiting stores nothing');
      await notice.getByRole('button', { name: 'Saya mengerti' }).click();
      const confirmation = widget(page, 'jne-policy-notice').getByRole('status');
      await confirmation.waitFor();
      assert.ok(await confirmation.evaluate((element) => element.getRootNode().activeElement === element),
        'the confirmation takes the focus');
      assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), { [ACK_KEY]: '2027-03-01' });
      assert.deepEqual(await axeViolations(page), [], 'axe');
      await assertClean(page, seen, 'notice');
    } finally {
      await context.close();
    }
  });
});
