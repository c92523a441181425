// Minifies the wasm-bindgen JS glue of a built app with terser, and puts the new files' hashes
// in the `integrity` attributes of the HTML pages that name them. Trunk's own minifier stops
// on this glue and ships it whole (about 42 KB a bundle; issue 7).
// Usage: node scripts/lib/minify.mjs DIST_DIR (before compress.mjs, which compresses the result)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// terser is one of e2e/'s npm packages (scripts/lib/tools.sh installs them).
const { minify } = createRequire(new URL('../../e2e/package.json', import.meta.url))('terser');

const dist = process.argv[2] ?? 'dist';
const files = readdirSync(dist);

/** `sha384-…` of `bytes`, as Trunk writes it for subresource integrity. */
const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const hashes = new Map();
for (const file of files.filter((name) => name.endsWith('.js'))) {
  const path = join(dist, file);
  const code = readFileSync(path, 'utf8');
  // `module`: the glue is an ES module; export names and import-object keys stay as they are.
  const result = await minify(code, { module: true, ecma: 2020, compress: { passes: 2 } });
  writeFileSync(path, result.code);
  hashes.set(file, integrity(result.code));
}

// Trunk's HTML names each file in a tag like `<link … href=/NAME integrity=sha384-… …>`
// (attributes in any order, quoted or not).
for (const page of files.filter((name) => name.endsWith('.html'))) {
  const path = join(dist, page);
  const html = readFileSync(path, 'utf8');
  const updated = html.replace(/<link\b[^>]*>/g, (tag) => {
    const href = tag.match(/\bhref="?\/([^"\s>]+)/)?.[1];
    if (!hashes.has(href)) return tag;
    return tag.replace(/\bintegrity="?sha384-[A-Za-z0-9+/=]+"?/, `integrity=${hashes.get(href)}`);
  });
  writeFileSync(path, updated);
}
