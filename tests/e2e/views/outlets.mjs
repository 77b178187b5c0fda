// `#/outlets`: the outlets view. Add its content assertions here as the view grows.
import assert from 'node:assert/strict';
import { heading, view } from '../lib/harness.mjs';

view('outlets', '#/outlets', ({ test, open }) => {
  test('has the heading "Outlets"', async () => {
    const page = await open();
    try {
      assert.equal(await heading(page), 'Outlets');
      assert.ok((await page.locator('table.matrix tbody tr').count()) >= 3, 'a coverage matrix with facts');
      assert.ok((await page.locator('figure.heatmap rect').count()) >= 4, 'an overlap heatmap');
      await page.locator('.outlets select').nth(1).selectOption({ index: 1 });
      await page.locator('.outlets select').nth(2).selectOption({ index: 2 });
      await page.locator('.sbs-row').nth(1).waitFor();
      assert.match(page.url(), /a=.*&b=|b=.*&a=/);
    } finally {
      await page.close();
    }
  });
});
