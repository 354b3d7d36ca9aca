/**
 * The page's own fixed and sticky bars: a fixed header and footer across the window's width, a sticky strip that
 * bleeds to both edges, and a floating button near the right edge. While the sidebar is open none of their text or
 * controls lies under it (or under the bottom sheet), at rest and scrolled; closing leaves the page as it was: its
 * DOM, its inline styles and every bar's box.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbar } from '../../scripts/lib/browser';
import { pageSnapshot, startHarness, stopHarness, waitForAnalysis, waitForClosed, type Harness } from './support';
import { overlaps, sidebarBox, type Rect } from './ui-support';

const BARS = ['header.site', '.breaking', 'footer.bar', '#to-top'];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  mkdirSync('docs/screenshots', { recursive: true });
});
afterAll(() => stopHarness(h));

/** Each bar's box, and the boxes of every piece of text and every control inside it, in viewport coordinates. */
function barParts(page: Page) {
  return page.evaluate((selectors) =>
    selectors.map((selector) => {
      const bar = document.querySelector(selector)!;
      const parts: Array<{ what: string; left: number; top: number; right: number; bottom: number }> = [];
      const walker = document.createTreeWalker(bar, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent!.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) parts.push({ what: node.textContent!.trim(), left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      }
      for (const control of [bar, ...bar.querySelectorAll('a, button, input')]) {
        const r = control.getBoundingClientRect();
        if (control.matches('a, button, input')) parts.push({ what: control.outerHTML.slice(0, 40), left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      }
      const r = bar.getBoundingClientRect();
      return { selector, box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom }, parts };
    }),
  BARS);
}

/** The pieces that lie under our UI or outside the window (pushed off it). */
async function misplaced(page: Page, ui: Rect) {
  const viewport = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: window.innerHeight }));
  return (await barParts(page)).flatMap(({ selector, parts }) =>
    parts
      .filter((p) => overlaps(p, ui) || p.left < -0.5 || p.right > viewport.width + 0.5)
      .map((p) => `${selector}: ${p.what} at ${Math.round(p.left)}–${Math.round(p.right)} × ${Math.round(p.top)}–${Math.round(p.bottom)}`),
  );
}

/** What closing must give back: the DOM with every inline style, our sheets gone, and every bar's box. */
async function pageState(page: Page) {
  const { html, adoptedSheets } = await pageSnapshot(page);
  return { html, adoptedSheets, bars: (await barParts(page)).map(({ selector, box }) => ({ selector, box })) };
}

/** The fixture in a fresh tab of this size, its state, then the sidebar open on it; the bars' boxes as fitted. */
async function openOnBars(size: { width: number; height: number }) {
  const page = await h.browser.context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${h.origin}/layout/fixed-bars.html`);
  const before = await pageState(page);
  // Without room for them the fixed bars run across the whole window, under where our UI will be.
  expect(before.bars.find((b) => b.selector === 'header.site')!.box.right).toBe(size.width);
  await clickToolbar(h.browser, page);
  await waitForAnalysis(page);
  const ui = await sidebarBox(page);
  const fitted = Object.fromEntries((await barParts(page)).map((b) => [b.selector, b.box]));
  return { page, before, ui, fitted };
}

/** Scrolled, the sticky strip is stuck at its place under the header: nothing under our UI; closed: as it was. */
async function scrollAndClose(page: Page, ui: Rect, before: Awaited<ReturnType<typeof pageState>>) {
  await page.evaluate(() => window.scrollTo(0, 900));
  await expect.poll(() => page.evaluate(() => document.querySelector('.breaking')!.getBoundingClientRect().top)).toBe(56);
  expect(await misplaced(page, ui)).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await clickToolbar(h.browser, page);
  await waitForClosed(page);
  expect(await pageState(page)).toEqual(before);
  await page.close();
}

test.each([
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
])('$width×$height: the page’s fixed and sticky bars end where the sidebar starts, and come back as they were', async (size) => {
  const { page, before, ui, fitted } = await openOnBars(size);
  expect(ui.mode).toBe('side');
  expect(await misplaced(page, ui.rect)).toEqual([]);
  // The full-width bars are narrowed to the article's part of the window, not merely moved; the button moves beside.
  expect([fitted['header.site'], fitted['.breaking'], fitted['footer.bar']].map((b) => [b!.left, b!.right])).toEqual([
    [0, ui.rect.left],
    [0, ui.rect.left],
    [0, ui.rect.left],
  ]);
  expect(fitted['#to-top']!.right).toBeLessThanOrEqual(ui.rect.left);
  // Caret left alone: hiding it would leave an empty style attribute on the page's fields.
  await page.screenshot({ path: `docs/screenshots/fixed-bars-${size.width}x${size.height}.png`, caret: 'initial' });
  await scrollAndClose(page, ui.rect, before);
});

test('400×800: the page’s fixed footer and button rise above the bottom sheet, and come back as they were', async () => {
  const { page, before, ui, fitted } = await openOnBars({ width: 400, height: 800 });
  expect(ui.mode).toBe('sheet');
  expect(await misplaced(page, ui.rect)).toEqual([]);
  expect(fitted['footer.bar']!.bottom).toBe(ui.rect.top);
  expect(fitted['#to-top']!.bottom).toBeLessThanOrEqual(ui.rect.top);
  await page.screenshot({ path: 'docs/screenshots/fixed-bars-400x800.png', caret: 'initial' });
  await scrollAndClose(page, ui.rect, before);
});

test('a header that becomes fixed once the page is scrolled is fitted when the page comes to rest', async () => {
  const page = await h.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${h.origin}/seed/presstv-aleppo.html`);
  await page.addStyleTag({ content: 'header.site.stuck { position: fixed; top: 0; left: 0; right: 0; z-index: 3; }' });
  // The site's own script: past 200 px, the header is fixed to the top of the window.
  await page.evaluate(() => {
    const header = document.querySelector('header.site')!;
    document.addEventListener('scroll', () => header.classList.toggle('stuck', window.scrollY > 200), { passive: true });
  });
  const before = await pageSnapshot(page);
  await clickToolbar(h.browser, page);
  await waitForAnalysis(page);
  const ui = await sidebarBox(page);
  await page.mouse.move(300, 400);
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => document.querySelector('header.site')!.classList.contains('stuck'))).toBe(true);
  await expect.poll(() => page.evaluate(() => document.querySelector('header.site')!.getBoundingClientRect().right)).toBe(ui.rect.left);
  await page.mouse.wheel(0, -600);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await clickToolbar(h.browser, page);
  await waitForClosed(page);
  expect(await pageSnapshot(page)).toEqual(before);
  await page.close();
});

test('a page without an article: its fixed bar is fitted beside the sidebar that says so', async () => {
  const page = await h.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${h.origin}/no-article.html`);
  // The page's own navigation, fixed across the top of the window.
  await page.addStyleTag({ content: 'nav { position: fixed; top: 0; left: 0; right: 0; padding: 8px; background: #eee; }' });
  const before = await pageSnapshot(page);
  await clickToolbar(h.browser, page);
  const sidebar = page.getByRole('complementary', { name: 'Framing Lens' });
  await sidebar.getByRole('heading', { name: 'No article found on this page' }).waitFor();
  const ui = await sidebarBox(page);
  expect(ui.mode).toBe('side');
  await expect.poll(() => page.evaluate(() => document.querySelector('nav')!.getBoundingClientRect().right)).toBe(ui.rect.left);
  await clickToolbar(h.browser, page);
  await waitForClosed(page);
  expect(await pageSnapshot(page)).toEqual(before);
  await page.close();
});
