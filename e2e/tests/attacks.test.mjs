// Attacks a browser can carry out: framing the site (clickjacking), a page on another origin
// posting to the API with the member's cookie (CSRF), and a script planting a session cookie.
// Another port of 127.0.0.1 is another origin but the same site, so SameSite=Strict does not
// stop these requests: the Origin check must.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { launch, watchedPage } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { newestCode, outbox } from '../lib/outbox.mjs';

const NUMBER = 'JLC0012345678';
const PASSWORD = 'paket-aman-2026';

/** An attacker's site on its own port, serving `pages[path]` as HTML. */
async function attackerSite(pages) {
  const server = createServer((request, response) => {
    const page = pages[new URL(request.url, 'http://x').pathname];
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html' });
    response.end(page ?? 'not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

async function signIn(page, server) {
  await page.goto(server.base + '/jlc');
  await page.getByLabel('Nomor JLC atau email').fill(NUMBER);
  await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
  const mails = outbox(server.data).length;
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByLabel('Kode 6 angka').fill(await newestCode(server.data, mails));
  await page.getByRole('button', { name: 'Verifikasi' }).click();
  await page.getByText('Halo, Budi Santoso').waitFor();
}

describe('attacks from another origin', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer({ args: ['--jlc-burst', '0'] });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a page elsewhere cannot show the site in a frame', async () => {
    const attacker = await attackerSite({
      '/': `<p>win a prize</p><iframe id="site" src="${server.base}/jlc"></iframe>
            <iframe id="own" src="/inner"></iframe>`,
      '/inner': '<p id="inner">framed fine</p>',
    });
    const { context, page } = await watchedPage(browser);
    try {
      await page.goto(attacker.base + '/');
      // The attacker's own frame loads: frames work, so an empty site frame means refused.
      await page.frameLocator('#own').locator('#inner').waitFor();
      await page.waitForTimeout(1000);
      const site = page.frames().find((f) => f !== page.mainFrame() && !f.url().startsWith(attacker.base));
      assert.ok(site, 'the site frame exists');
      assert.ok(!site.url().startsWith(server.base), `the frame shows ${site.url()}`);
      assert.equal(await site.locator('#jlc-identifier').count(), 0, 'no sign-in form inside the frame');
    } finally {
      await context.close();
      await attacker.close();
    }
  });

  test('a signed-in member\'s browser posting from elsewhere changes nothing', async () => {
    const { context, page } = await watchedPage(browser);
    const attacker = await attackerSite({
      '/': `<form id="f" method="POST" enctype="text/plain" action="${server.base}/api/v1/jlc/logout-all">
              <input name='{"x":"' value='"}'></form>
            <script>
              const opts = { method: 'POST', credentials: 'include', mode: 'no-cors',
                headers: { 'content-type': 'text/plain' } };
              Promise.all([
                fetch('${server.base}/api/v1/jlc/policy-ack', { ...opts, body: '{"version":"2025-01-01"}' }),
                fetch('${server.base}/api/v1/jlc/logout', { ...opts, body: '{}' }),
              ]).finally(() => { document.title = 'sent'; document.getElementById('f').submit(); });
            </script>`,
    });
    try {
      await signIn(page, server);
      const before = await context.cookies();
      const attack = await context.newPage();
      const sent = [];
      attack.on('request', (r) => { if (r.url().startsWith(server.base)) sent.push(`${r.method()} ${new URL(r.url()).pathname}`); });
      const formAnswer = attack.waitForResponse(`${server.base}/api/v1/jlc/logout-all`);
      await attack.goto(attacker.base + '/');
      // The fetches' answers are withheld from the attacker by CORP; the form's is shown.
      assert.equal((await formAnswer).status(), 403);
      assert.deepEqual(sent.sort(), ['POST /api/v1/jlc/logout', 'POST /api/v1/jlc/logout-all', 'POST /api/v1/jlc/policy-ack']);
      // The session lives and nothing was acknowledged.
      await page.reload();
      await page.getByText('Halo, Budi Santoso').waitFor();
      await page.getByText('Kebijakan privasi versi 1 Jan 2025 berlaku dan belum Anda nyatakan telah dibaca.').waitFor();
      assert.deepEqual(await context.cookies(), before);
    } finally {
      await context.close();
      await attacker.close();
    }
  });

  test('a script can neither read the session cookie nor plant its own', async () => {
    const { context, page } = await watchedPage(browser);
    try {
      await signIn(page, server);
      const [cookie] = await context.cookies();
      const seen = await page.evaluate(() => {
        const before = document.cookie;
        document.cookie = '__Host-jne_session=planted-by-script; Path=/; Secure; SameSite=Strict';
        document.cookie = 'jne_session=planted-too; Path=/';
        return { before, after: document.cookie };
      });
      assert.equal(seen.before, '', 'no script can read the session');
      const after = await context.cookies();
      assert.equal(after.find((c) => c.name === cookie.name)?.value, cookie.value, 'the HttpOnly cookie is not overwritten');
      await page.reload();
      await page.getByText('Halo, Budi Santoso').waitFor();
    } finally {
      await context.close();
    }
  });
});
