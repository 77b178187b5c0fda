// Bring your own articles (issue 7), on `#/articles`: three files — a good plain-text wire story,
// a good HTML page and a broken one (NUL bytes: read.rs refuses it as binary) — are picked with the
// file input, and in a second test dropped on the drop zone as a DataTransfer built in the page.
// "Parse and explore" hands them to the separately loaded parsing worker; when it is done the error
// list names the broken file and why, the good files are kept, and every view works on the new
// corpus (reached through the app's own navigation: the new corpus lives in memory, a reload
// would bring the embedded one back).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from '../lib/harness.mjs';

const WIRE = {
  name: 'bridge-wire.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    'Harbour Bridge reopens after two years of repairs\n\n' +
      'PORTVALE (Reuters) - The Harbour Bridge reopened to traffic on 14 March 2024 after two years of repairs, city officials said.\n\n' +
      '“The bridge will carry its first trams by Thursday,” Mayor Elena Varga said at the ribbon-cutting ceremony.\n\n' +
      'The bridge first opened in 1932 and carries 40,000 vehicles a day.\n',
  ),
};
const PAGE = {
  name: 'bridge-gazette.html',
  mimeType: 'text/html',
  buffer: Buffer.from(
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Trams return to the Harbour Bridge | Harbour Gazette</title>\n' +
      '<meta property="og:site_name" content="Harbour Gazette"></head>\n<body><article>\n' +
      '<h1>Trams return to the Harbour Bridge</h1>\n' +
      '<p>Portvale’s Harbour Bridge, closed since 2022, reopened on 14 March 2024.</p>\n' +
      '<p>“We kept every rivet we could,” chief engineer Tomas Brandt said.</p>\n' +
      '<p>Mayor Elena Varga said the first trams would cross the bridge within days.</p>\n' +
      '</article></body></html>\n',
  ),
};
/** NUL bytes (a PNG signature after a text line): "the file looks binary, not text". */
const BROKEN = {
  name: 'broken.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from([...Buffer.from('Broken upload\n'), 0, 0, 0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]),
};
const FILES = [WIRE, PAGE, BROKEN];
const HEADLINES = ['Harbour Bridge reopens after two years of repairs', 'Trams return to the Harbour Bridge'];
const BROKEN_REASON = 'the file looks binary, not text: NUL byte at offset 14';

/** Opens `#/articles`, noting every request for the parsing worker's files. */
async function openArticles() {
  const page = await open('#/articles');
  const workerRequests = [];
  page.on('request', (r) => {
    if (/parallax-worker/.test(new URL(r.url()).pathname)) workerRequests.push(r.url());
  });
  // The seed corpus is shown first.
  await page.locator('.article-list .card').first().waitFor();
  return Object.assign(page, { workerRequests });
}

/** The staged list shows the three files with their sizes. */
async function checkStaged(page) {
  await page.locator('section.import h3', { hasText: '3 files ready' }).waitFor();
  const staged = await page.locator('section.import ul.staged li').allInnerTexts();
  assert.deepEqual(
    staged.map((s) => s.trim()),
    FILES.map((f) => `${f.name} (${f.buffer.length} bytes)`),
  );
}

