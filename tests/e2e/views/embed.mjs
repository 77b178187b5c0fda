// Newsroom embeds (issue 7): a host page on ANOTHER localhost port embeds the app in embed mode,
// once through pym.js's own parent library (npm `pym.js`, served by the host like a newsroom
// would) and once through a plain iframe with an AMP-style `embed-size` listener. The iframe's
// height must follow the app's content — after load, after a search fills the quotes view, after
// a switch to the outlets view — the site chrome must be hidden, and every message the host gets
// from the app must be a height message in one of the three conventions.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { TIMEOUT, shared } from '../lib/harness.mjs';

const require = createRequire(import.meta.url);
const PYM_PATH = require.resolve('pym.js/dist/pym.v1.min.js');

/** How far (px) the iframe may be from the content height: rounding of fractional layout. */
const SLACK = 3;

/** The host's pym page: pym's parent library builds the iframe inside `#container`. */
function pymPage(appUrl) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host with pym.js</title></head>
<body style="margin:0">
<h1>A newsroom article</h1>
<div id="container"></div>
<p>After the embed.</p>
<script src="/pym.v1.min.js"></script>
<script>
  window.received = [];
  window.addEventListener('message', function (e) {
    window.received.push({ origin: e.origin, fromFrame: e.source === document.querySelector('#container iframe').contentWindow, data: e.data });
  });
  window.pymParent = new pym.Parent('container', ${JSON.stringify(appUrl)}, { title: 'Parallax' });
</script>
</body></html>`;
}

/** The host's AMP-style page: a plain iframe whose height the host sets from `embed-size`. */
function ampPage(appUrl) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host with an AMP-style listener</title></head>
<body style="margin:0">
<h1>A newsroom article</h1>
<iframe id="frame" title="Parallax" src="${appUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"
        style="display:block;border:0;width:100%;height:150px" scrolling="no"></iframe>
<p>After the embed.</p>
<script>
  window.received = [];
  var frame = document.getElementById('frame');
  window.addEventListener('message', function (e) {
    window.received.push({ origin: e.origin, fromFrame: e.source === frame.contentWindow, data: e.data });
    var d = e.data;
    if (e.source === frame.contentWindow && d && typeof d === 'object' && d.sentinel === 'amp' && d.type === 'embed-size') {
      frame.style.height = d.height + 'px';
    }
  });
</script>
</body></html>`;
}

/**
 * The host: a second static server on its own port (so another origin than the app's), serving
 * the two host pages and pym.js from node_modules.
 */
