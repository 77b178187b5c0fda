// The frame every view shares: the corpus title and date in the header, the main navigation,
// and the bare site address redirecting to a default view.
import assert from 'node:assert/strict';
import { heading, view } from '../lib/harness.mjs';

const VIEW_ROUTES = ['#/timeline', '#/outlets', '#/quotes', '#/articles'];

view('home', '', ({ test, open }) => {
  test('the bare address redirects to a view route', async () => {
    const page = await open();
    try {
      const hash = await page.evaluate(() => location.hash);
      assert.ok(
        VIEW_ROUTES.some((r) => hash === r || hash.startsWith(`${r}?`)),
        `expected one of ${VIEW_ROUTES.join(', ')}, got "${hash}"`,
      );
      assert.ok((await heading(page)).length > 0, 'the default view has a heading');
    } finally {
      await page.close();
    }
  });

  test('the header shows the corpus title and event date', async () => {
    const page = await open();
    try {
      const header = (await page.locator('header').first().innerText()).replace(/\s+/g, ' ');
      assert.match(header, /Trump–Putin summit in Anchorage/);
      assert.match(header, /15 August 2025/);
    } finally {
      await page.close();
    }
  });

  test('the navigation links to Timeline, Outlets, Quotes and Articles', async () => {
    const page = await open();
    try {
      for (const [label, route] of [
        ['Timeline', '#/timeline'],
        ['Outlets', '#/outlets'],
        ['Quotes', '#/quotes'],
        ['Articles', '#/articles'],
      ]) {
        const link = page.locator('nav a', { hasText: label }).first();
        assert.equal(await link.count(), 1, `nav link "${label}"`);
        const href = (await link.getAttribute('href')) ?? '';
        assert.ok(href.endsWith(route), `nav link "${label}" points to ${route}, got "${href}"`);
      }
    } finally {
      await page.close();
    }
  });

  test('following a nav link changes the view', async () => {
    const page = await open();
    try {
      await page.locator('nav a', { hasText: 'Quotes' }).first().click();
      await page.waitForFunction(() => location.hash.startsWith('#/quotes'));
      await page.locator('main h1', { hasText: 'Quotes' }).first().waitFor();
    } finally {
      await page.close();
    }
  });
});
