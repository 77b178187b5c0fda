// `#/timeline`: the timeline view. Add its content assertions here as the view grows.
import assert from 'node:assert/strict';
import { heading, view } from '../lib/harness.mjs';

view('timeline', '#/timeline', ({ test, open }) => {
  test('has the heading "Timeline"', async () => {
    const page = await open();
    try {
      assert.equal(await heading(page), 'Timeline');
    } finally {
      await page.close();
    }
  });
});
