// `#/quotes`: the quotes view. Add its content assertions here as the view grows.
import assert from 'node:assert/strict';
import { heading, view } from '../lib/harness.mjs';

view('quotes', '#/quotes', ({ test, open }) => {
  test('has the heading "Quotes"', async () => {
    const page = await open();
    try {
      assert.equal(await heading(page), 'Quotes');
    } finally {
      await page.close();
    }
  });
});
