// Every route in both languages: renders, sends the security headers, stays inside its CSP,
// logs no error, and passes axe-core.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { siteForTests } from '../lib/site.mjs';
import { axeViolations, watchedPage } from '../lib/browser.mjs';

const ROUTES = [
  { path: '/', id: 'Lacak kiriman', en: 'Track parcels' },
  { path: '/lacak', id: 'Lacak kiriman', en: 'Track parcels' },
  { path: '/jlc', id: 'JLC – JNE Loyalty Card', en: 'JLC – JNE Loyalty Card' },
  { path: '/jlc/daftar', id: 'Daftar JLC', en: 'Sign up for JLC' },
  { path: '/jlc/lupa-sandi', id: 'Lupa kata sandi', en: 'Forgot your password' },
  { path: '/privasi', id: 'Kebijakan privasi', en: 'Privacy policy' },
  { path: '/tidak-ada', id: 'Halaman tidak ditemukan', en: 'Page not found' },
];

const site = siteForTests();

function assertSecurityHeaders(headers, path) {
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval' 'sha256-",
    "connect-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"]) {
    assert.ok(csp.includes(directive), `${path}: CSP lacks ${directive}: ${csp}`);
  }
  assert.ok(!csp.includes('unsafe-inline') && !csp.includes("'unsafe-eval'"), `${path}: ${csp}`);
  assert.equal(headers['x-content-type-options'], 'nosniff', path);
  assert.equal(headers['referrer-policy'], 'no-referrer', path);
  assert.equal(headers['cross-origin-opener-policy'], 'same-origin', path);
  assert.equal(headers['cross-origin-resource-policy'], 'same-origin', path);
  assert.ok(headers['permissions-policy']?.includes('camera=()'), path);
  assert.equal(headers['set-cookie'], undefined, `${path} sets a cookie`);
}

describe('every route, in both languages', () => {
  for (const route of ROUTES) {
    test(`${route.path} renders cleanly and accessibly`, async () => {
      const { context, page, seen } = await watchedPage(site.browser);
      try {
        const response = await page.goto(site.server.base + route.path);
        assert.equal(response.status(), route.path === '/tidak-ada' ? 404 : 200, route.path);
        assertSecurityHeaders(response.headers(), route.path);
        await page.locator('h1', { hasText: route.id }).waitFor();
        assert.equal(await page.getAttribute('html', 'lang'), 'id');
        assert.deepEqual(await axeViolations(page), [], `${route.path} (id) axe`);

        await page.getByRole('button', { name: 'Switch to English' }).click();
        await page.locator('h1', { hasText: route.en }).waitFor();
        assert.equal(await page.getAttribute('html', 'lang'), 'en');
        assert.deepEqual(await axeViolations(page), [], `${route.path} (en) axe`);

        assert.deepEqual(seen.consoleErrors, [], 'console errors');
        assert.deepEqual(seen.pageErrors, [], 'uncaught errors');
        assert.deepEqual(await seen.cspViolations(), [], 'CSP violations');
        const origin = new URL(site.server.base).origin;
        const foreign = seen.requests.filter((r) => new URL(r.url).origin !== origin);
        assert.deepEqual(foreign, [], 'requests to another origin');
      } finally {
        await context.close();
      }
    });
  }
});

