/**
 * The main journey on the seed article, in real Chromium with the built extension: toolbar click → highlights only
 * inside the article → hover card → sidebar → Export → second click removes every trace → third click re-opens.
 * Each test starts from a fresh tab and waits for the state it checks (see ./support).
 */
import type { browser } from 'wxt/browser';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clickToolbar, clickToolbarRapidly, prepareToolbarClick, startSidebarTimer, stopServiceWorker } from '../../scripts/lib/browser';
import { SEED_FINDINGS } from '../support/seed-expectations';
import {
  highlightReport,
  openAnalysed,
  pageSnapshot,
  sidebarHostCount,
  startHarness,
  stopHarness,
  waitForAnalysis,
  waitForClosed,
  type Harness,
} from './support';
import { highlightRects, hoverHighlight } from './ui-support';

const SEED = '/seed/presstv-aleppo.html';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => stopHarness(h));
afterEach(async () => {
  for (const page of h.browser.context.pages()) await page.close();
});

describe('seed article', () => {
  test('a toolbar click opens the sidebar with the outlet card and the findings', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(`${h.origin}${SEED}`);
    const click = await prepareToolbarClick(h.browser, page);
    const shown = await startSidebarTimer(page);
    await click();
    const times = await shown();
    console.log(`click → sidebar on screen: ${times.shown.toFixed(0)} ms; → findings listed: ${times.ready.toFixed(0)} ms (page clock)`);

    const sidebar = await waitForAnalysis(page);
    expect(await sidebar.isVisible()).toBe(true);
    const outlet = sidebar.getByRole('region', { name: 'About this outlet' });
    expect(await outlet.textContent()).toContain('Press TV');
    expect(await outlet.textContent()).toMatch(/IRIB|Islamic Republic of Iran Broadcasting/);

    const item = (id: string) => sidebar.locator(`li[data-entry-id="${id}"] .count`);
    for (const [id, count] of Object.entries(SEED_FINDINGS)) expect(await item(id).textContent(), id).toBe(String(count));

    // caret: 'initial' — hiding the caret makes Playwright write style attributes into the page's form fields.
    mkdirSync('docs', { recursive: true });
    await page.screenshot({ path: 'docs/sidebar.png', caret: 'initial' });
  });

  test('a click that wakes a stopped worker (as after half a minute idle) gives the same sidebar', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(`${h.origin}${SEED}`);
    await stopServiceWorker(h.browser);
    // Not clickToolbar: it reads the tally of a worker that is running.
    await (await prepareToolbarClick(h.browser, page))();
    const sidebar = await waitForAnalysis(page);
    const item = (id: string) => sidebar.locator(`li[data-entry-id="${id}"] .count`);
    for (const [id, count] of Object.entries(SEED_FINDINGS)) expect(await item(id).textContent(), id).toBe(String(count));
    expect(await sidebar.getByRole('region', { name: 'About this outlet' }).textContent()).toContain('Press TV');
  });

  test('highlights sit only inside the article; widgets, related links and the comment box are left alone', async () => {
    const { page } = await openAnalysed(h, SEED);
    const report = await highlightReport(page, 'article');
    const framing = report['framing-lens-framing'] ?? [];
    const context = report['framing-lens-context'] ?? [];
    expect(framing.length).toBeGreaterThanOrEqual(20);
    expect(context.length).toBeGreaterThanOrEqual(11);
    for (const r of [...framing, ...context]) expect(r.inside, r.text).toBe(true);
    expect(framing.map((r) => r.text)).toContain('Saudi-backed');
    expect(framing.map((r) => r.text)).not.toContain('Takfiri');
    expect(await page.locator('textarea[name="comment"]').inputValue()).toBe('The so-called rebels are terrorists, plain and simple.');
  });

  test('hovering a highlighted word shows its card beside it, and the card goes when the pointer leaves', async () => {
    const { page } = await openAnalysed(h, SEED);
    const word = (await highlightRects(page, ['framing-lens-framing'])).find((r) => r.text === 'so-called')!;
    await page.mouse.move((word.left + word.right) / 2, (word.top + word.bottom) / 2);
    const card = page.getByRole('tooltip');
    await card.waitFor({ state: 'visible' });
    expect(await card.textContent()).toContain('so-called');
    expect(await card.textContent()).toMatch(/Sources/);
    const box = (await card.boundingBox())!;
    const overlaps = box.x < word.right && box.x + box.width > word.left && box.y < word.bottom && box.y + box.height > word.top;
    expect(overlaps).toBe(false);

    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'detached' });
  });

  test('clicking a sidebar item scrolls to its first occurrence and marks it', async () => {
    const { page, sidebar } = await openAnalysed(h, SEED);
    await sidebar.locator('li[data-entry-id="person-staffan-de-mistura"] button').click();
    await expect.poll(async () => (await highlightReport(page, 'article'))['framing-lens-current']?.map((r) => r.text)).toEqual(['Staffan de Mistura']);
    const onScreen = async () => {
      const [mark] = await highlightRects(page, ['framing-lens-current']);
      return !!mark && mark.top >= 0 && mark.bottom <= (await page.evaluate(() => window.innerHeight));
    };
    await expect.poll(onScreen).toBe(true);
  });

  test('a card speaks as of the article’s date: the group’s rename came after this December 2016 report', async () => {
    const { page, sidebar } = await openAnalysed(h, SEED);
    const rename = "Renamed Hay'at Tahrir al-Sham in 2017-01, after this article.";
    // In the card of the name in the text…
    await hoverHighlight(page, ['framing-lens-context'], (text) => text.startsWith('Jabhat Fateh al-Sham'));
    const card = page.getByRole('tooltip');
    await card.getByText(rename).waitFor();
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'detached' });
    // …and in the sidebar, opened from the keyboard.
    const item = sidebar.locator('li[data-entry-id="jabhat-fateh-al-sham"]');
    await item.locator('.item-head').focus();
    await page.keyboard.press('Enter');
    const since = item.getByRole('list', { name: 'Since this article' });
    await since.waitFor();
    expect(await since.locator('li').allTextContents()).toContain(rename);
  });

  test('Export downloads the documented JSON report', async () => {
    const { page, sidebar } = await openAnalysed(h, SEED);
    const download = page.waitForEvent('download');
    await sidebar.getByRole('button', { name: 'Export' }).click();
    const file = await (await download).path();
    const report = JSON.parse(readFileSync(file, 'utf8'));
    expect(report).toMatchObject({
      format: 'framing-lens-report',
      version: 1,
      url: 'https://www.presstv.ir/Detail/2016/12/15/78081a38-653c-4259-9606-cb4966f2f071',
      title: 'Syrian govt. soldiers make gains in eastern Aleppo neighborhood',
      site: 'Press TV',
      publishedTime: '2016-12-15T14:20:00+00:00',
    });
    expect(Number.isNaN(Date.parse(report.analyzedAt))).toBe(false);
    const kinds = new Set(report.findings.map((f: { kind: string }) => f.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['group', 'person', 'outlet', 'term']));
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(['entryId', 'name', 'kind', 'flag', 'text', 'start', 'end', 'quoted']),
      );
      expect(f.end - f.start).toBe(f.text.length);
    }
    const quoted = report.findings.filter((f: { quoted: boolean }) => f.quoted);
    expect(quoted.length).toBeGreaterThan(0);
    expect(Array.isArray(report.sides)).toBe(true);
  });

  test('a second click removes every trace; a third re-opens without a second copy', async () => {
    const { page, before } = await openAnalysed(h, SEED);
    await clickToolbar(h.browser, page);
    await waitForClosed(page);
    expect(await pageSnapshot(page)).toEqual(before);

    await clickToolbar(h.browser, page);
    await waitForAnalysis(page);
    expect(await sidebarHostCount(page)).toBe(1);
    const counts = await highlightReport(page, 'article');
    expect(counts['framing-lens-framing']?.length).toBeGreaterThanOrEqual(20);

    await page.getByRole('button', { name: 'Close Framing Lens' }).click();
    await waitForClosed(page);
    expect(await pageSnapshot(page)).toEqual(before);
  });

  test('injecting the content script twice never doubles anything', async () => {
    const { page, before } = await openAnalysed(h, SEED);
    const first = await highlightReport(page, 'article');
    expect(first['framing-lens-framing']?.length).toBeGreaterThanOrEqual(20);
    await injectAgain(page);
    await waitForAnalysis(page);
    expect(await sidebarHostCount(page)).toBe(1);
    expect(await highlightReport(page, 'article')).toEqual(first);

    await clickToolbar(h.browser, page);
    await waitForClosed(page);
    expect(await pageSnapshot(page)).toEqual(before);
  });

  test('clicks in quick succession end in the state the last one asked for', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(`${h.origin}${SEED}`);
    const before = await pageSnapshot(page);

    // Two clicks on a fresh page: opened, then closed. Had the second one been lost or injected a second copy, the
    // sidebar would be open now and the next click would close it instead of opening it.
    await clickToolbarRapidly(h.browser, page, 2);
    await clickToolbar(h.browser, page);
    await waitForAnalysis(page);
    expect(await sidebarHostCount(page)).toBe(1);

    // Three more while open: closed, opened, closed.
    await clickToolbarRapidly(h.browser, page, 3);
    await clickToolbar(h.browser, page);
    await waitForAnalysis(page);
    expect(await sidebarHostCount(page)).toBe(1);
    expect((await highlightReport(page, 'article'))['framing-lens-framing']?.length).toBeGreaterThanOrEqual(20);

    await clickToolbar(h.browser, page);
    await waitForClosed(page);
    expect(await pageSnapshot(page)).toEqual(before);
  });

  test('a second injection right after the click, while the first may still be opening, leaves one sidebar with the same findings', async () => {
    const reference = await openAnalysed(h, SEED);
    const expected = await highlightReport(reference.page, 'article');
    await reference.page.close();

    const page = await h.browser.context.newPage();
    await page.goto(`${h.origin}${SEED}`);
    const before = await pageSnapshot(page);
    await clickToolbar(h.browser, page);
    await injectAgain(page);
    await waitForAnalysis(page);
    expect(await sidebarHostCount(page)).toBe(1);
    expect(await highlightReport(page, 'article')).toEqual(expected);

    await clickToolbar(h.browser, page);
    await waitForClosed(page);
    expect(await pageSnapshot(page)).toEqual(before);
  });
});

/** What a newer version of the script does on arrival: the same file injected again into the page's tab. */
async function injectAgain(page: Page): Promise<void> {
  const [worker] = h.browser.context.serviceWorkers();
  await worker!.evaluate(async (pageUrl) => {
    const chromeApi = (globalThis as unknown as { chrome: typeof browser }).chrome;
    const tabs = await chromeApi.tabs.query({});
    for (const tab of tabs) {
      // Without the "tabs" permission the URL is hidden, except on the tab the reader granted by clicking.
      if (tab.url === pageUrl && tab.id !== undefined) {
        await chromeApi.scripting.executeScript({ target: { tabId: tab.id }, files: ['/lens.js'] });
      }
    }
  }, page.url());
}
