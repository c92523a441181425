// Lighthouse (npm, this folder's own package) with Debian's Chromium: the four category scores
// of a page with Lighthouse's default mobile settings (phone screen, simulated slow 4G and CPU).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = new URL('node_modules/.bin/lighthouse', import.meta.url).pathname;
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage '
  + '--disable-background-networking --disable-component-update --disable-sync --no-first-run';

// Lighthouse itself sometimes loses the trace of a load ("NO_NAVSTART … Please run Lighthouse
// again"): a page gets this many tries before the bench gives up on it.
const TRIES = 3;

/** Runs Lighthouse on `url` until it writes a report; the last failure if it never does. */
async function record(url, report) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await run(bin, [url, '--quiet', '--output=json', `--output-path=${report}`,
        `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${CHROME_FLAGS}`],
      { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 1 << 26 });
      return;
    } catch (error) {
      if (attempt === TRIES) throw error;
    }
  }
}

/** Scores 0–100 by category, and the audits that cost points, for `url`; the report goes to `report`. */
export async function lighthouse(url, report) {
  await record(url, report);
  const result = JSON.parse(readFileSync(report, 'utf8'));
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(result.categories[id].score * 100)]));
  const flagged = [];
  for (const id of CATEGORIES) {
    for (const ref of result.categories[id].auditRefs) {
      const audit = result.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        flagged.push(`${id}: ${audit.id} ${Math.round(audit.score * 100)}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
  return { scores, flagged };
}
