/**
 * Robustness on real news pages saved by other projects (test/fixtures/pages, see PROVENANCE.md): the sidebar opens,
 * highlights land inside the page's text, and closing leaves the page exactly as it was. Page scripts are off so the
 * page cannot change itself while we compare.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbar } from '../../scripts/lib/browser';
import { highlightReport, openAnalysed, pageSnapshot, startHarness, stopHarness, waitForClosed, type Harness } from './support';
import { highlightRects, hoverCardComesAndGoes } from './ui-support';

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
  const { page, before, sidebar } = await openAnalysed(h, `/pages/${name}/source.html`);
  expect(await sidebar.getByRole('alert').count()).toBe(0);

  const report = await highlightReport(page, 'body');
  for (const ranges of Object.values(report)) for (const r of ranges) expect(r.inside && r.text.trim().length > 0, r.text).toBe(true);

  await clickToolbar(h.browser, page);
  await waitForClosed(page);
  expect(await pageSnapshot(page)).toEqual(before);
  await page.close();
});

// Chrome never fires timers in the extension's world on a site whose JavaScript the reader switched off (as here):
// the analysis, the hover card's coming and going, and closing must not depend on them.
test('with the site’s JavaScript off, hover cards still come and go', async () => {
  const { page, before } = await openAnalysed(h, '/seed/presstv-aleppo.html');
  const word = (await highlightRects(page, ['framing-lens-framing'])).find((r) => r.text === 'so-called');
  expect(word).toBeDefined();
  await hoverCardComesAndGoes(page, word!);

  await clickToolbar(h.browser, page);
  await waitForClosed(page);
  expect(await pageSnapshot(page)).toEqual(before);
  await page.close();
});
