/**
 * No request leaves the page or the extension while Framing Lens works: over the seed and real news pages, from the
 * click to the close, nothing the content script starts reaches the network (seen by the page's DevTools protocol,
 * with each request's initiator), and the background worker fetches nothing (its resource timing stays empty).
 */
import type { browser } from 'wxt/browser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbar } from '../../scripts/lib/browser';
import { startHarness, stopHarness, waitForAnalysis, waitForClosed, type Harness } from './support';

const PAGES = ['/seed/presstv-aleppo.html', '/pages/readability-bbc-1/source.html', '/pages/readability-wikipedia-2/source.html', '/pages/readability-nytimes-3/source.html'];

interface Sent {
  request: { url: string };
  initiator: { type: string; url?: string; stack?: { callFrames: Array<{ url: string }> } };
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ pageScripts: false });
});
afterAll(() => stopHarness(h));

const fromExtension = (sent: Sent) =>
  sent.request.url.startsWith('chrome-extension:') ||
  (sent.initiator.url ?? '').startsWith('chrome-extension:') ||
  (sent.initiator.stack?.callFrames ?? []).some((frame) => frame.url.startsWith('chrome-extension:'));

const workerFetches = () => {
  const [worker] = h.browser.context.serviceWorkers();
  return worker!.evaluate(() =>
    (globalThis as unknown as { performance: Performance; chrome: typeof browser }).performance
      .getEntriesByType('resource')
      .map((entry) => entry.name),
  );
};

test.each(PAGES)('%s: nothing is requested from the click to the close', async (path) => {
  const workerBefore = await workerFetches();
  const page = await h.browser.context.newPage();
  await page.goto(`${h.origin}${path}`, { waitUntil: 'domcontentloaded' });
  const cdp = await h.browser.context.newCDPSession(page);
  const sent: Sent[] = [];
  cdp.on('Network.requestWillBeSent', (event) => sent.push(event as unknown as Sent));
  await cdp.send('Network.enable');

  await clickToolbar(h.browser, page);
  await waitForAnalysis(page);
  await page.mouse.move(300, 300);
  await clickToolbar(h.browser, page);
  await waitForClosed(page);

  expect(sent.filter(fromExtension).map((s) => s.request.url)).toEqual([]);
  expect(await workerFetches()).toEqual(workerBefore);
  await cdp.detach();
  await page.close();
});
