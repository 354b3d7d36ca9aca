/** Shared set-up for the real-browser tests: one Chromium with the built extension, one local server. */
import type { Server } from 'node:http';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { clickToolbar, launchWithExtension, MARKS_HOST, serveFolder, SIDEBAR_HOST, type ExtensionBrowser } from '../../scripts/lib/browser';

export interface Harness {
  browser: ExtensionBrowser;
  origin: string;
  server: Server;
}

export async function startHarness(
  options: { pageScripts?: boolean; extensionDir?: string; env?: Record<string, string>; args?: string[] } = {},
): Promise<Harness> {
  const { server, origin } = await serveFolder('test/fixtures');
  const browser = await launchWithExtension({ headless: true, ...options });
  return { browser, origin, server };
}

export async function stopHarness(h: Harness | undefined): Promise<void> {
  if (!h) return;
  await h.browser.close();
  await new Promise((ok) => h.server.close(ok));
}

/** Everything a reader's page is made of that the extension must leave exactly as it was. */
export function pageSnapshot(page: Page) {
  return page.evaluate(() => {
    const form = document.querySelector('form');
    return {
      html: document.documentElement.outerHTML,
      text: document.body.innerText,
      fields: [...document.querySelectorAll('input, textarea, select')].map((el) => (el as HTMLInputElement).value),
      formHandler: typeof form?.onsubmit,
      adoptedSheets: document.adoptedStyleSheets.length,
    };
  });
}

/** Our highlights as seen from the page: name → ranges' texts and whether each sits inside `inside`. */
export function highlightReport(page: Page, inside: string) {
  return page.evaluate((selector) => {
    const container = document.querySelector(selector);
    const out: Record<string, Array<{ text: string; inside: boolean }>> = {};
    // Iterate rather than forEach: with page scripts off, the page cannot run a callback from native code.
    for (const [name, highlight] of CSS.highlights.entries()) {
      if (!name.startsWith('framing-lens-')) continue;
      // Reported by kind: the names carry a random suffix, new for every opening.
      out[name.replace(/-[a-z0-9]{8}$/, '')] = [...highlight].map((r) => {
        const range = r as Range;
        return { text: range.toString(), inside: !!container && container.contains(range.commonAncestorContainer) };
      });
    }
    return out;
  }, inside);
}

export function sidebarHostCount(page: Page) {
  return page.evaluate((tag) => document.querySelectorAll(tag).length, SIDEBAR_HOST);
}

/** The sidebar region, as a reader's assistive technology finds it. */
export function sidebarOf(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Framing Lens' });
}

/**
 * Waits until the session has finished its work — findings listed and highlights registered, or its notice shown —
 * not merely until the sidebar exists: it appears with a placeholder while the article is still being read.
 */
export async function waitForAnalysis(page: Page): Promise<Locator> {
  // Generous, so a heavily loaded machine is not mistaken for a hang; a hang still fails.
  await page.locator(`${SIDEBAR_HOST} aside[aria-busy="false"]`).waitFor({ timeout: 90_000 });
  return sidebarOf(page);
}

/** Waits until the session is closed: no host element and no highlight or mark of ours left in the page. */
export async function waitForClosed(page: Page): Promise<void> {
  await expect.poll(() => sidebarHostCount(page)).toBe(0);
  await expect.poll(() => highlightReport(page, 'body')).toEqual({});
  await expect.poll(() => page.evaluate((tag) => document.querySelectorAll(tag).length, MARKS_HOST)).toBe(0);
}

/**
 * The marks drawn over a very large page (utils/page/overlay-marks.ts): how many ranges are marked (text in a fixed
 * box is marked without a box), and how many of them have boxes, by kind.
 */
export function overlayMarks(page: Page) {
  return page.evaluate((tag) => {
    const boxes = document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('[data-ranges]');
    const boxed: Record<string, number> = {};
    for (const kind of new Set([...(boxes?.children ?? [])].map((box) => box.className))) {
      boxed[kind] = new Set([...boxes!.querySelectorAll<HTMLElement>(`i.${kind}`)].map((box) => box.dataset.mark)).size;
    }
    return { ranges: Number(boxes?.dataset.ranges ?? 0), boxed };
  }, MARKS_HOST);
}

/** A fresh tab on `path`, its state before any click, and the sidebar once a toolbar click has been analysed. */
export async function openAnalysed(h: Harness, path: string) {
  const page = await h.browser.context.newPage();
  await page.goto(`${h.origin}${path}`, { waitUntil: 'domcontentloaded' });
  const before = await pageSnapshot(page);
  await clickToolbar(h.browser, page);
  const sidebar = await waitForAnalysis(page);
  return { page, before, sidebar };
}
