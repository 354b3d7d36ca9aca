/**
 * Room, not overlay: at 1280×800, 800×600 and 400×800, on the seed and two long real pages, the sidebar never covers
 * a highlighted word. Beside the article (wide windows) no highlight anywhere on the page lies under it; as a bottom
 * sheet (narrow windows) the page can scroll its last line above the sheet. Moving to any finding from the sidebar
 * lands its word on screen and uncovered. Closing restores the page exactly. Screenshots of each size in both themes
 * go to docs/screenshots/ for the README.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clickToolbar, SIDEBAR_HOST } from '../../scripts/lib/browser';
import { sidebarHostCount, startHarness, stopHarness, waitForAnalysis, type Harness } from './support';
import { focused, highlightRects, overlaps, sidebarBox } from './ui-support';

const PAGES = [
  ['seed', '/seed/presstv-aleppo.html'],
  ['bbc-1', '/pages/readability-bbc-1/source.html'],
  ['cnn', '/pages/postlight-www.cnn.com/source.html'],
] as const;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
  { width: 400, height: 800 },
] as const;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  mkdirSync('docs/screenshots', { recursive: true });
});
afterAll(() => stopHarness(h));

/** What giving the page room changes, and closing must restore: the root's attributes, sheets and box sizes.
 * (Page scripts run here, so the whole-DOM comparison is left to the seed journey and the real-pages test.) */
function layoutSnapshot(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const body = document.body.getBoundingClientRect();
    return {
      rootAttributes: [...root.attributes].map((a) => `${a.name}=${a.value}`),
      adoptedSheets: document.adoptedStyleSheets.length,
      bodyBox: [body.left, body.width],
      overflow: root.scrollWidth - root.clientWidth,
      height: root.scrollHeight,
    };
  });
}

describe.each(PAGES)('%s', (name, path) => {
  test.each(SIZES)('$width×$height: no highlight under the sidebar; every finding lands in view; closing restores the page', async (size) => {
    const page = await h.browser.context.newPage();
    await page.setViewportSize(size);
    // Instant scrolling: the smooth kind is covered by the keyboard journey, and is slow on 20 000 px pages.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${h.origin}${path}`, { waitUntil: 'domcontentloaded' });
    const before = await layoutSnapshot(page);
    const overflowBefore = before.overflow;

    await clickToolbar(h.browser, page);
    await waitForAnalysis(page);
    const box = await sidebarBox(page);
    expect(box.mode).toBe(size.width < 700 ? 'sheet' : 'side');

    const rects = await highlightRects(page);
    let covered = 0;
    let endBelowSheet = 0; // how far the page's last line stays below the sheet's top edge at most scroll (sheet only)
    if (box.mode === 'side') {
      // The sidebar runs the window's full height: any highlight in its column, at any scroll, would be covered.
      covered = rects.filter((r) => r.left < box.rect.right && r.right > box.rect.left).length;
    } else {
      // As a sheet: the page can scroll its very end above the sheet, and there nothing highlighted is under it.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      endBelowSheet = (await page.evaluate(() => document.body.getBoundingClientRect().bottom)) - box.rect.top;
      covered = (await highlightRects(page)).filter((r) => overlaps(r, box.rect)).length;
    }
    expect(endBelowSheet).toBeLessThanOrEqual(1);
    expect(covered, 'highlights under our UI').toBe(0);
    const overflowOpen = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    // Every finding in the list, opened from the keyboard, marks its first occurrence on screen, beside the sidebar.
    const ids = await page.evaluate((tag) => [...document.querySelector(tag)!.shadowRoot!.querySelectorAll<HTMLElement>('li[data-entry-id]')].map((li) => li.dataset.entryId!), SIDEBAR_HOST);
    let landedCovered = 0;
    for (const id of ids) {
      await page.evaluate(
        ({ tag, entry }) => document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>(`li[data-entry-id="${entry}"] .item-head`)!.focus(),
        { tag: SIDEBAR_HOST, entry: id },
      );
      await page.keyboard.press('Enter');
      // The mark is set at once; the scroll may be smooth: wait until it has settled with the word on screen.
      await expect
        .poll(async () => {
          const mark = await highlightRects(page, ['framing-lens-current']);
          return mark.length > 0 && mark.every((r) => r.top >= 0 && r.bottom <= box.viewport.height);
        }, { timeout: 5000 })
        .toBe(true);
      const mark = await highlightRects(page, ['framing-lens-current']);
      if (mark.some((r) => overlaps(r, box.rect))) landedCovered++;
      await page.keyboard.press('Enter'); // collapse again
    }
    console.log(
      `${name} ${size.width}×${size.height} (${box.mode}): ${rects.length} highlight boxes, ${box.mode === 'side' ? `${covered} in the sidebar's column` : `${covered} under the sheet at the page's end`}; ` +
        `${ids.length} findings opened, ${landedCovered} landed under our UI; horizontal overflow ${overflowBefore} px → ${overflowOpen} px`,
    );
    expect(landedCovered).toBe(0);

    if (name === 'seed') {
      // The sidebar as it opens: its list from the top, focus on the sidebar itself.
      await page.evaluate((tag) => {
        window.scrollTo(0, 0);
        const root = document.querySelector(tag)!.shadowRoot!;
        root.querySelector('.body')!.scrollTop = 0;
        root.querySelector<HTMLElement>('aside')!.focus();
      }, SIDEBAR_HOST);
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await page.screenshot({ path: `docs/screenshots/seed-${size.width}x${size.height}-${theme}.png`, caret: 'initial' });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }

    await clickToolbar(h.browser, page);
    await expect.poll(() => sidebarHostCount(page)).toBe(0);
    expect(await layoutSnapshot(page)).toEqual(before);
    await page.close();
  });
});

