// `#/outlets`: the outlets view. Add its content assertions here as the view grows.
import assert from 'node:assert/strict';
import { heading, view } from '../lib/harness.mjs';

view('outlets', '#/outlets', ({ test, open }) => {
  test('has the heading "Outlets"', async () => {
    const page = await open();
    try {
      assert.equal(await heading(page), 'Outlets');
    } finally {
      await page.close();
    }
  });
});
