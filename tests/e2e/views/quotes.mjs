// `#/quotes`: search as you type, statements across outlets, facets, state in the URL.
import assert from 'node:assert/strict';
import { heading, view } from '../lib/harness.mjs';

view('quotes', '#/quotes', ({ test, open }) => {
  test('the box is focused; typing finds statements, highlights them and updates the URL', async () => {
    const page = await open();
    try {
      assert.equal(await heading(page), 'Quotes');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'quote-search');
      await page.keyboard.type('deal');
      await page.locator('article.quote-card mark').first().waitFor();
      const cards = await page.locator('article.quote-card').count();
      assert.ok(cards >= 1);
      assert.match(page.url(), /q=deal/);
      assert.match(await page.locator('.result-count').innerText(), /found/);
      // A typo still finds it.
      await page.fill('#quote-search', 'dael');
      await page.locator('article.quote-card').first().waitFor();
    } finally {
      await page.close();
    }
  });
});
