// Debian's Chromium through playwright-core, and what a test watches on each page.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Without the networking flags Chromium floods this closed network with refused connections.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

/** `extraArgs`: more Chromium flags (e.g. host resolver rules). */
export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...FLAGS, ...extraArgs] });
}

/**
 * Opens a page that records console errors, uncaught exceptions, CSP violations and every
 * request the page makes.
 */
export async function watchedPage(browser, { width = 1280, height = 800 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const seen = { consoleErrors: [], pageErrors: [], requests: [] };
  // The app's not-found page comes with status 404, which Chromium reports as a console error
  // for that document; that one is expected (the route tests check each page's status).
  const pagesNotFound = new Set();
  page.on('response', (response) => {
    if (response.request().isNavigationRequest() && response.status() === 404) {
      pagesNotFound.add(response.url());
    }
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const notFoundPage = pagesNotFound.has(message.location().url)
      && message.text().includes('status of 404');
    if (!notFoundPage) seen.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  page.on('request', (request) => seen.requests.push({ url: request.url(), method: request.method(),
    body: request.postData() }));
  // Runs before any page script; DevTools injection is not subject to the page's CSP.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  seen.cspViolations = () => page.evaluate(() => window.__cspViolations);
  return { context, page, seen };
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.x A/AA and best-practice rules; returns the violations. */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