async function serveHost(appBase) {
  const pymJs = await readFile(PYM_PATH);
  const pages = {
    '/pym.html': pymPage(`${appBase}?embed=1#/quotes`),
    '/amp.html': ampPage(`${appBase}?embed=1&view=quotes`),
  };
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/pym.v1.min.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(pymJs);
    } else if (pages[path]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(pages[path]);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/**
 * Polls `probe` until it returns a truthy value (then returns it); fails after TIMEOUT with the
 * last value seen. For conditions that span two origins, where no single waitForFunction can look.
 */
async function until(what, probe) {
  const deadline = Date.now() + TIMEOUT;
  let last;
  for (;;) {
    last = await probe();
    if (last?.ok) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The iframe's rendered height in the host, and the app's content height inside it. */
async function heights(page, iframeSelector, frame) {
  const iframe = await page.$eval(iframeSelector, (el) => el.getBoundingClientRect().height);
  const inside = await frame.evaluate(() => ({
    content: document.body.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
    viewport: window.innerHeight,
  }));
  return { iframe, ...inside };
}

/** Waits until the iframe is as tall as the app's content (and nothing overflows it). */
async function fits(page, iframeSelector, frame, what, extra = () => true) {
  return until(`the iframe to fit the content ${what}`, async () => {
    const h = await heights(page, iframeSelector, frame);
    const ok =
      h.content > 150 &&
      Math.abs(h.iframe - h.content) <= SLACK &&
      h.scroll <= h.viewport + SLACK &&
      extra(h);
    return { ...h, ok };
  });
}

/** Classifies one message the host received; `null` when it is not a height message. */
function heightMessage(data, childId) {
  if (typeof data === 'string') {
    const m = /^pymxPYMx(.+)xPYMxheightxPYMx(\d+)$/.exec(data);
    return m && m[1] === childId ? { kind: 'pym', height: Number(m[2]) } : null;
  }
  if (data && typeof data === 'object') {
    const keys = Object.keys(data).sort().join(',');
    if (keys === 'height,sentinel,type' && data.sentinel === 'amp' && data.type === 'embed-size' && Number.isInteger(data.height)) {
      return { kind: 'amp', height: data.height };
    }
    const dw = data['datawrapper-height'];
    if (keys === 'datawrapper-height' && dw && typeof dw === 'object') {
      const entries = Object.entries(dw);
      if (entries.length === 1 && Number.isInteger(entries[0][1])) {
        return { kind: 'datawrapper', id: entries[0][0], height: entries[0][1] };
      }
    }
  }
  return null;
}

/** Every message the host received, checked: from the app's origin and frame, height only. */
async function checkMessages(page, appOrigin, { childId, datawrapperId }) {
  const received = await page.evaluate(() => window.received);
  assert.ok(received.length > 0, 'the host received height messages');
  const kinds = new Set();
  for (const m of received) {
    assert.equal(m.origin, appOrigin, `a message from another origin: ${JSON.stringify(m)}`);
    assert.ok(m.fromFrame, `a message not from the embed's frame: ${JSON.stringify(m)}`);
    const h = heightMessage(m.data, childId);
    assert.ok(h, `the app sent something that is not a height message: ${JSON.stringify(m.data)}`);
    assert.ok(h.height > 0, `a height of ${h.height}`);
    if (h.kind === 'datawrapper') assert.equal(h.id, datawrapperId);
    kinds.add(h.kind);
  }
  const want = childId ? ['amp', 'datawrapper', 'pym'] : ['amp', 'datawrapper'];
  assert.deepEqual([...kinds].sort(), want, 'the conventions used');
  return received.map((m) => heightMessage(m.data, childId));
}

/** Embed mode: the site chrome is there in the DOM but hidden; the view's own heading shows. */
async function checkChromeHidden(frame) {
  assert.ok(await frame.evaluate(() => document.body.classList.contains('embed')), 'body.embed');
  for (const sel of ['.masthead', '.site-header .note', '.site-footer', '.embed-tool']) {
    const loc = frame.locator(sel);
    assert.ok((await loc.count()) >= 1, `${sel} is rendered`);
    for (const el of await loc.all()) assert.ok(await el.isHidden(), `${sel} is hidden in embed mode`);
  }
  assert.ok(await frame.locator('main h1').first().isVisible(), 'the view heading shows');
}

/** Collects page errors and console errors of the host page and its frames. */
function watch(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console error: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  return problems;
}

/**
 * The scenario both hosts run: the iframe fits the content after load; typing a search in the
 * quotes view fills it with results and the iframe follows; switching to the outlets view
 * (its nav link, as a reader would) changes the height again and the iframe follows.
 */
async function heightFollowsContent(page, iframeSelector, frame) {
  await frame.locator('main h1').first().waitFor({ state: 'visible' });
  assert.equal((await frame.locator('main h1').first().innerText()).trim(), 'Quotes');
  const loaded = await fits(page, iframeSelector, frame, 'after load');

  await frame.locator('#quote-search').fill('deal');
  await frame.locator('article.quote-card mark').first().waitFor();
  const searched = await fits(page, iframeSelector, frame, 'after a search', (h) => Math.abs(h.content - loaded.content) > 20);

  await frame.locator('nav a.nav-link', { hasText: 'Outlets' }).click();
  await frame.locator('main h1', { hasText: 'Outlets' }).waitFor();
  await frame.locator('table.matrix').waitFor();
  const outlets = await fits(page, iframeSelector, frame, 'on the outlets view', (h) => Math.abs(h.content - searched.content) > 20);
  return { loaded, searched, outlets };
}

describe('embeds: a host page on another port', () => {
  let app;
  let host;
  let browser;
  before(async () => {
    ({ url: app, browser } = await shared());
    host = await serveHost(app);
  });
  after(async () => {
    await host?.close();
  });

  /** A fresh host page at 1000×800 (the iframe is as wide as the host's body). */
  async function hostPage(path) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const problems = watch(page);
    page.on('close', () => context.close().catch(() => {}));
    await page.goto(host.url + path, { waitUntil: 'load' });
    return Object.assign(page, { problems });
  }

  test('the host is another origin than the app', () => {
    assert.notEqual(new URL(host.url).origin, new URL(app).origin);
  });

  test('pym.js parent: the iframe height follows the content; chrome hidden; only height messages', async () => {
    const page = await hostPage('/pym.html');
    try {
      const handle = await page.waitForSelector('#container iframe');
      const src = await handle.getAttribute('src');
      assert.match(src, /[?&]childId=container(&|#|$)/, `pym adds childId: ${src}`);
      assert.match(src, /#\/quotes$/, `pym keeps the route: ${src}`);
      const frame = await handle.contentFrame();
      assert.ok(frame, 'the iframe has a frame');

      const seen = await heightFollowsContent(page, '#container iframe', frame);
      // pym sets the attribute from the child's last pym message.
      const attr = await handle.getAttribute('height');
      assert.match(attr ?? '', /^\d+px$/, `pym set the height attribute: ${attr}`);
      assert.ok(Math.abs(parseInt(attr, 10) - seen.outlets.content) <= SLACK, `height ${attr} vs content ${seen.outlets.content}`);

      await checkChromeHidden(frame);

      // pym's parent sends `width` (on load and resize); the child answers with its height even
      // when it has not changed, as pym's own child does.
      const before = await page.evaluate(() => window.received.length);
      await page.evaluate(() => window.pymParent.sendWidth());
      const answer = await until('a height answer to a pym width message', async () => {
        const r = await page.evaluate(() => window.received.map((m) => m.data));
        const pym = r.slice(before).find((d) => typeof d === 'string' && d.startsWith('pymxPYMx'));
        return { ok: Boolean(pym), pym };
      });
      assert.equal(answer.pym, `pymxPYMxcontainerxPYMxheightxPYMx${parseInt(attr, 10)}`);

      const messages = await checkMessages(page, new URL(app).origin, { childId: 'container', datawrapperId: 'container' });
      // The three conventions carry the same heights, in step.
      const pymHeights = messages.filter((m) => m.kind === 'pym').map((m) => m.height);
      const ampHeights = messages.filter((m) => m.kind === 'amp').map((m) => m.height);
      assert.deepEqual(pymHeights, ampHeights, 'pym and AMP messages report the same heights');
      assert.ok(new Set(pymHeights).size >= 3, `the height was reported as it changed: ${pymHeights.join(', ')}`);
      assert.deepEqual(page.problems, [], 'the host page or the embed reported errors');
    } finally {
      await page.close();
    }
  });

  test('plain iframe with an AMP-style listener: the height follows the content; only height messages', async () => {
    const page = await hostPage('/amp.html');
    try {
      const handle = await page.waitForSelector('#frame');
      const frame = await handle.contentFrame();
      assert.ok(frame, 'the iframe has a frame');
      // `view=quotes` picked the starting view; the route is in the frame's hash.
      await frame.locator('main h1', { hasText: 'Quotes' }).waitFor();
      assert.match(frame.url(), /#\/quotes/);

      const seen = await heightFollowsContent(page, '#frame', frame);
      assert.notEqual(Math.round(seen.loaded.iframe), 150, 'the iframe left its initial 150 px');

      await checkChromeHidden(frame);
      // Without pym's childId there are no pym messages; Datawrapper uses the default id.
      await checkMessages(page, new URL(app).origin, { childId: null, datawrapperId: 'parallax' });
      assert.deepEqual(page.problems, [], 'the host page or the embed reported errors');
    } finally {
      await page.close();
    }
  });
});
