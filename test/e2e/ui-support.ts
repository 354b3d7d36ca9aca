/** Helpers for the real-browser tests of the sidebar's layout, keyboard path and accessibility. */
import type { Page } from 'playwright-core';
import { MARKS_HOST, SIDEBAR_HOST } from '../../scripts/lib/browser';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The sidebar's rectangle and its layout, as the page sees them. */
export function sidebarBox(page: Page) {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    const r = root.querySelector('aside')!.getBoundingClientRect();
    const layout = root.querySelector<HTMLElement>('.root')!;
    return {
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      mode: layout.dataset.mode,
      edge: layout.dataset.edge,
      viewport: { width: window.innerWidth, height: window.innerHeight },
    };
  }, SIDEBAR_HOST);
}

/** Every line box of every highlighted word, in viewport coordinates, with the highlight's name and text. */
export function highlightRects(page: Page, names = ['framing-lens-framing', 'framing-lens-context']) {
  return page.evaluate(({ wanted, marksHost }) => {
    const out: Array<{ name: string; text: string; left: number; top: number; right: number; bottom: number }> = [];
    for (const [registered, highlight] of CSS.highlights.entries()) {
      // Named by kind: the registered names carry a random suffix, new for every opening.
      const name = registered.replace(/-[a-z0-9]{8}$/, '');
      if (!wanted.includes(name)) continue;
      for (const r of highlight) {
        const range = r as Range;
        for (const rect of range.getClientRects()) {
          if (rect.width > 0 && rect.height > 0) out.push({ name, text: range.toString(), left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
        }
      }
    }
    // On a very large page, boxes drawn over the words instead (utils/page/overlay-marks.ts): their text is the page's.
    for (const box of document.querySelector(marksHost)?.shadowRoot?.querySelectorAll('i') ?? []) {
      const name = `framing-lens-${box.className}`;
      if (!wanted.includes(name)) continue;
      const rect = box.getBoundingClientRect();
      out.push({ name, text: '', left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
    }
    return out;
  }, { wanted: names, marksHost: MARKS_HOST });
}

export const overlaps = (a: Rect, b: Rect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
export const inViewport = (r: Rect, v: { width: number; height: number }) => r.bottom > 0 && r.top < v.height && r.right > 0 && r.left < v.width;

/** What has focus, looking into our shadow root: the element's role, name and entry, or the page element's tag. */
export function focused(page: Page) {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag);
    const inner = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (document.activeElement === host && inner) {
      return {
        inUi: true,
        tag: inner.tagName.toLowerCase(),
        label: inner.getAttribute('aria-label') ?? inner.textContent?.trim() ?? '',
        entry: inner.closest('li')?.dataset.entryId ?? null,
        expanded: inner.getAttribute('aria-expanded'),
      };
    }
    const el = document.activeElement as HTMLElement | null;
    return { inUi: false, tag: el?.tagName.toLowerCase() ?? '', label: el?.id ?? '', entry: null, expanded: null };
  }, SIDEBAR_HOST);
}

/** The text of the element inside the sidebar matching `selector`, or null. */
export function uiText(page: Page, selector: string) {
  return page.evaluate(
    ({ tag, sel }) => document.querySelector(tag)?.shadowRoot?.querySelector(sel)?.textContent ?? null,
    { tag: SIDEBAR_HOST, sel: selector },
  );
}

/** Rests the pointer on a highlighted word: its card comes; moved away, the card goes. */
export async function hoverCardComesAndGoes(page: Page, word: Rect): Promise<void> {
  await page.mouse.move((word.left + word.right) / 2, (word.top + word.bottom) / 2);
  const card = page.getByRole('tooltip');
  await card.waitFor({ state: 'visible' });
  await page.mouse.move(5, 5);
  await card.waitFor({ state: 'detached' });
}

/**
 * Brings the first highlighted word of `names` whose text `matches` to 300 px below the window's top, at once (a
 * smooth scroll would leave its rectangle stale), and rests the pointer on it.
 */
export async function hoverHighlight(page: Page, names: string[], matches: (text: string) => boolean = () => true): Promise<void> {
  const find = async () => (await highlightRects(page, names)).find((r) => matches(r.text))!;
  await page.evaluate((top) => window.scrollBy({ top: top - 300, behavior: 'instant' }), (await find()).top);
  const word = await find();
  await page.mouse.move((word.left + word.right) / 2, (word.top + word.bottom) / 2);
}
