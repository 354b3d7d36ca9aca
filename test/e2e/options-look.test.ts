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

/**
 * How the text of the first highlighted word of each kind is styled, as the browser resolves it for that word's own
 * element: the rules sit on the page's root and reach every element beneath it by highlight inheritance.
 */
const markedStyles = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, { line: string; style: string; background: string }> = {};
    for (const [name, highlight] of CSS.highlights.entries()) {
      if (!name.startsWith('framing-lens-')) continue;
      const first = [...highlight][0] as Range | undefined;
      const element = first?.startContainer.parentElement;
      if (!element) continue;
      const style = getComputedStyle(element, `::highlight(${name})`);
      // Reported by kind: the names carry a random suffix, new for every opening.
      out[name.replace(/-[a-z0-9]{8}$/, '')] = { line: style.textDecorationLine, style: style.textDecorationStyle, background: style.backgroundColor };
    }
    return out;
  });

test("each kind's mark reaches the highlighted words inside the page's elements, and a change of look on the options page restyles them", async () => {
  const { page: article } = await openAnalysed(h, '/seed/presstv-aleppo.html');
  // The words sit in paragraphs several elements below the root, where the rules are.
  expect(await article.evaluate(() => {
    const range = [...CSS.highlights.entries()].find(([name]) => name.startsWith('framing-lens-framing-'))![1].values().next().value as Range;
    let depth = 0;
    for (let el = range.startContainer.parentElement; el && el !== document.documentElement; el = el.parentElement) depth++;
    return depth;
  })).toBeGreaterThanOrEqual(2);
  expect(await markedStyles(article)).toMatchObject({
    'framing-lens-framing': { line: 'underline', style: 'wavy', background: 'rgba(234, 88, 12, 0.1)' },
    'framing-lens-context': { line: 'underline', style: 'dotted', background: 'rgba(0, 0, 0, 0)' },
  });

  const options = await h.browser.context.newPage();
  await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
  await options.getByRole('group', { name: 'Named actors' }).getByRole('radio', { name: 'Tinted background' }).check();
  await expect.poll(async () => (await markedStyles(article))['framing-lens-context']?.background).toBe('rgba(59, 130, 246, 0.22)');
  expect((await markedStyles(article))['framing-lens-framing']?.style).toBe('wavy');
  await options.close();
  await article.close();
});
