/**
 * Robustness on real news pages saved by other projects (test/fixtures/pages, see PROVENANCE.md): the sidebar opens,
 * highlights land inside the page's text, and closing leaves the page exactly as it was. Page scripts are off so the
 * page cannot change itself while we compare.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbar } from '../../scripts/lib/browser';
import { highlightReport, pageSnapshot, sidebarHostCount, startHarness, stopHarness, type Harness } from './support';

const PAGES = [
  'readability-bbc-1',
  'readability-guardian-1',
  'readability-nytimes-3',
  'readability-cnn',
  'readability-aclu',
  'readability-wapo-2',
  'postlight-www.latimes.com',
  'postlight-www.bloomberg.com',
];

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ pageScripts: false });
});
afterAll(() => stopHarness(h));

test.each(PAGES)('%s: opens, highlights inside the text, and closes without a trace', async (name) => {
  const page = await h.browser.context.newPage();
  await page.goto(`${h.origin}/pages/${name}/source.html`, { waitUntil: 'domcontentloaded' });
  const before = await pageSnapshot(page);
  await clickToolbar(h.browser, page);
  const sidebar = page.getByRole('complementary', { name: 'Framing Lens' });
  await sidebar.locator('.body > *').first().waitFor();
  expect(await sidebar.getByRole('alert').count()).toBe(0);

  const report = await highlightReport(page, 'body');
  for (const ranges of Object.values(report)) for (const r of ranges) expect(r.inside && r.text.trim().length > 0, r.text).toBe(true);

  await clickToolbar(h.browser, page);
  await expect.poll(() => sidebarHostCount(page)).toBe(0);
  expect(await highlightReport(page, 'body')).toEqual({});
  expect(await pageSnapshot(page)).toEqual(before);
  await page.close();
});
