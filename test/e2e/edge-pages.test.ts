/** Pages that are not a tidy news article: no article at all, and pages the browser keeps extensions out of. */
import type { browser } from 'wxt/browser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbar } from '../../scripts/lib/browser';
import { highlightReport, pageSnapshot, startHarness, stopHarness, waitForAnalysis, waitForClosed, type Harness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => stopHarness(h));

test('a page with no article says so, offers a whole-page scan, and the scan leaves form fields alone', async () => {
  const page = await h.browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${h.origin}/no-article.html`);
  const before = await pageSnapshot(page);
  await clickToolbar(h.browser, page);
  const sidebar = page.getByRole('complementary', { name: 'Framing Lens' });
  await sidebar.getByRole('heading', { name: 'No article found on this page' }).waitFor();
  expect(await sidebar.getByRole('status').textContent()).toBe('No article found on this page');

  await sidebar.getByRole('button', { name: 'Scan the whole visible page instead' }).click();
  await sidebar.locator('li[data-entry-id="term-militant"]').waitFor();
  expect(await sidebar.textContent()).toContain('Scanned the whole visible page');
  const framing = (await highlightReport(page, 'body'))['framing-lens-framing'] ?? [];
  expect(framing.map((r) => r.text).sort()).toEqual(['Rebels', 'militants']);
  expect(await page.locator('input[name="email"]').inputValue()).toBe('reader@example.org');

  await clickToolbar(h.browser, page);
  await waitForClosed(page);
  expect(await pageSnapshot(page)).toEqual(before);
  expect(errors).toEqual([]);
  await page.close();
});

test('on a page the browser forbids, the icon says why instead of failing silently', async () => {
  const page = await h.browser.context.newPage();
  await page.goto('chrome://version');
  await clickToolbar(h.browser, page);
  const [worker] = h.browser.context.serviceWorkers();
  await expect
    .poll(() =>
      worker!.evaluate(async () => {
        const chromeApi = (globalThis as unknown as { chrome: typeof browser }).chrome;
        const tabs = await chromeApi.tabs.query({});
        const states = await Promise.all(
          tabs.map(async (t) => ({
            badge: await chromeApi.action.getBadgeText({ tabId: t.id! }),
            popup: await chromeApi.action.getPopup({ tabId: t.id! }),
            title: await chromeApi.action.getTitle({ tabId: t.id! }),
          })),
        );
        return states.find((s) => s.badge === '!') ?? null;
      }),
    )
    .toMatchObject({ badge: '!', popup: expect.stringContaining('unavailable.html'), title: expect.stringContaining('cannot read this page') });
  await page.close();
});

test('an extension update mid-page tears the orphaned sidebar down and leaves the page as it was', async () => {
  const page = await h.browser.context.newPage();
  await page.goto(`${h.origin}/seed/presstv-aleppo.html`);
  const before = await pageSnapshot(page);
  await clickToolbar(h.browser, page);
  await waitForAnalysis(page);
  const [worker] = h.browser.context.serviceWorkers();
  // What an update does to a running extension: its old scripts lose their connection to it.
  await worker!.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.reload()).catch(() => undefined);
  await waitForClosed(page);
  expect(await pageSnapshot(page)).toEqual(before);
  await page.close();
});
