/** The look chosen on the options page reaches an open sidebar at once: side, width, theme and text size. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SIDEBAR_HOST } from '../../scripts/lib/browser';
import { highlightRects, overlaps, sidebarBox } from './ui-support';
import { openAnalysed, startHarness, stopHarness, type Harness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => stopHarness(h));

/** The sidebar's own background colour and base font size, as rendered. */
const looks = (page: Page) =>
  page.evaluate((tag) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    const aside = root.querySelector('aside')!;
    const style = getComputedStyle(aside);
    return { background: style.backgroundColor, fontSize: Number.parseFloat(getComputedStyle(root.querySelector('.root')!).fontSize) };
  }, SIDEBAR_HOST);

test('side, width, theme and text size apply to the open sidebar, and the page keeps its room', async () => {
  const { page: article } = await openAnalysed(h, '/seed/presstv-aleppo.html');
  await article.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(async () => (await sidebarBox(article)).edge).toBe('right');
  const before = await looks(article);

  const options = await h.browser.context.newPage();
  await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
  await options.getByRole('radio', { name: 'On the left' }).check();
  await expect.poll(async () => (await sidebarBox(article)).edge).toBe('left');

  const width = options.locator('input[name="sidebarWidth"]');
  await width.fill('500');
  await width.dispatchEvent('change');
  await expect.poll(async () => Math.round((await sidebarBox(article)).rect.right - (await sidebarBox(article)).rect.left)).toBe(500);
  // The page moved aside: no highlight in view sits under the wider sidebar.
  const box = await sidebarBox(article);
  const inView = (await highlightRects(article)).filter((word) => word.bottom > 0 && word.top < box.viewport.height);
  expect(inView.length).toBeGreaterThan(0);
  expect(inView.filter((word) => overlaps(word, box.rect)).map((word) => word.text)).toEqual([]);

  await options.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(async () => (await looks(article)).background).not.toBe(before.background);
  await options.getByRole('radio', { name: 'Large' }).check();
  await expect.poll(async () => (await looks(article)).fontSize).toBeGreaterThan(before.fontSize);
});
