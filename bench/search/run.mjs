// Drives the search benchmark: serves this folder and the generated data on 127.0.0.1, opens the
// bench page in headless Chromium (playwright-core), runs it once per corpus size and writes
// the results as JSON.
//
//   node run.mjs DATA_DIR OUT_JSON [N...]     (default sizes: 1000 10000 100000)
//
// DATA_DIR holds quotes-N.json, parallax-N.bin, stats-N.json (from `search-data`) and pkg/ (the
// wasm-bindgen output). CHROMIUM names the browser (default /usr/bin/chromium).

import { createServer } from 'node:http';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { QUERIES } from './queries.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [dataArg, outArg, ...sizeArgs] = process.argv.slice(2);
if (!dataArg || !outArg) {
  console.error('usage: node run.mjs DATA_DIR OUT_JSON [N...]');
  process.exit(2);
}
const data = resolve(dataArg);
const outPath = resolve(outArg);
const sizes = sizeArgs.length ? sizeArgs.map(Number) : [1000, 10000, 100000];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
};

/** Static files: /data/… from DATA_DIR, the rest from this folder. Cross-origin isolated, so
 * performance.now() has its finest resolution. */
function serve() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const [root, rel] = path.startsWith('/data/') ? [data, path.slice(6)] : [here, path.slice(1) || 'index.html'];
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const server = await serve();
const url = `http://127.0.0.1:${server.address().port}/index.html`;
const profile = mkdtempSync(join(tmpdir(), 'parallax-search-bench-'));
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
});
const runs = [];
try {
  for (const n of sizes) {
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(url);
    await page.waitForFunction(() => typeof window.bench === 'function');
    const rounds = n >= 100000 ? 5 : 7;
    console.log(`${n} quotes: running (${QUERIES.length} queries x ${rounds} rounds x 4 engines)…`);
    const result = await page.evaluate(([n, r]) => window.bench(n, r), [n, rounds]);
    result.corpus = JSON.parse(await readFile(join(data, `stats-${n}.json`), 'utf8'));
    runs.push(result);
    for (const [e, r] of Object.entries(result.engines)) {
      console.log(
        `  ${e.padEnd(13)} load ${fmt(r.load_ms)} build ${fmt(r.build_index_ms)} mem ${((r.memory_bytes ?? 0) / 1e6).toFixed(1)} MB` +
          `  p50 ${r.latency.all.p50_ms} p95 ${r.latency.all.p95_ms} keystroke p95 ${r.latency.keystroke.p95_ms} ms`,
      );
    }
    await page.close();
  }
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

function fmt(ms) {
  return ms === null || ms === undefined ? '   -   ' : `${ms.toFixed(1)} ms`;
}

const browser = (() => {
  try {
    return execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return executablePath;
  }
})();
const pkg = JSON.parse(await readFile(join(here, 'package-lock.json'), 'utf8'));
const version = (name) => pkg.packages?.[`node_modules/${name}`]?.version ?? null;
const report = {
  command: 'cargo xtask bench search',
  browser,
  cpus: cpus().length,
  engines: {
    parallax_cold: 'the same, with nothing reused from the previous query (search_cold)',
    parallax: 'parallax-core SearchData (statements as references into the corpus + Index), wasm32 release build (opt-level z, LTO), postcard-embedded; best 100 hits ranked, every match counted',
    minisearch: `minisearch ${version('minisearch')}: fields text+speaker, AND, prefix on the typed word, fuzzy 1 edit at 4+ letters and 2 at 8+, filters and phrases checked in filter()`,
    flexsearch: `flexsearch ${version('flexsearch')}: Document, tokenize forward, Charset.LatinBalance, speaker/outlet tags, limit 100, phrases checked on the hits (no typo tolerance beyond its encoder)`,
  },
  queries: QUERIES,
  runs,
};
await mkdir(dirname(outPath), { recursive: true });
await writeFile(outPath, JSON.stringify(report, null, 2) + '\n');
console.log(`wrote ${outPath}`);