/** Clicks "Parse and explore" and checks the result on every view. */
async function parseAndExplore(page) {
  assert.deepEqual(page.workerRequests, [], 'the parser is not loaded before it is asked for');
  await page.getByRole('button', { name: 'Parse and explore' }).click();
  // The progress ends in a summary line (good files kept, the broken one dropped).
  await page.locator('section.import .import-done').waitFor();
  assert.equal((await page.locator('section.import .import-done').innerText()).trim(), 'Done: 2 articles now in every view.');
  assert.ok(page.workerRequests.some((u) => u.endsWith('.wasm')), `the worker wasm was fetched on demand: ${page.workerRequests.join(', ')}`);
  assert.equal(await page.locator('section.import progress').count(), 0, 'no progress bar left once done');
  assert.equal(await page.locator('section.import ul.staged').count(), 0, 'the staged files were used up');

  // The per-file error list names the broken file and its reason, and only it.
  const problems = await page.locator('section.import ul.problems li').allInnerTexts();
  assert.deepEqual(problems.map((p) => p.trim()), [`broken.txt: ${BROKEN_REASON}`]);
  // The new corpus's own list of unreadable files says the same.
  const listed = await page.locator('section.errors li').allInnerTexts();
  assert.deepEqual(listed.map((p) => p.trim()), [`broken.txt: ${BROKEN_REASON}`]);

  // The article list is the new corpus: the two good files' headlines and nothing of the seed.
  await page.locator('main .lede', { hasText: '2 articles in this corpus.' }).waitFor();
  const titles = await page.locator('.article-list .card-title').allInnerTexts();
  assert.deepEqual(titles.map((t) => t.trim()).sort(), [...HEADLINES].sort());
  const files = await page.locator('.article-list .file').allInnerTexts();
  assert.deepEqual(files.map((f) => f.trim()).sort(), [PAGE.name, WIRE.name].sort());
  const cards = await page.locator('.article-list .card').allInnerTexts();
  assert.ok(cards.some((c) => c.includes('Harbour Gazette')), 'the outlet the HTML page states (og:site_name)');

  // Timeline: the new articles' dates (1932, 2022, 14 March 2024), none of the seed's (1867).
  await page.locator('nav a.nav-link', { hasText: 'Timeline' }).click();
  await page.locator('main h1', { hasText: 'Timeline' }).waitFor();
  await page.locator('ol.event-list > li').first().waitFor();
  const when = (await page.locator('ol.event-list .when').allInnerTexts()).join(' | ');
  for (const y of ['1932', '2022', '2024']) assert.ok(when.includes(y), `timeline has ${y}: ${when}`);
  assert.ok(!when.includes('1867'), `the seed corpus's events are gone: ${when}`);

  // Outlets: the two outlets the new articles state.
  await page.locator('nav a.nav-link', { hasText: 'Outlets' }).click();
  await page.locator('main h1', { hasText: 'Outlets' }).waitFor();
  await page.locator('main', { hasText: 'Harbour Gazette' }).waitFor();
  const outlets = await page.locator('main').innerText();
  assert.ok(outlets.includes('Reuters'), 'the wire story’s outlet is shown');

  // Quotes: two quotes in all, and a search finds the HTML page's quote.
  await page.locator('nav a.nav-link', { hasText: 'Quotes' }).click();
  await page.locator('main h1', { hasText: 'Quotes' }).waitFor();
  assert.match(await page.locator('.result-count').innerText(), /from 2 quotes\./);
  await page.fill('#quote-search', 'rivet');
  await page.locator('.result-count', { hasText: '1 statement found.' }).waitFor();
  const card = page.locator('article.quote-card');
  assert.equal(await card.count(), 1);
  assert.match(await card.innerText(), /We kept every rivet we could/);
  await page.fill('#quote-search', 'trams');
  await page.locator('article.quote-card', { hasText: 'The bridge will carry its first trams by Thursday' }).waitFor();

  assert.deepEqual(page.problems, [], 'the page reported errors');
}

describe('bring your own articles (#/articles)', () => {
  test('three files picked with the file input: the broken one is listed, the two good ones are in every view', async () => {
    const page = await openArticles();
    try {
      await page.locator('section.import .dropzone input[type="file"]').setInputFiles(FILES);
      await checkStaged(page);
      await parseAndExplore(page);
    } finally {
      await page.close();
    }
  });

  test('the same three files dropped on the drop zone', async () => {
    const page = await openArticles();
    try {
      const zone = page.locator('section.import .dropzone');
      const files = FILES.map((f) => ({ name: f.name, type: f.mimeType, bytes: [...f.buffer] }));
      // A DataTransfer holding real File objects, as a drag from the desktop delivers.
      const transfer = await page.evaluateHandle((files) => {
        const dt = new DataTransfer();
        for (const f of files) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
        return dt;
      }, files);
      await zone.dispatchEvent('dragover', { dataTransfer: transfer });
      await page.locator('section.import .dropzone.dragging').waitFor();
      await zone.dispatchEvent('drop', { dataTransfer: transfer });
      await page.locator('section.import .dropzone:not(.dragging)').waitFor();
      await checkStaged(page);
      await parseAndExplore(page);
    } finally {
      await page.close();
    }
  });
});
