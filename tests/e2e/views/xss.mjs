// Hostile article text in the browser (issue 8): OWASP XSS cheat-sheet vectors inside a headline,
// quotes, body text, an HTML page's escaped text and a file name are imported with "Bring your
// own articles", and every view that shows them is opened. Each vector would set `window.__pwned`
// if it ever ran. The test checks, on every view, that:
//   - nothing set `window.__pwned` (a trap records any attempt, even one the CSP would block);
//   - no Content-Security-Policy violation was reported (a blocked inline handler or script
//     would be one — the app must never even create the element);
//   - the DOM holds none of the injected elements or attributes (img/svg/iframe/object/embed/
//     math/script from the text, `on…` attributes, `javascript:` links);
//   - the vectors are on the page as literal text.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, screenshot } from '../lib/harness.mjs';

const VECTORS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '<svg/onload=window.__pwned=3>',
  '<iframe src="javascript:window.__pwned=4"></iframe>',
  '"><script>window.__pwned=5</script>',
  '<a href="javascript:window.__pwned=6">click me</a>',
  '<body onload=window.__pwned=7>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=8>',
  '<object data="javascript:window.__pwned=9"></object>',
  '<details open ontoggle=window.__pwned=10>',
  '{{constructor.constructor(\'window.__pwned=11\')()}}',
  '<IMG SRC=`javascript:window.__pwned=12`>',
];

const HOSTILE_NAME = '<img src=x onerror=window.__pwned=13>.txt';
const TEXT = {
  name: HOSTILE_NAME,
  mimeType: 'text/plain',
  buffer: Buffer.from(
    `Mayor posts <img src=x onerror="window.__pwned=14"> to the council site\n\n` +
      `CITYVILLE — The council site showed ${VECTORS[0]} on 3 March 2024, officials said.\n\n` +
      `“I typed ${VECTORS[1]} into the form,” Mayor Ana Silva said. “Then ${VECTORS[2]} appeared.”\n\n` +
      `${VECTORS.slice(3).join(' and ')} were also found in the archive.\n`,
  ),
};
/** An HTML page whose text (escaped in the source) is itself markup once decoded. */
const PAGE = {
  name: 'escaped.html',
  mimeType: 'text/html',
  buffer: Buffer.from(
    '<!doctype html><html><head><title>Escaped markup in the archive</title>' +
      '<script>window.__pwned=15</script></head><body><article>' +
      '<h1>Escaped markup in the archive</h1>' +
      '<p>The archive held &lt;script&gt;window.__pwned=16&lt;/script&gt; on 4 March 2024.</p>' +
      '<p>“We removed &lt;img src=x onerror=window.__pwned=17&gt; at once,” clerk Ben Ortiz said.</p>' +
      '<iframe src="javascript:window.__pwned=18"></iframe><p onclick="window.__pwned=19">Plain paragraph.</p>' +
      '</article></body></html>',
  ),
};

/** Installs the trap and the CSP listener in the running page (the corpus lives in memory). */
async function arm(page) {
  await page.evaluate(() => {
    window.__attempts = [];
    window.__violations = [];
    Object.defineProperty(window, '__pwned', {
      configurable: false,
      get: () => undefined,
      set: (v) => window.__attempts.push(String(v)),
    });
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
    );
  });
}

/** What the current view's DOM holds that injected markup would have made. */
async function injected(page) {
  return page.evaluate(() => {
    const found = [];
    const main = document.querySelector('main') ?? document.body;
    for (const sel of ['img', 'iframe', 'object', 'embed', 'math', 'details:not(.variants):not(.legend)', 'body body', 'main script', 'main style']) {
      for (const el of main.querySelectorAll(sel)) found.push(`<${el.tagName.toLowerCase()}>`);
    }
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`${el.tagName.toLowerCase()}[${a.name}]`);
        if (/^\s*javascript:/i.test(a.value)) found.push(`${el.tagName.toLowerCase()}[${a.name}=${a.value}]`);
      }
    }
    // The app draws two charts (the timeline's svg.chart and the heatmap's svg[role=img]); any
    // other <svg> would come from article text.
    for (const el of main.querySelectorAll('svg:not(.chart):not([role="img"])')) found.push(`<svg ${el.outerHTML.slice(0, 40)}>`);
    return { found, attempts: window.__attempts, violations: window.__violations };
  });
}

async function check(page, where) {
  // Give late effects (timers, observers) a moment to run.
  await page.waitForTimeout(300);
  const r = await injected(page);
  assert.deepEqual(r.attempts, [], `${where}: injected script ran`);
  assert.deepEqual(r.violations, [], `${where}: CSP violations (something tried to run)`);
  assert.deepEqual(r.found, [], `${where}: injected elements or attributes in the DOM`);
}

async function go(page, name) {
  await page.locator('nav a.nav-link', { hasText: name }).click();
  await page.locator('main h1', { hasText: name }).waitFor();
}

describe('hostile article text (XSS vectors) never runs', () => {
  test('vectors in headline, quotes, text, an HTML page and a file name are shown as text on every view', async () => {
    const page = await open('#/articles');
    try {
      await page.locator('.article-list .card').first().waitFor();
      await arm(page);
      await page.locator('section.import .dropzone input[type="file"]').setInputFiles([TEXT, PAGE]);
      await page.locator('section.import h3', { hasText: '2 files ready' }).waitFor();
      // The hostile file name is listed literally.
      assert.ok((await page.locator('section.import ul.staged').innerText()).includes(HOSTILE_NAME));
      await page.getByRole('button', { name: 'Parse and explore' }).click();
      await page.locator('section.import .import-done').waitFor();

      // Articles: the hostile headline and file name as text.
      const list = await page.locator('.article-list').innerText();
      assert.ok(list.includes('<img src=x onerror="window.__pwned=14">'), `headline as text: ${list}`);
      assert.ok(list.includes(HOSTILE_NAME), 'file name as text');
      assert.ok(list.includes('Escaped markup in the archive'));
      await check(page, 'articles');

      // Reader of each article: the vectors as text.
      for (const title of ['Mayor posts', 'Escaped markup']) {
        await page.locator('.article-list .card-title a', { hasText: title }).first().click();
        await page.locator('main article, main .reader').first().waitFor();
        const text = await page.locator('main').innerText();
        if (title === 'Mayor posts') {
          for (const v of [VECTORS[0], VECTORS[1], VECTORS[2], VECTORS[6]]) assert.ok(text.includes(v), `reader shows ${v} as text`);
        } else {
          assert.ok(text.includes('<script>window.__pwned=16</script>'), 'decoded entity text stays text');
          assert.ok(!text.includes('window.__pwned=15'), 'the page’s own <script> is dropped, not shown');
        }
        await check(page, `reader: ${title}`);
        await screenshot(page, `xss-reader-${title.split(' ')[0].toLowerCase()}`);
        await go(page, 'Articles');
      }

      // Quotes: the hostile quotes as text, in search results too.
      await go(page, 'Quotes');
      await page.fill('#quote-search', 'typed');
      await page.locator('article.quote-card').first().waitFor();
      assert.ok((await page.locator('article.quote-card').first().innerText()).includes(VECTORS[1]));
      await check(page, 'quotes');

      // Timeline and Outlets show sentences and labels from the same text.
      await go(page, 'Timeline');
      await page.locator('ol.event-list > li').first().waitFor();
      await check(page, 'timeline');
      await go(page, 'Outlets');
      await check(page, 'outlets');
      await screenshot(page, 'xss-outlets');
      assert.deepEqual(page.problems, [], 'the page reported errors');
    } finally {
      await page.close();
    }
  });
});
