/**
 * Closing leaves nothing in the page's memory: after 20 open/close cycles on one tab, the page holds as many documents
 * and event listeners as before the first click, and fewer than 100 more DOM nodes. Counted by the browser itself
 * (CDP `Memory.getDOMCounters` after forced garbage collections): counts, not timings. On the seed, on a page with
 * responsive images and on one with a video: their `<picture><source media>` and `<video>` elements once kept every
 * cloned copy of the page alive.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbar } from '../../scripts/lib/browser';
import { startHarness, stopHarness, waitForAnalysis, waitForClosed, type Harness } from './support';

const CYCLES = 20;
const NODES_BOUND = 100;
const PAGES = [
  ['seed', '/seed/presstv-aleppo.html'],
  ['responsive images', '/pages/postlight-www.nydailynews.com/source.html'],
  ['a video', '/pages/postlight-www.bloomberg.com/source.html'],
] as const;

let h: Harness;
beforeAll(async () => {
  // Page scripts off: only the extension can change what is counted.
  h = await startHarness({ pageScripts: false });
});
afterAll(() => stopHarness(h));

/** The page's live documents, nodes and listeners (of every world), after everything unreachable is collected. */
async function domCounters(page: Page) {
  const cdp = await h.browser.context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Memory.getDOMCounters')) as { documents: number; nodes: number; jsEventListeners: number };
  } finally {
    await cdp.detach();
  }
}

test.each(PAGES)(`%s: ${CYCLES} open/close cycles leave no document, node or listener behind`, async (_name, path) => {
  const page = await h.browser.context.newPage();
  await page.goto(`${h.origin}${path}`, { waitUntil: 'load' });
  // The test's own helpers (Playwright's scripts in the page, with listeners of their own) arrive with their first
  // use: in place before the first count, they are not counted as the extension's.
  await page.locator('body').waitFor();
  await waitForClosed(page);
  const before = await domCounters(page);

  for (let i = 0; i < CYCLES; i++) {
    await clickToolbar(h.browser, page);
    await waitForAnalysis(page);
    await clickToolbar(h.browser, page);
    await waitForClosed(page);
  }

  // Blink lets go of the nodes it removed at its next rendering update: wait for the counts, not for a time.
  await expect
    .poll(async () => {
      const after = await domCounters(page);
      const nodes = after.nodes - before.nodes;
      return {
        documents: after.documents - before.documents,
        listeners: after.jsEventListeners - before.jsEventListeners,
        nodes: nodes < NODES_BOUND ? `fewer than ${NODES_BOUND} more` : nodes,
      };
    })
    .toEqual({ documents: 0, listeners: 0, nodes: `fewer than ${NODES_BOUND} more` });
  await page.close();
});
