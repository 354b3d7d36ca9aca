/**
 * Pages that try to see, block or switch off Framing Lens, and documents that are not article pages
 * (test/fixtures/hostile). On each: nothing of ours runs in the page's world, no request leaves any extension
 * context, the page is as it was after close, and the reader gets either the analysis or a clear reason.
 */
import type { browser } from 'wxt/browser';
import type { Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { clickToolbar } from '../../scripts/lib/browser';
import { highlightReport, sidebarHostCount, startHarness, stopHarness, waitForAnalysis, waitForClosed, type Harness } from './support';

let h: Harness;
let requests: string[] = [];
// The worker reading the extension's own packaged files (its glossary) is not a request that leaves the browser.
const record = (request: Request) => {
  if (!request.url().startsWith(`chrome-extension://${h.browser.extensionId}/`)) requests.push(request.url());
};
beforeAll(async () => {
  h = await startHarness();
  h.browser.context.on('request', record);
});
afterAll(() => stopHarness(h));
afterEach(async () => {
  for (const page of h.browser.context.pages()) await page.close();
});

/** The whole document as markup, for any kind of document (SVG and XML too). */
const markup = (page: Page) => page.evaluate(() => (document.documentElement ? new XMLSerializer().serializeToString(document) : ''));
const trapped = (page: Page) => page.evaluate(() => (window as unknown as { trapped?: Record<string, number> }).trapped ?? null);

async function open(path: string) {
  const page = await h.browser.context.newPage();
  await page.goto(`${h.origin}/hostile/${path}`);
  await page.waitForLoadState('load');
  requests = [];
  return { page, before: await markup(page), trapsBefore: await trapped(page) };
}

/** The tab's badge, title and popup, read in the background. */
function iconState(page: Page) {
  const [worker] = h.browser.context.serviceWorkers();
  return worker!.evaluate(async (url) => {
    const chromeApi = (globalThis as unknown as { chrome: typeof browser }).chrome;
    const tab = (await chromeApi.tabs.query({})).find((t) => t.url === url);
    if (tab?.id === undefined) return null;
    return {
      badge: await chromeApi.action.getBadgeText({ tabId: tab.id }),
      title: await chromeApi.action.getTitle({ tabId: tab.id }),
      popup: await chromeApi.action.getPopup({ tabId: tab.id }),
    };
  }, page.url());
}

test.each([
  ['frameset.html', 'frameset', /inside a frame/],
  ['svg-document.svg', 'not-html', /not a web page/],
  ['xml-document.xml', 'not-html', /not a web page/],
  ['no-root-element.html', 'no-body', /no content/],
])('%s: the icon says why nothing opened, and the page is left as it was', async (path, reason, title) => {
  const { page, before } = await open(path);
  await clickToolbar(h.browser, page);
  await expect.poll(() => iconState(page)).toMatchObject({ badge: '!', title: expect.stringMatching(title), popup: expect.stringContaining(`unavailable.html?reason=${reason}`) });
  expect(await sidebarHostCount(page).catch(() => 0)).toBe(0);
  expect(await markup(page)).toBe(before);
  expect(requests).toEqual([]);

  const popup = await h.browser.context.newPage();
  await popup.goto(`chrome-extension://${h.browser.extensionId}/unavailable.html?reason=${reason}`);
  await popup.locator(`body[data-reason="${reason}"]`).waitFor();
  const heading = await popup.getByRole('heading').textContent();
  expect(heading).toMatch(/\w/);
  expect(heading).not.toMatch(/unavailable_/); // a message key, not text: the locale file lacks it

  // The options page keeps it among the last problems: the kind and the time, not the page.
  const options = await h.browser.context.newPage();
  await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
  const newest = options.locator('ul.problems li').first();
  await expect.poll(() => newest.textContent()).toMatch(title);
  expect(await options.locator('ul.problems').textContent()).not.toContain(h.origin.replace('http://', ''));
});

test.each([
  ['tag-squatter.html', 'a page that defined a custom element under our old host name'],
  ['max-z-overlay.html', 'a page with a bar at the maximum z-index and !important rules for guessable highlight names'],
])('%s: analysed as usual (%s), with nothing of ours in the page’s world', async (path) => {
  const { page, before, trapsBefore } = await open(path);
  await clickToolbar(h.browser, page);
  const sidebar = await waitForAnalysis(page);
  expect(await sidebar.locator('li[data-entry-id="term-so-called"]').count()).toBe(1);
  expect((await highlightReport(page, 'article'))['framing-lens-framing']?.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { squatted?: number }).squatted)).toBeUndefined();
  // The page's rules target names it could guess; ours are new on every opening.
  const names = await page.evaluate(() => [...CSS.highlights.keys()]);
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name).toMatch(/^framing-lens-(framing|context|watch|current)-[a-z0-9]{8}$/);

  await clickToolbar(h.browser, page);
  await waitForClosed(page);
  expect(await markup(page)).toBe(before);
  expect(await trapped(page)).toEqual(trapsBefore);
  expect(requests).toEqual([]);
});

