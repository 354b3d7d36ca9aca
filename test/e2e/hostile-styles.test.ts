/**
 * Pages whose own styles would move or cover an ordinary fixed sidebar: a transformed and filtered body (which makes
 * `position: fixed` scroll with the page), a header at the maximum z-index, zoom on the root, and a page popover
 * shown after ours. The sidebar lives in the top layer: it stays in place, on top, and at its own size.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbar, SIDEBAR_HOST } from '../../scripts/lib/browser';
import { startHarness, stopHarness, waitForAnalysis, type Harness } from './support';
import { highlightRects, sidebarBox } from './ui-support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => stopHarness(h));

async function openOn(css: string, html = ''): Promise<Page> {
  const page = await h.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${h.origin}/seed/presstv-aleppo.html`);
  await page.addStyleTag({ content: css });
  if (html) await page.evaluate((markup) => document.body.insertAdjacentHTML('afterbegin', markup), html);
  await clickToolbar(h.browser, page);
  await waitForAnalysis(page);
  return page;
}

/** Whether the page's own hit test at the centre of each of our bar's buttons finds our UI (not something on top). */
function barButtonsOnTop(page: Page) {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag)!;
    return [...host.shadowRoot!.querySelectorAll('.bar button')].map((b) => {
      const r = b.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === host;
    });
  }, SIDEBAR_HOST);
}

test('a transformed, filtered body: the sidebar stays put while the page scrolls', async () => {
  const page = await openOn('body { transform: translateX(0); filter: saturate(1.2); will-change: transform; }');
  const before = await sidebarBox(page);
  expect(before.rect.top).toBe(0);
  await page.evaluate(() => window.scrollTo(0, 900));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(900);
  expect((await sidebarBox(page)).rect).toEqual(before.rect);
  expect(await barButtonsOnTop(page)).toEqual([true, true, true]);
  await page.close();
});

test('a header at the maximum z-index does not cover Close, Export or Settings', async () => {
  const page = await openOn(
    '#hostile-header { position: fixed; top: 0; left: 0; right: 0; height: 80px; z-index: 2147483647; background: #800; }',
    '<header id="hostile-header">Site header</header>',
  );
  expect(await barButtonsOnTop(page)).toEqual([true, true, true]);
  await page.close();
});

test("zoom on the page's root leaves the sidebar at its own size, inside the window, beside the text", async () => {
  const page = await openOn('html { zoom: 1.5; }');
  const box = await sidebarBox(page);
  expect(box.rect.right).toBeLessThanOrEqual(box.viewport.width);
  expect(box.rect.bottom).toBeLessThanOrEqual(box.viewport.height);
  expect(Math.round(box.rect.right - box.rect.left)).toBe(380);
  // The room the page gives is scaled back too: no highlighted word lies in the sidebar's column.
  const rects = await highlightRects(page);
  expect(rects.length).toBeGreaterThan(20);
  expect(rects.filter((r) => r.right > box.rect.left)).toEqual([]);
  expect(await barButtonsOnTop(page)).toEqual([true, true, true]);
  await page.close();
});

test('a page popover shown after ours does not cover the sidebar', async () => {
  const page = await openOn('#page-popover { inset: 0; width: 100vw; height: 100vh; margin: 0; background: #ddd; }', '<div id="page-popover" popover="manual">Page overlay</div>');
  await page.evaluate(() => document.querySelector<HTMLElement>('#page-popover')!.showPopover());
  await expect.poll(() => barButtonsOnTop(page)).toEqual([true, true, true]);
  await page.close();
});