describe('keyboard and small screens', () => {
  test('the first Tab shows the skip link, and Enter moves to the content', async () => {
    const { context, page } = await watchedPage(site.browser, { width: 360, height: 740 });
    try {
      await page.goto(site.server.base + '/');
      await page.locator('h1').waitFor();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.className);
      assert.equal(focused, 'skip-link');
      const top = await page.evaluate(() => document.activeElement.getBoundingClientRect().top);
      assert.ok(top >= 0, 'the focused skip link is on screen');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      assert.equal(outline, 'solid', 'focus is visible');
      await page.keyboard.press('Enter');
      assert.equal(new URL(page.url()).hash, '#main');
    } finally {
      await context.close();
    }
  });

  test('nothing is wider than a 360 px phone screen', async () => {
    const { context, page } = await watchedPage(site.browser, { width: 360, height: 740 });
    try {
      for (const route of ROUTES) {
        await page.goto(site.server.base + route.path);
        await page.locator('h1').waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${route.path} scrolls sideways by ${overflow}px`);
      }
    } finally {
      await context.close();
    }
  });

  test('the health endpoint answers JSON without a cookie', async () => {
    const response = await fetch(site.server.base + '/api/v1/health');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('set-cookie'), null);
    assert.equal((await response.json()).status, 'ok');
  });
});

describe('the bundles', () => {
  test('each bundle downloads only its own wasm; links into another load it, in the language chosen', async () => {
    const { context, page, seen } = await watchedPage(site.browser, { width: 360, height: 740 });
    try {
      await page.goto(site.server.base + '/');
      await page.locator('h1', { hasText: 'Lacak kiriman' }).waitFor();
      const wasm = () => seen.requests.map((r) => new URL(r.url).pathname).filter((p) => p.endsWith('.wasm'));
      assert.equal(wasm().length, 1);
      assert.match(wasm()[0], /^\/jne-web-[0-9a-f]+_bg\.wasm$/, 'the tracking bundle');

      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('link', { name: 'JLC', exact: true }).click();
      await page.locator('h1', { hasText: 'JLC – JNE Loyalty Card' }).waitFor();
      await page.getByText('Sign in to your JLC account').waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the language came along');
      assert.equal(new URL(page.url()).pathname, '/jlc');
      assert.equal(wasm().length, 2);
      assert.match(wasm().at(-1), /^\/jne-web-jlc-[0-9a-f]+_bg\.wasm$/, 'the JLC bundle');

      // Inside a bundle, links change the page without loading one.
      await page.getByRole('link', { name: 'Sign up', exact: true }).click();
      await page.locator('h1', { hasText: 'Sign up for JLC' }).waitFor();
      assert.equal(wasm().length, 2, 'no second load of the same bundle');

      await page.getByRole('link', { name: 'Privacy policy', exact: true }).first().click();
      await page.locator('h1', { hasText: 'Privacy policy' }).waitFor();
      assert.equal(wasm().length, 3);
      assert.match(wasm().at(-1), /^\/jne-web-policy-[0-9a-f]+_bg\.wasm$/, 'the privacy policy bundle');
      assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the language came along again');
      await page.getByRole('link', { name: 'Version history', exact: true }).first().click();
      await page.locator('h1', { hasText: 'Privacy policy history' }).waitFor();
      assert.equal(wasm().length, 3, 'the history is in the same bundle');

      await page.getByRole('link', { name: 'Track parcels', exact: true }).first().click();
      await page.locator('h1', { hasText: 'Track parcels' }).waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), 'en');

      // The member page is its own bundle; signed out, it sends the visitor to sign in.
      await page.goto(site.server.base + '/jlc/akun?lang=en');
      await page.getByText('Sign in to your JLC account').waitFor();
      assert.equal(new URL(page.url()).pathname, '/jlc');
      assert.ok(wasm().some((p) => /^\/jne-web-member-[0-9a-f]+_bg\.wasm$/.test(p)), 'the member bundle');
      assert.match(wasm().at(-1), /^\/jne-web-jlc-[0-9a-f]+_bg\.wasm$/, 'then the JLC bundle');
      await page.goto(site.server.base + '/jlc/data-saya?lang=en');
      await page.getByText('Sign in to your JLC account').waitFor();
      assert.ok(wasm().some((p) => /^\/jne-web-rights-[0-9a-f]+_bg\.wasm$/.test(p)), 'the rights bundle');
      assert.deepEqual(seen.consoleErrors, [], 'console errors');
    } finally {
      await context.close();
    }
  });
});
