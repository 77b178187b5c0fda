// Hosting (issue 7): the built app works from a sub-path of a static host, deep links survive a
// reload there, and the page carries a Content-Security-Policy that it runs under without a
// single violation (wasm, the worker, downloads and the embed accent all stay inside it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, TIMEOUT, shared } from '../lib/harness.mjs';
import { serveStatic } from '../lib/server.mjs';

const PREFIX = '/news/2025/parallax/';

describe('hosted under a sub-path, with a CSP', () => {
  /** @type {{url: string, close: () => Promise<void>}} */
  let host;
  before(async () => {
    host = await serveStatic(DIST, { prefix: PREFIX });
  });
  after(async () => {
    await host?.close();
  });

  async function page() {
    const { browser } = await shared();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const p = await context.newPage();
    p.setDefaultTimeout(TIMEOUT);
    const problems = [];
    const outside = [];
    p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    p.on('console', (m) => {
      // A failed load is reported below with its URL; the console line for it carries none.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
        problems.push(`console error: ${m.text()}`);
      }
    });
    p.on('response', (r) => {
      // The browser asks for /favicon.ico at the host's root on its own; that is not the app's.
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    p.on('request', (r) => {
      if (!r.url().startsWith(host.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url());
    });
    p.on('close', () => context.close().catch(() => {}));
    return Object.assign(p, { problems, outside });
  }

  test('every asset loads from the sub-path and a deep link survives a reload', async () => {
    const p = await page();
    try {
      await p.goto(`${host.url}#/outlets?sort=narrowest`);
      await p.locator('main h1').first().waitFor();
      assert.equal((await p.locator('main h1').first().innerText()).trim(), 'Outlets');
      await p.reload();
      await p.locator('main h1').first().waitFor();
      assert.equal((await p.locator('main h1').first().innerText()).trim(), 'Outlets');
      assert.match(p.url(), /#\/outlets\?sort=narrowest$/);
      assert.deepEqual(p.outside, [], 'requests outside the sub-path');
      assert.deepEqual(p.problems, []);
    } finally {
      await p.close();
    }
  });

  test('the page has a strict CSP and breaks none of it, in embed mode with an accent too', async () => {
    const p = await page();
    try {
      const violations = [];
      await p.exposeFunction('reportViolation', (v) => violations.push(v));
      await p.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          window.reportViolation(`${e.violatedDirective}: ${e.blockedURI}`),
        );
      });
      await p.goto(`${host.url}?embed=1&accent=%23006699#/quotes?q=deal`);
      await p.locator('article.quote-card').first().waitFor();
      const csp = await p.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.ok(csp, 'no CSP meta tag');
      assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      assert.match(csp, /object-src 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline/);
      // The accent reached the page through the CSSOM.
      const accent = await p.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
      assert.equal(accent, '#006699');
      // An inline script injected into the page is refused.
      await p.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.injected = true;';
        document.body.append(s);
      });
      assert.equal(await p.evaluate(() => window.injected), undefined);
      assert.ok(violations.some((v) => v.startsWith('script-src')), `the injected script was not refused: ${violations}`);
      assert.deepEqual(violations.filter((v) => !v.startsWith('script-src')), []);
      assert.deepEqual(p.problems.filter((m) => !m.includes('Content Security Policy')), []);
    } finally {
      await p.close();
    }
  });
});
