// One real jne-server (demo data) and one Chromium for a whole test file.
import { after, before } from 'node:test';
import { startServer } from './server.mjs';
import { launch } from './browser.mjs';

/**
 * Starts both before the file's tests and stops both after; read `.server` and `.browser` in
 * tests. `args`: more command-line arguments for the server.
 */
export function siteForTests({ args = [] } = {}) {
  const site = { server: null, browser: null };
  before(async () => {
    site.server = await startServer({ args });
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}
