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

  test('"/" focuses the box, arrows move between cards, facets filter, cards link and export', async () => {
    const page = await open();
    try {
      await page.keyboard.type('deal');
      await page.locator('article.quote-card mark').first().waitFor();
      // "/" from outside the box brings focus back to it.
      await page.locator('article.quote-card').first().focus();
      await page.keyboard.press('/');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'quote-search');
      // Arrow keys walk the result cards.
      const cards = page.locator('article.quote-card');
      assert.ok((await cards.count()) >= 2, 'two cards to walk');
      await cards.first().focus();
      await page.keyboard.press('ArrowDown');
      assert.ok(await cards.nth(1).evaluate((el) => el === document.activeElement), 'ArrowDown moved to card 2');
      await page.keyboard.press('ArrowUp');
      assert.ok(await cards.first().evaluate((el) => el === document.activeElement), 'ArrowUp moved back');
      // Each card links to its spot in the reader and offers a citation.
      const href = await cards.first().locator('a[href*="articles/"]').first().getAttribute('href');
      assert.match(href ?? '', /articles\/[^?]+\?at=\d+/);
      assert.equal(await cards.first().locator('button.copy').innerText(), 'Copy with citation');
      // Exports download the current results.
      for (const [label, name] of [['CSV', 'quotes.csv'], ['JSON', 'quotes.json']]) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: label, exact: true }).click(),
        ]);
        assert.equal(download.suggestedFilename(), name);
      }
      // A speaker facet narrows the results and lands in the URL.
      const facet = page.locator('aside.facets a.facet-link').first();
      const speaker = (await facet.innerText()).replace(/\s*\d+$/, '');
      await facet.click();
      await page.waitForURL(/speaker=/);
      await page.locator('article.quote-card').first().waitFor();
      for (const name of await page.locator('article.quote-card .speaker').allInnerTexts()) {
        assert.equal(name, speaker, 'every card is by the chosen speaker');
      }
      assert.equal(await page.locator('.result-count').getAttribute('aria-live'), 'polite');
    } finally {
      await page.close();
    }
  });
});
