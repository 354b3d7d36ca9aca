/**
 * A very large page (scripts/lib/large-pages.ts: a news layout repeated to 100,000 elements, generated for the run):
 * the sidebar opens as a bottom sheet, says that it read the whole visible page rather than pick the article out and
 * that only the first findings are shown, hover cards work, Export holds every finding, and closing leaves the page as it
 * was — also when the reader closes or clicks again while the page is still being read. The site's JavaScript is off,
 * as the reader may have it: the work between slices must go on without the page's timers.
 */
import type { Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbar, MARKS_HOST, serveFolder, SIDEBAR_HOST } from '../../scripts/lib/browser';
import { articleLayoutPage } from '../../scripts/lib/large-pages';
import { FINDINGS_CAP } from '../../utils/findings-view';
import { highlightReport, overlayMarks, pageSnapshot, sidebarHostCount, startHarness, stopHarness, waitForAnalysis, waitForClosed, type Harness } from './support';
import { highlightRects, hoverCardComesAndGoes, overlaps, sidebarBox } from './ui-support';

let h: Harness;
let folder: string;
let pages: { server: Server; origin: string };
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'framing-lens-large-page-'));
  writeFileSync(join(folder, 'layout-100k.html'), articleLayoutPage(100_000));
  pages = await serveFolder(folder);
  h = await startHarness({ pageScripts: false });
});
afterAll(async () => {
  await stopHarness(h);
  await new Promise((done) => pages?.server.close(done));
  rmSync(folder, { recursive: true, force: true });
});

async function openPage() {
  const page = await h.browser.context.newPage();
  await page.goto(`${pages.origin}/layout-100k.html`, { waitUntil: 'load' });
  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThanOrEqual(100_000);
  return page;
}

/** The findings and words to watch marked over the page: boxes, not CSS highlights, at this size. */
const marked = async (page: Awaited<ReturnType<typeof openPage>>) => {
  expect(await highlightReport(page, 'body')).toEqual({});
  const { ranges, boxed } = await overlayMarks(page);
  expect(boxed.current ?? 0).toBe(0);
  return ranges;
};

/** Every box's place, to see them follow the page's layout. */
const boxes = async (page: Awaited<ReturnType<typeof openPage>>) => JSON.stringify(await highlightRects(page, ['framing-lens-framing']));

