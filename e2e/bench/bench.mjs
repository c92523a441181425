// The speed figures, each with its budget beside it (issue 7); a report, not a test: nothing
// fails. Run by scripts/bench, which builds what it reads:
//   JNE_DIST (the app), JNE_HELLO_DIST (the bare Yew hello world of bench/hello),
//   JNE_SERVER_BIN (the release jne-server), JNE_BENCH_OUT (screenshots and Lighthouse reports).
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { loadOnce, skeletonTakeover, summarise } from './pageload.mjs';
import { AWBS, track40, LABEL as TRACK_LABEL } from './track40.mjs';
import { trackLoad, SETTINGS as WRK_SETTINGS } from './load.mjs';
import { CATEGORIES, lighthouse } from './lighthouse.mjs';
import { embedFiles, embedTiming } from './embed.mjs';
import { loadAll, MEMBERS, signInAll, signUpMany, SECONDS as INSTANCE_SECONDS } from './instances.mjs';
import { serveShop } from '../../examples/shop/serve.mjs';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const dist = process.env.JNE_DIST ?? join(root, 'dist');
const helloDist = process.env.JNE_HELLO_DIST ?? join(root, 'target/bench/hello');
const out = process.env.JNE_BENCH_OUT ?? join(root, 'target/bench');
const LOADS = 10;
const TRACK_RUNS = 7;
// `scripts/bench track` runs some parts only; tracking's figure needs the first renders.
const parts = new Set((process.env.JNE_BENCH_PARTS ?? 'all').split(/\s+/));
const wants = (part) => parts.has('all') || parts.has(part) || (part === 'render' && parts.has('track'));

/** `label: value (budget …, within|OVER)`; `ok` undefined prints the budget alone. */
function figure(label, value, budget, ok) {
  const verdict = ok === undefined ? '' : ok ? ', within' : ', OVER';
  console.log(`${label}: ${value}${budget ? `  (budget ${budget}${verdict})` : ''}`);
}
const ms = (value) => `${value.toFixed(1)} ms`;
const section = (title) => console.log(`\n== ${title}`);

function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const KINDS = { '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' };

/** Bytes by kind of what a first load downloads: the page (`html`, index.html by default) and
 * the files of `dir` it names (Trunk names the JS, the wasm and the CSS in it). */
function bundle(dir, html = 'index.html') {
  const page = readFileSync(join(dir, html), 'utf8');
  const named = readdirSync(dir).filter((file) => file === html || page.includes(`/${file}`));
  const totals = {};
  for (const file of named) {
    const kind = Object.entries(KINDS).find(([ending]) => file.endsWith(ending))?.[1];
    if (!kind) continue;
    const size = sizes(readFileSync(join(dir, file)));
    const sum = (totals[kind] ??= { raw: 0, gzip: 0, brotli: 0 });
    for (const key of Object.keys(sum)) sum[key] += size[key];
  }
  return totals;
}

const bytes = (s) => `raw ${s.raw} / gzip ${s.gzip} / brotli ${s.brotli}`;

