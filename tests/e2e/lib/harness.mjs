// The shared harness of the end-to-end layer: one static server and one headless Chromium for the
// whole run, started lazily by the first test that needs them and stopped by a root `after` hook.
//
// A view file calls `view(name, route, body)`. That registers a `describe` block holding, for free,
// a test that the route renders without page errors and saves PNG screenshots at both viewports;
// `body` adds the view's own assertions through `open()` (a fresh page at the view's route).
//
// Settings (environment):
//   PARALLAX_DIST         built app folder            (default: <repo>/dist)
//   PARALLAX_SCREENSHOTS  where PNGs are written      (default: <repo>/target/screenshots)
//   CHROMIUM              browser executable           (default: /usr/bin/chromium)
//   E2E_TIMEOUT_MS        wait for an element, per step (default: 15000)

import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from './server.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DIST = resolve(process.env.PARALLAX_DIST ?? join(repo, 'dist'));
export const SCREENSHOTS = resolve(process.env.PARALLAX_SCREENSHOTS ?? join(repo, 'target', 'screenshots'));
export const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS ?? 15000);

/** The two sizes every route is checked and photographed at. */
export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'mobile', width: 390, height: 844 },
];

/** Flags for a quiet, reproducible headless Chromium (Playwright adds --headless and a fresh profile). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @type {Promise<{url: string, browser: import('playwright-core').Browser, close: () => Promise<void>}> | null} */
let started = null;

function start() {
  started ??= (async () => {
    const server = await serveStatic(DIST);
    const browser = await chromium
      .launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
      .catch(async (e) => {
        await server.close();
        throw e;
      });
    return {
      url: server.url,
      browser,
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  })();
  return started;
}

after(async () => {
  if (started) await (await started).close().catch(() => {});
});

/**
 * Opens `route` (a hash route such as `#/articles`, or `` for the bare site) in a fresh page and
 * waits until the app has drawn `main h1`. Uncaught page errors and console errors are collected
 * on `page.problems`, so a test can assert the app ran cleanly.
 * @param {string} route
 * @param {{width: number, height: number}} [viewport]
 */
export async function open(route, viewport = VIEWPORTS[0]) {
  const { url, browser } = await start();
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // A failed load is reported below with its URL; the console line for it carries none.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${m.text()}`);
    }
  });
  page.on('response', (r) => {
    // The browser asks for /favicon.ico on its own; a missing one is not the app's failure.
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) {
      problems.push(`HTTP ${r.status()}: ${r.url()}`);
    }
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('close', () => context.close().catch(() => {}));
  await page.goto(url + route, { waitUntil: 'load' });
  await page
    .locator('main h1')
    .first()
    .waitFor({ state: 'visible' })
    .catch((e) => {
      throw new Error(`${route || '/'}: no visible \`main h1\` within ${TIMEOUT} ms (${problems.join('; ') || 'no page errors'})`, { cause: e });
    });
  return Object.assign(page, { problems });
}

/** The visible text of `main h1`, trimmed. */
export async function heading(page) {
  return (await page.locator('main h1').first().innerText()).trim();
}

/** Writes a full-page PNG to the screenshot folder and returns its path. */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Registers the tests of one view.
 * @param {string} name file-safe name, used for screenshots (`<name>-1280x800.png`)
 * @param {string} route the hash route, e.g. `#/timeline`
 * @param {(ctx: {test: typeof test, open: (viewport?: {width: number, height: number}) => ReturnType<typeof open>}) => void} [body]
 */
export function view(name, route, body) {
  describe(`${name} (${route || '/'})`, () => {
    for (const vp of VIEWPORTS) {
      test(`renders at ${vp.width}x${vp.height} without page errors; screenshot saved`, async () => {
        const page = await open(route, vp);
        try {
          // Fonts and late layout settle before the picture is taken.
          await page.evaluate(() => document.fonts?.ready);
          await screenshot(page, `${name}-${vp.width}x${vp.height}`);
          assert.deepEqual(page.problems, [], 'the page reported errors');
        } finally {
          await page.close();
        }
      });
    }
    body?.({ test, open: (vp) => open(route, vp) });
  });
}

/**
 * The shared app server's base URL (`http://127.0.0.1:<port>/`) and the shared browser, started
 * like `open()` starts them: for tests that build their own pages, such as a host page on another
 * origin that embeds the app.
 */
export async function shared() {
  const { url, browser } = await start();
  return { url, browser };
}
