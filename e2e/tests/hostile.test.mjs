// Hostile input typed or pasted into the page: markup and script payloads, bidi and control
// characters, a huge paste. The visitor gets a clear message, nothing becomes markup (no
// injected element, no dialog, no script run, no CSP violation), what they typed is kept,
// and the page neither crashes nor logs errors beyond the expected 4xx answers.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { siteForTests } from '../lib/site.mjs';
import { startServer } from '../lib/server.mjs';
import { watchedPage } from '../lib/browser.mjs';
import { DEMO } from '../lib/demo.mjs';

const site = siteForTests();

// Each one, if it became markup or ran, would set window.__pwned or add an element we look for.
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '"><svg/onload=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  '<iframe/src=javascript:alert(1)>',
  '&lt;b&gt;&amp;&#60;i&#62;',
];
const BIDI = '\u202E5955010091326610\u202C';
const CONTROLS = 'JNE\u0007\u001b[31m12\u0008';

/** A watched page that also records dialogs; `finish()` checks nothing was injected. */
async function hostilePage() {
  const watched = await watchedPage(site.browser);
  const dialogs = [];
  watched.page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  watched.finish = async (what) => {
    const { page, seen } = watched;
    const injected = await page.evaluate(() => ({
      pwned: window.__pwned ?? null,
      elements: document.querySelectorAll('img[src="x"], svg[onload], iframe, script:not([src]):not([type="module"])').length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
    }));
    assert.deepEqual(injected, { pwned: null, elements: 0, handlers: 0 }, `${what}: injected`);
    assert.deepEqual(dialogs, [], `${what}: dialogs`);
    assert.deepEqual(seen.pageErrors, [], `${what}: page errors`);
    assert.deepEqual(await seen.cspViolations(), [], `${what}: CSP violations`);
    // The browser logs each answer of 400 and above; those are expected, nothing else is.
    const unexpected = seen.consoleErrors.filter((m) => !/status of 4\d\d/.test(m));
    assert.deepEqual(unexpected, [], `${what}: console errors`);
  };
  return watched;
}

describe('hostile input in the tracking field', () => {
  test('markup, bidi and control characters are explained as text and kept as typed', async () => {
    const { context, page, finish } = await hostilePage();
    try {
      await page.goto(site.server.base + '/');
      const typed = [...PAYLOADS, BIDI, CONTROLS, '0166231900105595'].join('\n');
      await page.getByLabel('Nomor resi (AWB)').fill(typed);
      await page.getByRole('button', { name: 'Lacak', exact: true }).click();
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      // The good number is still tracked; each bad token is named, as text.
      await page.locator('.summary', { hasText: '1 ditemukan' }).waitFor();
      const text = await summary.innerText();
      assert.ok(text.includes('"><svg/onload=window.__pwned=1>'), text);
      assert.ok(text.includes('&lt'), text);
      assert.ok(text.includes('5955010091326610'), text);
      // Quoted as a bidirectional isolate: the override cannot turn the rest of the sentence.
      assert.ok(text.includes(`\u2068${BIDI}\u2069`), 'the bidi token is isolated');
      assert.equal(await page.getAttribute('#awb-input', 'aria-invalid'), 'true');
      assert.equal(await page.inputValue('#awb-input'), typed, 'what the visitor typed is kept');
      await finish('tracking');
    } finally {
      await context.close();
    }
  });

  test('a one-megabyte paste is answered in seconds with the limit explained', async () => {
    const { context, page, finish } = await hostilePage();
    try {
      await page.goto(site.server.base + '/');
      // 60 000 distinct well-formed numbers and the payloads: over a megabyte.
      const numbers = Array.from({ length: 60_000 }, (_, n) => String(1e15 + n * 7));
      const typed = [...numbers, ...PAYLOADS].join('\n');
      assert.ok(typed.length > 1_000_000);
      const field = page.getByLabel('Nomor resi (AWB)');
      await field.evaluate((el, value) => { el.value = value; el.dispatchEvent(new Event('input', { bubbles: true })); }, typed);
      const started = Date.now();
      await page.getByRole('button', { name: 'Lacak', exact: true }).click();
      await page.locator('.error-summary', { hasText: 'Maksimal 40 nomor sekali lacak: 59960 nomor terakhir belum dilacak.' })
        .waitFor({ timeout: 20_000 });
      await page.locator('.summary', { hasText: '40 tidak ditemukan' }).waitFor({ timeout: 20_000 });
      const took = Date.now() - started;
      assert.ok(took < 6_000, `took ${took} ms`);
      assert.equal((await page.inputValue('#awb-input')).length, typed.length, 'the paste is kept');
      await finish('huge paste');
    } finally {
      await context.close();
    }
  });
});