mkdirSync(join(out, 'lighthouse'), { recursive: true });
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`
  + ' (other builds running alongside slow every figure down)');

if (wants('bundle') || wants('track')) {
  section('bundle: what the first load of / downloads');
  const totals = bundle(dist);
  const firstLoad = { raw: 0, gzip: 0, brotli: 0 };
  for (const kind of ['html', 'css', 'js', 'wasm']) {
    const size = totals[kind] ?? { raw: 0, gzip: 0, brotli: 0 };
    for (const key of Object.keys(firstLoad)) firstLoad[key] += size[key];
    console.log(`${kind} bytes: ${bytes(size)}`);
  }
  console.log(`first-load total bytes: ${bytes(firstLoad)}`);
  figure('wasm of the first load, brotli', `${(totals.wasm?.brotli ?? 0)} B`, '≤ 120 KB', (totals.wasm?.brotli ?? 0) <= 120 * 1024);
  figure('first load, brotli', `${firstLoad.brotli} B`, '≤ 150 KB', firstLoad.brotli <= 150 * 1024);
  // A visitor whose first page is a JLC or policy page loads that bundle instead.
  // The bundles are the pages of dist/ that name a wasm file (the site manifest in jne_core::site).
  // (NAME.en.html is the same bundle with its frame in English.)
  const otherBundles = readdirSync(dist).filter((file) => file.endsWith('.html') && file !== 'index.html'
    && !file.endsWith('.en.html')
    && /_bg\.wasm/.test(readFileSync(join(dist, file), 'utf8')));
  for (const html of otherBundles) {
    const what = html;
    const other = bundle(dist, html);
    const total = ['html', 'css', 'js', 'wasm'].reduce((sum, kind) => sum + (other[kind]?.brotli ?? 0), 0);
    console.log(`the bundle of ${what}: wasm ${bytes(other.wasm)}`);
    figure(`first load of ${what}, brotli`, `${total} B`, '≤ 150 KB', total <= 150 * 1024);
  }
  const embedded = embedFiles(dist).map((file) => sizes(readFileSync(file)))
    .reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli }));
  console.log(`the embedded module (loader, JS glue, wasm, stylesheet): ${bytes(embedded)}`);
  figure('first load of the embedded module, brotli', `${embedded.brotli} B`, '≤ 110 KB', embedded.brotli <= 110 * 1024);
  const hello = bundle(helloDist);
  console.log(`bare Yew hello world, wasm + js bytes: ${bytes(hello.wasm)} + ${bytes(hello.js)}`);
}

const policy = join(root, 'static/policy');
const versions = JSON.parse(readFileSync(join(policy, 'versions.json'), 'utf8')).versions.map((v) => v.id);
let server;
const shop = await serveShop({ jne: () => server.base });
server = await startServer({ args: ['--track-burst', '0', '--embed-origin', shop.origin] });
const helloServer = await startServer({ demo: false, dist: helloDist, args: ['--policy', policy] });
const browser = await launch();
try {
  let bare;
  if (wants('render')) {
    section(`first render: median of ${LOADS} loads each, 360 px, fresh context per load, app and hello world alternating`);
    // One load of each first, not counted: the browser's own start-up work settles.
    await loadOnce(browser, server.base + '/');
    await loadOnce(browser, helloServer.base + '/');
    const runs = { app: [], hello: [] };
    for (let i = 0; i < LOADS; i += 1) {
      runs.app.push(await loadOnce(browser, server.base + '/'));
      runs.hello.push(await loadOnce(browser, helloServer.base + '/'));
    }
    const app = summarise(runs.app);
    bare = summarise(runs.hello);
    figure('first render of / (its heading painted)', ms(app.firstRender));
    figure('first render of the bare Yew hello world (its heading painted)', ms(bare.firstRender));
    const ratio = app.firstRender / bare.firstRender;
    figure('ratio / : hello world', `${ratio.toFixed(2)}×`, '≤ 1.5×', ratio <= 1.5);
    // Effects run after the render's DOM is in place: in the same task as the render when it is
    // short, after a paint when Yew yields to the browser (its scheduler does every 16 ms).
    const effectsRatio = app.effectsRun / bare.effectsRun;
    figure('first render\'s effects run (jne:first-render mark), / : hello world',
      `${ms(app.effectsRun)} : ${ms(bare.effectsRun)} = ${effectsRatio.toFixed(2)}×`, '≤ 1.5×', effectsRatio <= 1.5);
    figure('first paint of / (the static skeleton)', ms(app.firstPaint));
    figure('first contentful paint of /', ms(app.fcp), 'before the first render', app.fcp < app.firstRender);
    figure('largest contentful paint of /', ms(app.lcp));
    figure('first contentful paint of the hello world (nothing before its wasm)', ms(bare.fcp));
    figure('cumulative layout shift of / (worst load, until the network is idle)', app.cls.toFixed(4), '≈ 0', app.cls < 0.01);
    figure('frames painted without the header while the app takes over (worst load)', app.blankFrames, '0',
      app.blankFrames === 0);
  }

  if (wants('embed')) {
    section(`the embedded module: median of ${LOADS} loads each, 360 px, / and the example shop alternating`);
    const usable = await embedTiming(browser, server.base + '/', shop.origin + '/', LOADS);
    figure('/ usable (the app has taken over its form)', ms(usable.site));
    figure('the shop\'s <jne-lacak> usable (its form rendered in the shadow root)', ms(usable.embed));
    figure('ratio shop : /', `${(usable.embed / usable.site).toFixed(2)}×`);
  }

  if (wants('skeleton')) {
    section('static skeleton (index.html) against the app\'s first render');
    for (const width of [360, 1280]) {
      const skeleton = await skeletonTakeover(browser, server.base, width, out);
      figure(`${width} px: first contentful paint with the wasm blocked`, ms(skeleton.fcp));
      const which = skeleton.worst.px > 0 ? ` (${skeleton.worst.name})` : '';
      const moved = `${skeleton.worst.px.toFixed(1)} px${which}, ${skeleton.pieces - skeleton.missing.length}`
        + ` of ${skeleton.pieces} pieces in both${skeleton.missing.length ? `; unmatched: ${skeleton.missing.join(', ')}` : ''}`;
      figure(`${width} px: largest move of a piece at takeover`, moved, '≤ 1 px',
        skeleton.worst.px <= 1 && skeleton.missing.length === 0);
      figure(`${width} px: pieces whose skeleton text differs from the app's`,
        skeleton.reworded.join(', ') || 'none', 'none', skeleton.reworded.length === 0);
      console.log(`${width} px: the skeleton alone: ${skeleton.shot}`);
    }
  }

  if (wants('track')) {
    section(`tracking 40 numbers in the app: ${TRACK_LABEL}`);
    const tracked = await track40(browser, server.base, TRACK_RUNS, { settled: true });
    figure(`click on Lacak, the page idle → 40 results on screen (median of ${TRACK_RUNS} runs)`, ms(tracked.median),
      '≤ 50 ms', tracked.median <= 50);
    const early = await track40(browser, server.base, TRACK_RUNS);
    figure(`the same, clicked right after the first render (the page still starting)`, ms(early.median),
      '≤ 150 ms', early.median <= 150);
    // Beside a figure of the same run: absolute speed differs about 3× between machines.
    figure('both, beside the bare Yew hello world\'s first render (this run)',
      `${ms(tracked.median)} and ${ms(early.median)} : ${ms(bare.firstRender)}`
      + ` = ${(tracked.median / bare.firstRender).toFixed(2)}× and ${(early.median / bare.firstRender).toFixed(2)}×`);
    console.log(`what the page said: ${tracked.outcome}`);
  }

  if (wants('load')) {
    section(`load: wrk ${WRK_SETTINGS.join(' ')} POST /api/v1/track, 1 demo AWB, throttling off (--track-burst 0)`);
    const load = await trackLoad(server.base, AWBS[0]);
    figure('requests per second', load.rps.toFixed(0), '≥ 10,000', load.rps >= 10_000);
    figure('p99 latency', ms(load.p99), '≤ 10 ms', load.p99 <= 10);
    console.log(`${load.requests} requests, ${load.bad} answered other than 2xx, socket errors: ${load.socketErrors}`);
  }

  if (wants('instances') && process.env.JNE_TEST_POSTGRES) {
    section(`one instance on SQLite against two over one PostgreSQL database: wrk ${INSTANCE_SECONDS} s each, per-client limits off`);
    const unlimited = ['--track-burst', '0', '--jlc-burst', '0'];
    const single = await startServer({ args: unlimited });
    const pair = [];
    for (let i = 0; i < 2; i += 1) {
      pair.push(await startServer({ args: [...unlimited, '--database', process.env.JNE_TEST_POSTGRES] }));
    }
    try {
      // Many members, signed up through the API, each with the session its sign-up started:
      // the signed-in load takes their sessions in turn, and each signs in once per figure.
      const members = { one: await signUpMany([single], 'sqlite'), two: await signUpMany(pair, 'postgres') };
      for (const what of ['track', 'signedIn']) {
        const options = (setup) => ({ awb: AWBS[0], cookie: members[setup].map((m) => m.cookie) });
        const one = await loadAll([single.base], what, options('one'));
        const two = await loadAll(pair.map((s) => s.base), what, options('two'));
        const name = what === 'track' ? 'tracking (1 demo AWB)'
          : `signed-in requests (GET /api/v1/jlc/me, ${MEMBERS} sessions in turn)`;
        figure(`${name}: 1 × SQLite`, `${one.rps.toFixed(0)}/s, p99 ${ms(one.p99)}, ${one.bad} non-2xx`);
        figure(`${name}: 2 × PostgreSQL`, `${two.rps.toFixed(0)}/s, p99 ${ms(two.p99)}, ${two.bad} non-2xx`);
      }
      for (const code of [false, true]) {
        const one = await signInAll(members.one, { code });
        const two = await signInAll(members.two, { code });
        const name = `sign-ins, ${code ? 'password then code' : 'password only (layer one)'}, ${MEMBERS} members once each`;
        figure(`${name}: 1 × SQLite`, `${one.rps.toFixed(1)}/s, p99 ${ms(one.p99)}, ${one.bad} refused`);
        figure(`${name}: 2 × PostgreSQL`, `${two.rps.toFixed(1)}/s, p99 ${ms(two.p99)}, ${two.bad} refused`);
      }
    } finally {
      await single.stop();
      for (const server of pair) await server.stop();
    }
  }

  if (wants('lighthouse')) {
    section('Lighthouse 13, mobile (its default: phone screen, simulated slow 4G and 4× slower CPU)');
    const pages = ['/', '/lacak', '/jlc', '/privasi', '/privasi/riwayat',
      `/privasi/bandingkan?dari=${versions[0]}&ke=${versions.at(-1)}`];
    for (const path of pages) {
      const name = path === '/' ? 'home' : path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '');
      let result;
      try {
        result = await lighthouse(server.base + path, join(out, 'lighthouse', `${name}.json`));
      } catch (error) {
        figure(path, `no report (${String(error.stderr || error.message).trim().split('\n')[0]})`, '≥ 95 each', false);
        continue;
      }
      const low = CATEGORIES.filter((id) => result.scores[id] < 95);
      figure(path, CATEGORIES.map((id) => `${id} ${result.scores[id]}`).join(', '), '≥ 95 each', low.length === 0);
      for (const audit of result.flagged) console.log(`    ${audit}`);
    }
    console.log(`reports: ${join(out, 'lighthouse')}`);
  }
} finally {
  await browser.close();
  await helloServer.stop();
  await server.stop();
  await shop.close();
}