test('100,000 elements: the whole visible page is read and said to be, the first findings are shown and said to be the first, hover works, close leaves no trace', async () => {
  const page = await openPage();
  // A bar fixed to the window, first in the page: its words are read and listed, but not marked, since a box drawn at
  // their place in the page would be left behind by the first scroll.
  await page.evaluate(() => {
    const bar = document.createElement('div');
    bar.style.cssText = 'position:fixed;top:0;left:0;right:0;background:#fff';
    bar.textContent = 'Breaking: government forces say the militants are cornered.';
    document.body.prepend(bar);
  });
  const before = await pageSnapshot(page);
  await clickToolbar(h.browser, page);
  const sidebar = await waitForAnalysis(page);
  await sidebar.getByText('This page is too large to pick out its article without freezing the tab, so all of its visible text was read, and the panel opens below it rather than beside it.').waitFor();
  const note = sidebar.locator('.capped');
  expect(await note.textContent()).toMatch(new RegExp(`^Showing the first ${FINDINGS_CAP.toLocaleString('en')} of [\\d,]+ findings`));
  const total = Number((await note.textContent())!.match(/of ([\d,]+) findings/)![1]!.replace(/,/g, ''));
  expect(total).toBeGreaterThan(FINDINGS_CAP);
  expect(await marked(page)).toBe(FINDINGS_CAP);
  expect(await sidebar.locator('li[data-entry-id]').count()).toBeGreaterThan(0);
  // The bar's word is marked among the ranges, but no box lies over it.
  const barWord = await page.evaluate(() => {
    const text = document.body.firstElementChild!.firstChild as Text;
    const range = new Range();
    range.setStart(text, text.data.indexOf('militants'));
    range.setEnd(text, text.data.indexOf('militants') + 'militants'.length);
    const r = range.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
  const framingBoxes = await highlightRects(page, ['framing-lens-framing']);
  expect(framingBoxes.length).toBeGreaterThan(0);
  expect(framingBoxes.filter((r) => overlaps(r, barWord))).toEqual([]);
  // Ranges are numbered in reading order, so the bar's finding, the page's first, is range 0: the one without a box.
  const firstBoxed = await page.evaluate((tag) => Math.min(...[...document.querySelector(tag)!.shadowRoot!.querySelectorAll<HTMLElement>('i')].map((box) => Number(box.dataset.mark))), MARKS_HOST);
  expect(firstBoxed).toBe(1);

  // Neither narrowed nor lengthened (either lays every line out again): a bottom sheet across the wide window, and
  // no stylesheet of ours on the page.
  const box = await sidebarBox(page);
  expect(box.mode).toBe('sheet');
  expect(box.viewport.width).toBeGreaterThanOrEqual(1000);
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(before.adoptedSheets);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginBottom)).toBe('0px');

  // The first framing word, brought near the top of the window, above the sheet: its box scrolled with the page, and
  // a card comes only when the pointer is over the word itself.
  const [first] = await highlightRects(page, ['framing-lens-framing']);
  await page.evaluate((top) => window.scrollBy(0, top - 150), first!.top);
  const word = (await highlightRects(page, ['framing-lens-framing'])).find((r) => r.top > 0 && r.bottom < box.rect.top && !overlaps(r, box.rect));
  expect(word).toBeDefined();
  await hoverCardComesAndGoes(page, word!);

  // A narrower window moves the lines: the boxes follow them.
  const wide = await boxes(page);
  await page.setViewportSize({ width: 1040, height: 900 });
  await expect.poll(() => boxes(page)).not.toBe(wide);
  const moved = (await highlightRects(page, ['framing-lens-framing'])).find((r) => r.top > 0 && r.bottom < box.rect.top && !overlaps(r, box.rect));
  expect(moved).toBeDefined();
  await hoverCardComesAndGoes(page, moved!);

  // An entry chosen in the sidebar: its first occurrence scrolled into view above the sheet, and a box marks it.
  await sidebar.locator('li[data-entry-id] button').first().click();
  const markedOnScreen = async () => {
    const [mark] = await highlightRects(page, ['framing-lens-current']);
    return !!mark && mark.top >= 0 && mark.bottom <= box.rect.top;
  };
  await expect.poll(markedOnScreen).toBe(true);

  // Export holds every finding, the ones past the cap too, which only the background kept.
  const [download] = await Promise.all([page.waitForEvent('download'), sidebar.getByRole('button', { name: 'Export' }).click()]);
  const report = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { findings: unknown[] };
  expect(report.findings).toHaveLength(total);

  await clickToolbar(h.browser, page);
  await waitForClosed(page);
  expect(await pageSnapshot(page)).toEqual(before);
  await page.close();
});

test('closed while the page is still being read, then opened again: one sidebar, one set of highlights, no trace after', async () => {
  const page = await openPage();
  const before = await pageSnapshot(page);
  await clickToolbar(h.browser, page);
  // The sidebar's shell is on screen while the page is read in slices: close it there.
  await page.locator(`${SIDEBAR_HOST} aside[aria-busy="true"]`).waitFor();
  await clickToolbar(h.browser, page);
  await waitForClosed(page);

  await clickToolbar(h.browser, page);
  await waitForAnalysis(page);
  expect(await sidebarHostCount(page)).toBe(1);
  // One layer of marks, however many runs were started.
  expect(await page.evaluate((tag) => document.querySelectorAll(tag).length, MARKS_HOST)).toBe(1);
  expect(await marked(page)).toBe(FINDINGS_CAP);

  await clickToolbar(h.browser, page);
  await waitForClosed(page);
  expect(await pageSnapshot(page)).toEqual(before);
  await page.close();
});