describe('hostile input in the JLC sign-in identifier', () => {
  test('markup and controls as a JLC number get the one sign-in answer, as text', async () => {
    const { context, page, seen, finish } = await hostilePage();
    try {
      await page.goto(site.server.base + '/jlc');
      for (const identifier of [...PAYLOADS, CONTROLS, BIDI]) {
        const before = seen.requests.filter((r) => r.url.endsWith('/api/v1/jlc/login')).length;
        await page.getByLabel('Nomor JLC atau email').fill(identifier);
        await page.getByLabel('Kata sandi', { exact: true }).fill('bukan-sandinya');
        const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/jlc/login'));
        await page.getByRole('button', { name: 'Masuk', exact: true }).click();
        assert.equal((await answer).status(), 401);
        await page.locator('.error-summary', { hasText: 'Nomor JLC/email atau kata sandi salah.' }).waitFor();
        assert.equal(await page.inputValue('#jlc-identifier'), identifier, 'the identifier is kept');
        assert.equal(seen.requests.filter((r) => r.url.endsWith('/api/v1/jlc/login')).length, before + 1);
      }
      await finish('sign-in');
    } finally {
      await context.close();
    }
  });

  test('markup, bidi and a huge paste as an email are explained and never sent', async () => {
    const { context, page, seen, finish } = await hostilePage();
    try {
      await page.goto(site.server.base + '/jlc');
      const cases = [
        '<img src=x onerror=alert(1)>@evil.example',
        '"><svg/onload=window.__pwned=1>@evil.example',
        'budi\u202E@gmail.com',
        'budi\u0007@gmail.com',
        `${'a'.repeat(200_000)}@gmail.com`,
      ];
      for (const identifier of cases) {
        const field = page.getByLabel('Nomor JLC atau email');
        await field.evaluate((el, value) => { el.value = value; el.dispatchEvent(new Event('input', { bubbles: true })); }, identifier);
        await page.getByLabel('Kata sandi', { exact: true }).fill('bukan-sandinya');
        await page.getByRole('button', { name: 'Masuk', exact: true }).click();
        await page.locator('.error-summary').waitFor();
        assert.equal(await page.getAttribute('#jlc-identifier', 'aria-invalid'), 'true', identifier.slice(0, 40));
        assert.ok((await page.locator('.error-summary').innerText()).length > 10, 'a message');
        assert.equal(await page.inputValue('#jlc-identifier'), identifier, 'the identifier is kept');
      }
      assert.equal(seen.requests.filter((r) => r.url.includes('/api/v1/jlc/login')).length, 0, 'nothing sent');
      await finish('email identifier');
    } finally {
      await context.close();
    }
  });
});

// What JNE (or anyone between it and the server) answers reaches the page as text: the cards
// and the summary are written as markup text (src/components/markup.rs), so a breach of its
// escaping would show here. A local server answers in JNE's real shape, every text a payload.
describe('hostile text in JNE\'s answer', () => {
  const PAYLOAD = '<img src=x onerror="window.__pwned=1"><svg/onload=window.__pwned=1>&amp;\'"';
  const demo = DEMO.find((shipment) => shipment.awb === 'JNEB1005668732').answer;

  /** JNE's tracing API: to every number, the demo's answer with `PAYLOAD` in each text. */
  async function hostileJne() {
    const answer = structuredClone(demo);
    Object.assign(answer.cnote, {
      cnote_services_code: `REG${PAYLOAD}`, last_status: `ON PROCESS ${PAYLOAD}`,
      city_name: PAYLOAD, estimate_delivery: `3 ${PAYLOAD}`,
    });
    answer.history = answer.history.map((event) => ({ ...event, desc: `TIBA ${PAYLOAD} [${PAYLOAD}]` }));
    const server = createServer((request, response) => {
      const awb = decodeURIComponent(request.url.split('/').pop());
      answer.cnote.cnote_no = awb;
      answer.detail[0].cnote_no = awb;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer));
    });
    await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
    return { base: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
  }

  test('markup in a shipment\'s texts is shown as text in the cards and the summary', async () => {
    const jne = await hostileJne();
    const server = await startServer({ demo: false,
      args: ['--jne-url', jne.base, '--jne-username', 'toko', '--jne-api-key', 'rahasia'] });
    const { context, page, finish } = await hostilePage();
    try {
      await page.goto(server.base + '/');
      await page.getByLabel('Nomor resi (AWB)').fill('JNEB1005668732\n0166231900105595');
      await page.getByRole('button', { name: 'Lacak', exact: true }).click();
      await page.locator('.summary', { hasText: '2 ditemukan' }).waitFor();
      const card = page.locator('article.result').first();
      await card.getByRole('button', { name: /peristiwa sebelumnya/ }).click();
      const events = await card.locator('.timeline .what').allTextContents();
      assert.ok(events.length > 3 && events.every((text) => text.includes(PAYLOAD)), events.join('\n'));
      assert.ok((await card.locator('.timeline .place').first().textContent()).includes(PAYLOAD));
      assert.ok((await card.locator('.card-facts').textContent()).includes(PAYLOAD), 'the facts');
      assert.ok((await page.locator('.summary-table .latest').first().textContent()).includes(PAYLOAD));
      await finish('upstream texts');
    } finally {
      await context.close();
      await server.stop();
      await jne.close();
    }
  });
});
