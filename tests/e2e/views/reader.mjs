// `#/articles/<id>`: the reader, for every article in the list. The cleaned text must be shown
// and page furniture from the scraped files ("Advertisement", "Send Push") must be gone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { open, screenshot, VIEWPORTS } from '../lib/harness.mjs';
import { ARTICLE_COUNT, articleLinks } from './articles.mjs';

test('reader: every article opens with its cleaned text', async (t) => {
  const list = await open('#/articles');
  const links = await articleLinks(list).finally(() => list.close());
  assert.equal(links.length, ARTICLE_COUNT);
  for (const [i, route] of links.entries()) {
    await t.test(route, async () => {
      for (const vp of VIEWPORTS) {
        const page = await open(route, vp);
        try {
          const article = page.locator('main article').first();
          await article.waitFor({ state: 'visible' });
          const text = await article.innerText();
          assert.ok(text.split(/\s+/).length > 100, `article text is too short (${text.length} chars)`);
          assert.doesNotMatch(text, /^\s*Advertisement\s*$/m);
          assert.doesNotMatch(text, /Send Push/);
          if (i === 0) await screenshot(page, `reader-${vp.width}x${vp.height}`);
          assert.deepEqual(page.problems, [], 'the page reported errors');
        } finally {
          await page.close();
        }
      }
    });
  }
});
