// Puts the site's frame (static/frame.html: one header, one footer) into each built page of
// DIST_DIR in place of its empty <header data-frame="/path"></header> and
// <footer data-frame></footer>, marking the nav link of that path aria-current. One template,
// plain HTML for the browser. A page without the placeholders is left as it is.
// Usage: node scripts/lib/frames.mjs DIST_DIR (after Trunk, before compress.mjs)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const template = readFileSync(new URL('../../static/frame.html', import.meta.url), 'utf8')
  .replace(/<!--[\s\S]*?-->/g, '');
// Whitespace between tags goes, as Trunk's minifier takes it from the rest of the page.
const tight = (html) => html.replace(/>\s+</g, '><').trim();
const block = (tag) => tight(template.match(new RegExp(`<${tag}[ >][\\s\\S]*?</${tag}>`))[0]);
const header = block('header');
const footer = block('footer');

// Trunk's minifier may drop the quotes around an attribute's value.
const headerSlot = /<header\b[^>]*\bdata-frame=("?)([^"\s>]+)\1[^>]*>\s*<\/header>/;
const footerSlot = /<footer\b[^>]*\bdata-frame\b[^>]*>\s*<\/footer>/;

for (const file of readdirSync(dist).filter((name) => name.endsWith('.html'))) {
  const path = join(dist, file);
  const page = readFileSync(path, 'utf8');
  const slot = page.match(headerSlot);
  if (!slot) continue;
  const current = slot[2];
  const marked = header.replace(`<a href="${current}" class="nav-link">`,
    `<a href="${current}" class="nav-link" aria-current="page">`);
  if (marked === header) throw new Error(`${file}: the frame has no nav link to ${current}`);
  if (!footerSlot.test(page)) throw new Error(`${file}: a header slot but no footer slot`);
  writeFileSync(path, page.replace(headerSlot, marked).replace(footerSlot, footer));
}
