/** Shared set-up for the real-browser tests: one Chromium with the built extension, one local server. */
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFolder, SIDEBAR_HOST, type ExtensionBrowser } from '../../scripts/lib/browser';

export interface Harness {
  browser: ExtensionBrowser;
  origin: string;
  server: Server;
}

export async function startHarness(
  options: { pageScripts?: boolean; extensionDir?: string; env?: Record<string, string> } = {},
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
      out[name] = [...highlight].map((r) => {
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
