// The embedded module's figures: what its first load downloads (the loader and every file of
// dist/embed it names), and how long a host page takes to a usable <jne-lacak> against / to a
// usable tracking form, loads alternating in one run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './pageload.mjs';

/** Files of the first load: the loader and the hashed files it names. */
export function embedFiles(dist) {
  const dir = join(dist, 'embed');
  const loader = readFileSync(join(dir, 'jne-embed.js'), 'utf8');
  const named = readdirSync(dir).filter((file) => /\.(js|wasm|css)$/.test(file)
    && (file === 'jne-embed.js' || loader.includes(`./${file}`)));
  return named.map((file) => join(dir, file));
}

// Runs before any page script: the time (from navigation) at which `ready()` first holds.
function watchReady(ready) {
  const check = () => {
    if (ready()) window.__usable = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const READY = {
  // The app has taken over from the static skeleton (its first render's effects ran).
  site: () => performance.getEntriesByName('jne:first-render').length > 0,
  // The element's form is rendered by the app in its shadow root.
  embed: () => !!document.querySelector('jne-lacak')?.shadowRoot?.querySelector('form textarea'),
};

async function usableAt(browser, url, which) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(`(${watchReady})(${READY[which]})`);
    await page.goto(url);
    const at = await page.waitForFunction(() => window.__usable ?? null);
    return at.jsonValue();
  } finally {
    await context.close();
  }
}

/** Medians of `loads` loads each of `/` and of the shop page, alternating. */
export async function embedTiming(browser, siteUrl, shopUrl, loads) {
  await usableAt(browser, siteUrl, 'site');
  await usableAt(browser, shopUrl, 'embed');
  const runs = { site: [], embed: [] };
  for (let i = 0; i < loads; i += 1) {
    runs.site.push(await usableAt(browser, siteUrl, 'site'));
    runs.embed.push(await usableAt(browser, shopUrl, 'embed'));
  }
  return { site: median(runs.site), embed: median(runs.embed) };
}
