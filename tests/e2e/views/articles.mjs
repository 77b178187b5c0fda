// `#/articles`: the list of the corpus's articles, each linking to its reader, with word counts.
import assert from 'node:assert/strict';
import { heading, view } from '../lib/harness.mjs';

/** The seed corpus (corpus/alaska-summit) has five articles. */
export const ARTICLE_COUNT = 5;

/** The distinct `#/articles/<id>` links inside `main`. */
export async function articleLinks(page) {
  const hrefs = await page
    .locator('main a[href*="#/articles/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map((h) => h.slice(h.indexOf('#'))))];
}

view('articles', '#/articles', ({ test, open }) => {
  test('lists every article with a link to its reader and a word count', async () => {
    const page = await open();
    try {
      assert.equal(await heading(page), 'Articles');
      const links = await articleLinks(page);
      assert.equal(links.length, ARTICLE_COUNT, `links: ${links.join(', ')}`);
      for (const l of links) assert.match(l, /^#\/articles\/[^/?#]+$/);
      const text = await page.locator('main').innerText();
      const counts = text.match(/\b\d[\d,]*\s+words\b/gi) ?? [];
      assert.ok(counts.length >= ARTICLE_COUNT, `word counts shown: ${counts.length}`);
    } finally {
      await page.close();
    }
  });

  test('an article whose outlet the text does not give says so', async () => {
    // corpus.toml names no outlet and most seed files carry no masthead: never a guessed outlet.
    const page = await open();
    try {
      assert.match(await page.locator('main').innerText(), /Outlet not stated/);
    } finally {
      await page.close();
    }
  });
});
