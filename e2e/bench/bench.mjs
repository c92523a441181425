// The speed figures, one per line: bytes of the built app (raw / gzip / brotli) and the median
// first-render time of `/` over 10 loads in headless Chromium. Run by scripts/bench.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';

const dist = process.env.JNE_DIST ?? 'dist';
const LOADS = 10;

function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function kindOf(file) {
  if (file.endsWith('.wasm')) return 'wasm';
  if (file.endsWith('.js')) return 'js';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.html')) return 'html';
  return null;
}

// What the first load of `/` downloads: index.html and the files it names.
const totals = {};
for (const file of readdirSync(dist)) {
  const kind = kindOf(file);
  if (!kind || file.endsWith('.br') || file.endsWith('.gz')) continue;
  const size = sizes(readFileSync(join(dist, file)));
  const sum = (totals[kind] ??= { raw: 0, gzip: 0, brotli: 0 });
  for (const key of Object.keys(sum)) sum[key] += size[key];
}
const firstLoad = { raw: 0, gzip: 0, brotli: 0 };
for (const kind of ['html', 'css', 'js', 'wasm']) {
  const size = totals[kind] ?? { raw: 0, gzip: 0, brotli: 0 };
  for (const key of Object.keys(firstLoad)) firstLoad[key] += size[key];
  console.log(`${kind} bytes: raw ${size.raw} / gzip ${size.gzip} / brotli ${size.brotli}`);
}
console.log(`first-load total bytes: raw ${firstLoad.raw} / gzip ${firstLoad.gzip} / brotli ${firstLoad.brotli}`);

const server = await startServer();
const browser = await launch();
try {
  const times = [];
  for (let i = 0; i < LOADS; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.base + '/');
    const at = await page.waitForFunction(() => {
      const mark = performance.getEntriesByName('jne:first-render')[0];
      return mark ? mark.startTime : null;
    });
    times.push(await at.jsonValue());
    await context.close();
  }
  times.sort((a, b) => a - b);
  const median = (times[LOADS / 2 - 1] + times[LOADS / 2]) / 2;
  console.log(`first render of / (median of ${LOADS} loads): ${median.toFixed(1)} ms`);
} finally {
  await browser.close();
  await server.stop();
}
