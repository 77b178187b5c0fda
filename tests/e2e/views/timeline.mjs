// `#/timeline`: merged events on an SVG axis, the ordered-list twin, selection in the URL.
import assert from 'node:assert/strict';
import { heading, view } from '../lib/harness.mjs';

view('timeline', '#/timeline', ({ test, open }) => {
  test('draws events on the axis and lists them in order; selecting one shows each wording', async () => {
    const page = await open();
    try {
      assert.equal(await heading(page), 'Timeline');
      const markers = await page.locator('svg.chart .marker').count();
      const items = await page.locator('ol.event-list > li').count();
      assert.ok(items >= 5, `expected several events, got ${items}`);
      assert.equal(markers, items, 'the chart and its list show the same events');
      const years = await page.locator('ol.event-list .when').allInnerTexts();
      assert.ok(years.some((y) => y.includes('1867')) && years.some((y) => y.includes('2025')), years.join(' | '));
      await page.locator('ol.event-list a').first().click();
      await page.locator('.event-detail blockquote').first().waitFor();
      assert.match(page.url(), /#\/timeline\?event=/);
      assert.ok(await page.locator('.event-detail a', { hasText: 'Read in context' }).count() >= 1);
    } finally {
      await page.close();
    }
  });
});
