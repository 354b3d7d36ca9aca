/**
 * Names the glossary lacks on a real news page (Slate, saved in test/fixtures/untuned): the sidebar's "Also named"
 * section, last in the sidebar, lists the group the article calls anarchist, with that label as the article's words,
 * and the person it names; its note opens from the keyboard; the export carries the same list; and the seed article
 * lists nothing there.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbar } from '../../scripts/lib/browser';
import { startHarness, stopHarness, waitForAnalysis, type Harness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => stopHarness(h));

test('the also-named section lists an unknown group with the label the article gives it, and the export holds the same', async () => {
  const article = await h.browser.context.newPage();
  await article.goto(`${h.origin}/untuned/newspaper-slate.com2/source.html`);
  await clickToolbar(h.browser, article);
  const sidebar = await waitForAnalysis(article);
  const section = sidebar.getByRole('region', { name: /^Also named/ });
  await section.waitFor();
  expect(await section.getByRole('heading').textContent()).toBe('Also named 2');
  expect(await section.locator('.also-named-list li').allTextContents()).toEqual([
    'Black Bloc · organisation · 1 mentiondescribed as “anarchist”',
    'Dilma Rousseff · person · 1 mention',
  ]);
  // Last, after everything else the analysis lists: it arrives once the findings are on screen and moves none of them.
  const headings = await sidebar.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.at(-1)).toMatch(/^Also named/);
  expect(headings.findIndex((t) => t.startsWith('Named actors'))).toBeGreaterThanOrEqual(0);

  // The note says what the list is and is not, opened with the keyboard.
  const about = section.locator('summary', { hasText: 'About this list' });
  await about.focus();
  await article.keyboard.press('Enter');
  await section.locator('details[open] p').getByText(/the labels are the article’s own words/).waitFor();

  const [download] = await Promise.all([article.waitForEvent('download'), sidebar.getByRole('button', { name: 'Export' }).click()]);
  const report = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    alsoNamed: Array<{ name: string; kind: string; count: number; labels: Array<{ label: string; kind: string; by: string | null; quoted: boolean }> }>;
  };
  expect(report.alsoNamed.map(({ name, kind, count, labels }) => ({ name, kind, count, labels }))).toEqual([
    { name: 'Black Bloc', kind: 'organisation', count: 1, labels: [{ label: 'anarchist', kind: 'descriptor', by: null, quoted: false }] },
    { name: 'Dilma Rousseff', kind: 'person', count: 1, labels: [] },
  ]);
  await article.close();
});

test('the seed article lists no name as also named: every actor it names is in the glossary', async () => {
  const article = await h.browser.context.newPage();
  await article.goto(`${h.origin}/seed/presstv-aleppo.html`);
  await clickToolbar(h.browser, article);
  // waitForAnalysis waits for the sidebar to be no longer busy, which it is until the also-named list has arrived.
  const sidebar = await waitForAnalysis(article);
  await sidebar.getByRole('region', { name: /^Named actors/ }).waitFor();
  expect(await sidebar.getByRole('button', { name: 'Export' }).isEnabled()).toBe(true);
  expect(await sidebar.getByRole('region', { name: /^Also named/ }).count()).toBe(0);
  await article.close();
});
