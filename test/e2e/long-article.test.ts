/**
 * A long article under the element limit (scripts/lib/large-pages.ts: 3.2 MB of the seed's sentences, generated for
 * the run): Readability's parse would hold the page's thread for 150 ms or more, so the page's HTML is read in the
 * extension's reader document (utils/background/reader.ts), which closes again once it has read. The reader sees the
 * same: the article, not the whole page; highlights over whole words of the page; the panel below the page, which
 * is too long to narrow; a close that leaves the page as it was. A short article is read on the page, and no reader document is opened for it.
 */
import type { Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbar, serveFolder, watchTargets } from '../../scripts/lib/browser';
import { longTextPage } from '../../scripts/lib/large-pages';
import { highlightReport, openAnalysed, pageSnapshot, startHarness, stopHarness, waitForAnalysis, waitForClosed, type Harness } from './support';
import { sidebarBox } from './ui-support';

let h: Harness;
let folder: string;
let pages: { server: Server; origin: string };
let targets: Awaited<ReturnType<typeof watchTargets>>;
const isReader = (url: string) => url.endsWith('/reader.html');

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'framing-lens-long-article-'));
  writeFileSync(join(folder, 'long.html'), longTextPage(3_200_000));
  pages = await serveFolder(folder);
  h = await startHarness();
  targets = await watchTargets(h.browser);
});
afterAll(async () => {
  await stopHarness(h);
  await new Promise((done) => pages?.server.close(done));
  rmSync(folder, { recursive: true, force: true });
});

/** `text` as whole words: no letter or digit right before or after it. */
const wholeWords = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

/** The distinct texts highlighted as framing and as words to watch, inside `inside`. */
async function marked(page: Parameters<typeof highlightReport>[0], inside: string) {
  const report = await highlightReport(page, inside);
  const texts = Object.values(report).flat();
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.every((t) => t.inside)).toBe(true);
  return new Set(texts.map((t) => t.text));
}

test('a short article is read on the page: no reader document is opened', async () => {
  const { page } = await openAnalysed(h, '/seed/presstv-aleppo.html');
  expect((await marked(page, 'article')).size).toBeGreaterThan(0);
  expect(targets.seen().filter(isReader)).toEqual([]);
  await page.close();
});

test('a long article is read in the reader document: the article found, whole words marked, the panel below it, the reader closed, the page untouched', async () => {
  const page = await h.browser.context.newPage();
  await page.goto(`${pages.origin}/long.html`, { waitUntil: 'load' });
  const before = await pageSnapshot(page);
  await clickToolbar(h.browser, page);
  const sidebar = await waitForAnalysis(page);
  expect(targets.seen().filter(isReader)).toHaveLength(1);
  // Read as an article, not as the whole page (that note is for pages too large to pick the article out of); and,
  // with megabytes of text, neither narrowed nor lengthened: the panel is a bottom sheet, and says why.
  expect(await sidebar.getByText(/too large to pick out its article/).count()).toBe(0);
  await sidebar.getByText('This page holds so much text that making room for the panel beside it would hold the tab still, so the panel opens below it.').waitFor();
  expect((await sidebarBox(page)).mode).toBe('sheet');
  expect(await page.evaluate(() => [getComputedStyle(document.documentElement).marginRight, getComputedStyle(document.documentElement).marginBottom])).toEqual(['0px', '0px']);
  // Every mark lies over whole words of the seed's sentences, which are all the page holds: a range anchored off its
  // place would cut words or join pieces of two sentences.
  const seedText = readFileSync('test/fixtures/seed/seed-article.txt', 'utf8').replace(/\s+/g, ' ');
  const words = await marked(page, 'article');
  expect(words.size).toBeGreaterThan(10);
  expect([...words].filter((word) => !wholeWords(word.replace(/\s+/g, ' ')).test(seedText))).toEqual([]);
  await expect.poll(async () => (await targets.open()).filter(isReader)).toEqual([]);

  await clickToolbar(h.browser, page);
  await waitForClosed(page);
  expect(await pageSnapshot(page)).toEqual(before);
  await page.close();
});
