/** What a page can see of us and do to us: nothing posted to its window, and a single-page app's move to another story. */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { clickToolbar } from '../../scripts/lib/browser';
import { openAnalysed, pageSnapshot, sidebarHostCount, sidebarOf, startHarness, stopHarness, waitForAnalysis, waitForClosed, type Harness } from './support';

const SEED = '/seed/presstv-aleppo.html';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => stopHarness(h));
afterEach(async () => {
  for (const page of h.browser.context.pages()) await page.close();
});

test('a click posts nothing to the page’s window, so the page cannot learn that the reader clicked', async () => {
  const page = await h.browser.context.newPage();
  await page.goto(`${h.origin}${SEED}`);
  await page.evaluate(() => {
    const w = window as unknown as { seen: unknown[] };
    w.seen = [];
    window.addEventListener('message', (event) => w.seen.push(event.data));
  });
  await clickToolbar(h.browser, page);
  await waitForAnalysis(page);
  // A message posted during the injection would have been delivered by now: the analysis ran after it.
  expect(await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([]);
});

test('a single-page app moving to another story closes the sidebar; a move within the page does not', async () => {
  const { page, before } = await openAnalysed(h, SEED);
  // Chromium fires the Navigation API's navigate event inside pushState: by the time it returns, the session has
  // seen the move.
  await page.evaluate(() => history.pushState(null, '', '#comments'));
  expect(await sidebarHostCount(page)).toBe(1);
  await page.evaluate(() => history.pushState(null, '', '/seed/another-story'));
  await waitForClosed(page);

  // Opened again on the new story, it works as before.
  await clickToolbar(h.browser, page);
  await waitForAnalysis(page);
  expect(await sidebarHostCount(page)).toBe(1);
  await clickToolbar(h.browser, page);
  await waitForClosed(page);
  expect(await pageSnapshot(page)).toEqual(before);
});

test('Export downloads the report and the sidebar stays open: a download is not a move to another story', async () => {
  const { page } = await openAnalysed(h, SEED);
  const sidebar = sidebarOf(page);
  const [download] = await Promise.all([page.waitForEvent('download'), sidebar.getByRole('button', { name: 'Export' }).click()]);
  const report = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { format: string; findings: unknown[] };
  expect(report.format).toBe('framing-lens-report');
  expect(report.findings.length).toBeGreaterThan(0);
  // The link's navigation was seen before the download began: the session is still open, and a click closes it.
  expect(await sidebarHostCount(page)).toBe(1);
  await clickToolbar(h.browser, page);
  await waitForClosed(page);
});