test('the layout follows the window: beside the article, a bottom sheet when it narrows, beside again when it widens', async () => {
  const page = await h.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${h.origin}/seed/presstv-aleppo.html`);
  await clickToolbar(h.browser, page);
  await waitForAnalysis(page);
  expect((await sidebarBox(page)).mode).toBe('side');
  await page.setViewportSize({ width: 500, height: 800 });
  await expect.poll(async () => (await sidebarBox(page)).mode).toBe('sheet');
  const sheet = await sidebarBox(page);
  expect(sheet.rect).toMatchObject({ left: 0, bottom: 800 });
  await page.setViewportSize({ width: 1100, height: 800 });
  await expect.poll(async () => (await sidebarBox(page)).mode).toBe('side');
  const side = await sidebarBox(page);
  expect((await highlightRects(page)).filter((r) => r.right > side.rect.left)).toEqual([]);
  await page.close();
});

test('on a phone-sized window the sheet collapses to its bar and expands again, by mouse and keyboard', async () => {
  const page = await h.browser.context.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${h.origin}/seed/presstv-aleppo.html`);
  const before = await layoutSnapshot(page);
  await clickToolbar(h.browser, page);
  const sidebar = await waitForAnalysis(page);
  const toggle = sidebar.getByRole('button', { name: 'Framing Lens', exact: true });
  const findings = sidebar.locator('li[data-entry-id]');
  const open = await sidebarBox(page);
  expect(open).toMatchObject({ mode: 'sheet', rect: { top: 440, bottom: 800 } });
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  await expect.poll(() => findings.first().isVisible()).toBe(true);

  /** The room the page gives below its end, and what the page's own hit test finds in the sheet's former place. */
  const pageFacts = () =>
    page.evaluate((tag) => {
      const host = document.querySelector(tag);
      const points = [460, 600, 740].map((y) => document.elementFromPoint(200, y));
      return {
        room: parseFloat(getComputedStyle(document.documentElement).marginBottom),
        coveredPoints: points.filter((el) => el === host).length,
      };
    }, SIDEBAR_HOST);
  expect(await pageFacts()).toEqual({ room: 360, coveredPoints: 3 });

  const collapsed = async () => {
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    const bar = await sidebarBox(page);
    expect(bar.rect.bottom).toBe(800);
    expect(bar.rect.bottom - bar.rect.top).toBeLessThan(80);
    // The page's room follows the bar: the article runs down to the bar, and its end scrolls above it.
    await expect.poll(async () => (await pageFacts()).room).toBeCloseTo(bar.rect.bottom - bar.rect.top, 0);
    expect((await pageFacts()).coveredPoints).toBe(0);
    expect(await findings.first().isVisible()).toBe(false);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const end = await page.evaluate(() => document.body.getBoundingClientRect().bottom);
    expect(end).toBeLessThanOrEqual(bar.rect.top + 1);
    await page.evaluate(() => window.scrollTo(0, 0));
  };
  const expanded = async () => {
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect((await sidebarBox(page)).rect).toEqual(open.rect);
    expect(await findings.first().isVisible()).toBe(true);
    expect(await pageFacts()).toEqual({ room: 360, coveredPoints: 3 });
  };

  // Mouse: collapse. Keyboard: focus stays on the control; Enter expands, Space collapses. Mouse again: expand.
  await toggle.click();
  await collapsed();
  await page.screenshot({ path: 'docs/screenshots/seed-400x800-collapsed.png', caret: 'initial' });
  expect(await focused(page)).toMatchObject({ inUi: true, tag: 'button', expanded: 'false' });
  await page.keyboard.press('Enter');
  await expanded();
  expect(await focused(page)).toMatchObject({ inUi: true, tag: 'button', expanded: 'true' });
  await page.keyboard.press('Space');
  await collapsed();
  expect(await focused(page)).toMatchObject({ inUi: true, tag: 'button', expanded: 'false' });
  await toggle.click();
  await expanded();
  expect(await focused(page)).toMatchObject({ inUi: true, tag: 'button', expanded: 'true' });

  // Collapsed, then closed: the page is as it was.
  await toggle.click();
  await collapsed();
  await clickToolbar(h.browser, page);
  await expect.poll(() => sidebarHostCount(page)).toBe(0);
  expect(await layoutSnapshot(page)).toEqual(before);
  await page.close();
});
