// Screenshots of each route at 360 px and 1280 px in both languages, to look at by eye.
// Usage: node e2e/tools/screenshots.mjs [OUT_DIR] [PATH ...]  (server from JNE_SERVER_BIN / JNE_DIST)
import { mkdirSync } from 'node:fs';
import { startServer } from '../lib/server.mjs';
import { launch, watchedPage } from '../lib/browser.mjs';

const [out = 'target/screenshots', ...paths] = process.argv.slice(2);
const routes = paths.length ? paths : ['/'];
mkdirSync(out, { recursive: true });
const server = await startServer();
const browser = await launch();
try {
  for (const width of [360, 1280]) {
    for (const lang of ['id', 'en']) {
      for (const path of routes) {
        const { context, page } = await watchedPage(browser, { width, height: width === 360 ? 740 : 800 });
        await page.goto(server.base + path);
        await page.locator('h1').waitFor();
        if (lang === 'en') await page.locator('button.lang-switch').click();
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(200);
        const scrolled = await page.evaluate(() => [window.scrollX, document.documentElement.scrollWidth]);
        if (scrolled[0] !== 0 || scrolled[1] > width) console.log(`  sideways: scrollX ${scrolled[0]}, scrollWidth ${scrolled[1]}`);
        const name = `${out}/${(path === '/' ? 'home' : path.replace(/[^a-z0-9]+/gi, '_'))}-${width}-${lang}.png`;
        await page.screenshot({ path: name, fullPage: true });
        console.log(name);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
