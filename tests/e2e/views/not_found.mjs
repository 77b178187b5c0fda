// An unknown route shows the not-found view with a way back.
import assert from 'node:assert/strict';
import { view } from '../lib/harness.mjs';

view('not-found', '#/nope', ({ test, open }) => {
  test('says the page is not found and links home', async () => {
    const page = await open();
    try {
      assert.match(await page.locator('main').innerText(), /not found|no such|doesn.t exist|does not exist/i);
      const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      const home = hrefs.filter((h) => /(^|#)\/?$|#\/(timeline|outlets|quotes|articles)$/.test(h) || h === '/');
      assert.ok(home.length > 0, `a link home among: ${hrefs.join(', ') || '(none)'}`);
    } finally {
      await page.close();
    }
  });
});
