// Fills each built page of DIST_DIR that has the frame's placeholders (an empty
// <header data-frame="/path">, <main data-frame="/path"> and <footer data-frame>) from the one
// template, static/frame.html: the page itself in Indonesian, and the same page in English as
// NAME.en.html. Each gets its language's title and description, the nav link of /path marked
// aria-current, and the skeleton of /path's first screen when the template has one. Plain HTML
// for the browser; a page without the placeholders (the bench's hello world) is left alone.
// Usage: node scripts/lib/frames.mjs DIST_DIR (after Trunk, before minify.mjs and compress.mjs)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const template = readFileSync(new URL('../../static/frame.html', import.meta.url), 'utf8')
  .replace(/<!--[\s\S]*?-->/g, '');
// Whitespace between tags goes, as Trunk's minifier takes it from the rest of the page.
const tight = (html) => html.replace(/>\s+</g, '><').trim();

/** The parts of one language: `<template lang="…">` of the template. */
function language(lang) {
  const body = template.match(new RegExp(`<template lang="${lang}">([\\s\\S]*?)</template>`))[1];
  const one = (tag) => tight(body.match(new RegExp(`<${tag}[ >][\\s\\S]*?</${tag}>`))[0]);
  const byPage = (tag) => new Map([...body.matchAll(
    new RegExp(`<${tag} data-page="([^"]+)"([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))]
    .map(([, page, attributes, inner]) => [page, tight(`<${tag}${attributes}>${inner}</${tag}>`)]));
  return {
    lang,
    titles: byPage('title'),
    description: body.match(/<meta name="description"[^>]*>/)[0],
    header: one('header'),
    main: one('main').replace(/^<main[^>]*>|<\/main>$/g, ''),
    skeletons: byPage('section'),
    footer: one('footer'),
  };
}

// Trunk's minifier may drop the quotes around an attribute's value.
const slot = (tag, valued) => new RegExp(
  `<${tag}\\b[^>]*\\bdata-frame${valued ? '=("?)([^"\\s>]+)\\1' : '\\b'}[^>]*>\\s*</${tag}>`);
const headerSlot = slot('header', true);
const mainSlot = slot('main', true);
const footerSlot = slot('footer', false);

function framed(page, file, path, parts) {
  // The nav link of the page's section: its own path, else the longest that leads to it
  // (/jlc for /jlc/akun).
  const section = [...parts.header.matchAll(/<a href="([^"]+)" class="nav-link">/g)].map((m) => m[1])
    .filter((link) => path === link || path.startsWith(`${link}/`))
    .sort((a, b) => b.length - a.length)[0];
  if (!section) throw new Error(`${file}: the frame has no nav link to ${path} or its section`);
  const nav = `<a href="${section}" class="nav-link">`;
  const header = parts.header.replace(nav, nav.replace('>', ' aria-current="page">'));
  const title = parts.titles.get(path);
  if (!title) throw new Error(`${file}: the frame has no ${parts.lang} title for ${path}`);
  const main = `<main class="page">${parts.main}${parts.skeletons.get(path) ?? ''}</main>`;
  return page.replace(headerSlot, header).replace(mainSlot, main).replace(footerSlot, parts.footer)
    .replace('</head>', `${title}${parts.description}</head>`)
    .replace(/<html\b[^>]*>/, `<html lang="${parts.lang}">`);
}

const languages = [language('id'), language('en')];
for (const file of readdirSync(dist).filter((name) => name.endsWith('.html') && !name.endsWith('.en.html'))) {
  const page = readFileSync(join(dist, file), 'utf8');
  const found = page.match(headerSlot);
  if (!found) continue;
  const path = found[2];
  if (!mainSlot.test(page) || !footerSlot.test(page)) {
    throw new Error(`${file}: a header slot without its main and footer slots`);
  }
  for (const parts of languages) {
    const name = parts.lang === 'id' ? file : file.replace(/\.html$/, `.${parts.lang}.html`);
    writeFileSync(join(dist, name), framed(page, file, path, parts));
  }
}
