// Puts the embedded module's files in DIST/embed (jne_core::site::EMBED): the binary Trunk
// built from embed/index.html (its JS glue and wasm, hashed names), its stylesheet (app.css
// with static/embed/embed.css, hashed too) and the loader, static/embed/jne-embed.js, under its
// stable name with the hashed names filled in. Trunk's HTML is not used.
// Usage: node scripts/lib/embed.mjs TRUNK_DIST DIST (before minify.mjs and compress.mjs)
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [built, dist] = process.argv.slice(2);
const out = join(dist, 'embed');
const statics = new URL('../../static/', import.meta.url);
const read = (path) => readFileSync(new URL(path, statics), 'utf8');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const files = readdirSync(built);
const one = (pattern) => {
  const found = files.filter((name) => pattern.test(name));
  if (found.length !== 1) throw new Error(`embed: expected one file like ${pattern} in ${built}, found ${found}`);
  copyFileSync(join(built, found[0]), join(out, found[0]));
  return found[0];
};
const wasm = one(/_bg\.wasm$/);
const glue = one(/^[\w-]+\.js$/);

// In a shadow root `:root` matches nothing: the element's inner box takes its rules. rem would
// follow the host page's root font size, so it becomes px (of a 16 px root, as on the site).
const px = (rem) => `${+(Number(rem) * 16).toFixed(3)}px`;
const css = `${read('app.css')}\n${read('embed/embed.css')}`
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/:root\b/g, '.jne-root')
  .replace(/(\d*\.?\d+)rem\b/g, (_, rem) => px(rem))
  .replace(/\s+/g, ' ')
  .replace(/\s*([{};,>])\s*/g, '$1')
  .trim();
const cssName = `jne-embed-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
writeFileSync(join(out, cssName), css);

const loader = read('embed/jne-embed.js')
  .replace('@GLUE@', `./${glue}`)
  .replace('@WASM@', `./${wasm}`)
  .replace('@CSS@', `./${cssName}`);
writeFileSync(join(out, 'jne-embed.js'), loader);