test('a page that forges the framework’s “newer copy started” signals cannot close the sidebar', async () => {
  const { page, before, trapsBefore } = await open(`forged-start.html?id=${h.browser.extensionId}`);
  await clickToolbar(h.browser, page);
  await waitForAnalysis(page);
  const forged = () => page.evaluate(() => (window as unknown as { forged: number }).forged);
  const atOpen = await forged();
  // The page forges every 100 ms: wait until it has tried ten more times with the sidebar open.
  await expect.poll(forged).toBeGreaterThanOrEqual(atOpen + 10);
  expect(await sidebarHostCount(page)).toBe(1);

  await clickToolbar(h.browser, page);
  await waitForClosed(page);
  expect(await markup(page)).toBe(before);
  expect(await trapped(page)).toEqual(trapsBefore);
  expect(requests).toEqual([]);
});

test('an article inside a frame: the sidebar says so instead of only "no article"', async () => {
  const { page, before } = await open('iframe-article.html');
  await clickToolbar(h.browser, page);
  const sidebar = await waitForAnalysis(page);
  await sidebar.getByRole('heading', { name: 'No article found on this page' }).waitFor();
  expect(await sidebar.textContent()).toContain('inside a frame');

  await clickToolbar(h.browser, page);
  await waitForClosed(page);
  expect(await markup(page)).toBe(before);
  expect(requests).toEqual([]);
});

test('a page without a frame gets no word about frames', async () => {
  const page = await h.browser.context.newPage();
  await page.goto(`${h.origin}/no-article.html`);
  await clickToolbar(h.browser, page);
  const sidebar = await waitForAnalysis(page);
  await sidebar.getByRole('heading', { name: 'No article found on this page' }).waitFor();
  expect(await sidebar.textContent()).not.toContain('inside a frame');
});

test('a sandboxed page that refuses downloads: Export copies the report to the clipboard and says so', async () => {
  await h.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { page } = await open('sandboxed.html');
  await clickToolbar(h.browser, page);
  const sidebar = await waitForAnalysis(page);
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await sidebar.getByRole('button', { name: 'Export' }).click();
  await sidebar.getByRole('alert').getByText(/copied to the clipboard/).waitFor();
  // Read back from an ordinary page: the sandboxed one has no clipboard of its own to read.
  const reader = await h.browser.context.newPage();
  await reader.goto(`${h.origin}/no-article.html`);
  const report = JSON.parse(await reader.evaluate(() => navigator.clipboard.readText()));
  expect(report).toMatchObject({ format: 'framing-lens-report', title: 'Talks resume (sandboxed)' });
  expect(downloaded).toBe(false);
  await h.browser.context.clearPermissions();
});

test('a sandboxed page that refuses the clipboard too: the report is shown to copy by hand', async () => {
  const { page } = await open('sandboxed-no-clipboard.html');
  await clickToolbar(h.browser, page);
  const sidebar = await waitForAnalysis(page);
  await sidebar.getByRole('button', { name: 'Export' }).click();
  const box = sidebar.getByRole('textbox', { name: 'The report, as JSON' });
  await box.waitFor();
  expect(JSON.parse(await box.inputValue())).toMatchObject({ format: 'framing-lens-report' });
  expect(await sidebar.getByRole('alert').textContent()).toMatch(/copy it into a file/);
});
