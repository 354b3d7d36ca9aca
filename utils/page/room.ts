/**
 * Room for the sidebar, so it never covers the article: while it is open the page is narrowed on the side the
 * sidebar takes (the end of the page's lines: right on left-to-right pages, left on right-to-left ones), and in a
 * window narrower than SHEET_BELOW the sidebar becomes a bottom sheet and the page gets as much extra scroll room
 * below, so every line can be scrolled above the sheet. The reader can collapse the sheet to its bar; the room then
 * shrinks to the bar's height. The page's own fixed and sticky bars are kept beside our UI too (fixed-bars.ts).
 * One constructed stylesheet adopted by the document does it all: no attribute or element of the page is touched,
 * and removing the sheet restores the layout exactly.
 */
import { fitFixedBars, type Strip } from './fixed-bars';
import { UI_HOST_ATTRIBUTE } from './ui-host';

/** Below this window width (CSS px) the sidebar is a bottom sheet. */
export const SHEET_BELOW = 700;
/** The default width and the narrowest, in px; the default takes at most DEFAULT_SHARE of the window. */
const SIDE_WIDTH = 380;
const SIDE_MIN = 300;
const DEFAULT_SHARE = 0.3;
const SHEET_SHARE = 0.45;
const SHEET_MIN = 220;
/** A collapsed sheet's height until its bar has been measured (the bar at the default text size). */
const COLLAPSED_ESTIMATE = 48;

export type Layout =
  | { mode: 'side'; edge: 'left' | 'right'; size: number }
  /** `collapsed`: the reader shrank the sheet to its bar, and `size` is the bar's height. */
  | { mode: 'sheet'; size: number; collapsed: boolean };

/** The reader's choices: a side (or `auto`, the end of the page's lines) and a width in px. */
export interface RoomPreferences {
  side: 'auto' | 'left' | 'right';
  width: number;
}

const DEFAULT_PREFERENCES: RoomPreferences = { side: 'auto', width: SIDE_WIDTH };

/**
 * Where the sidebar goes and how much room it takes, for a window of this size and a page of this direction.
 * `collapsedBar`: the height of the sheet's bar when the reader has collapsed the sheet (null: expanded); a side
 * panel does not collapse. `sheetOnly`: a page too large to narrow (see `PageRoom`) gets the bottom sheet in any window.
 */
export function layoutFor(
  viewport: { width: number; height: number },
  pageDir: 'ltr' | 'rtl',
  prefs = DEFAULT_PREFERENCES,
  collapsedBar: number | null = null,
  sheetOnly = false,
): Layout {
  if (sheetOnly || viewport.width < SHEET_BELOW) {
    if (collapsedBar !== null) return { mode: 'sheet', size: collapsedBar, collapsed: true };
    return { mode: 'sheet', size: Math.round(Math.max(SHEET_MIN, viewport.height * SHEET_SHARE)), collapsed: false };
  }
  // The reader's width on a wide window; on a narrower one it shrinks, keeping the share of the window that the
  // reader's width bears to the default's, so the page always keeps most of it.
  const share = DEFAULT_SHARE * (prefs.width / SIDE_WIDTH);
  const size = Math.round(Math.max(SIDE_MIN, Math.min(prefs.width, viewport.width * share)));
  const edge = prefs.side === 'auto' ? (pageDir === 'rtl' ? 'left' : 'right') : prefs.side;
  return { mode: 'side', edge, size };
}

/** The part of the viewport the page keeps for itself while the sidebar is open. */
export function readingArea(layout: Layout, viewport: { width: number; height: number }) {
  if (layout.mode === 'sheet') return { left: 0, top: 0, right: viewport.width, bottom: viewport.height - layout.size };
  return layout.edge === 'right'
    ? { left: 0, top: 0, right: viewport.width - layout.size, bottom: viewport.height }
    : { left: layout.size, top: 0, right: viewport.width, bottom: viewport.height };
}

/**
 * Up to this many elements a page is narrowed in the frame that first paints our UI. Laying a page out again at the
 * new width took 1–5 ms on the saved pages below it and 3–13 ms on those from 500 to 1,700 elements (47 on the 1 MB
 * Wikipedia page; forced layouts, medians of three), while a frame of its own, after the shell's, cost the seed's
 * findings about 6 ms. Above it the page narrows once the shell is on screen (`PageRoom.give`).
 */
const NARROWED_WITH_SHELL_MAX = 500;

/** Whether the page is small enough to narrow in the shell's own frame. */
export function narrowsWithShell(doc: Document): boolean {
  return doc.getElementsByTagName('*').length <= NARROWED_WITH_SHELL_MAX;
}

/** `zoom`: the page's CSS zoom on its root, which scales the root's own margins too. */
function roomCss(layout: Layout, zoom: number): string {
  const size = layout.size / zoom;
  if (layout.mode === 'sheet') {
    // Scroll room below the last line, and scrollIntoView (find in page, focus) keeps targets above the sheet.
    return `html { margin-bottom: ${size}px !important; scroll-padding-bottom: ${size}px !important; }`;
  }
  // The root box is narrowed; width auto so a page's own `html { width: 100% }` does not push it back under us.
  return `html { margin-${layout.edge}: ${size}px !important; width: auto !important; max-width: none !important; }`;
}

/** The cumulative CSS `zoom` an element renders at (1 where the browser cannot tell). */
export function cssZoom(el: Element | null): number {
  const zoom = (el as (Element & { currentCSSZoom?: number }) | null)?.currentCSSZoom;
  return typeof zoom === 'number' && zoom > 0 ? zoom : 1;
}

/** The page's writing direction, as its root and body declare it. */
export function pageDirection(doc: Document): 'ltr' | 'rtl' {
  const el = doc.body ?? doc.documentElement;
  return doc.defaultView?.getComputedStyle(el).direction === 'rtl' ? 'rtl' : 'ltr';
}

export class PageRoom {
  private readonly sheet: CSSStyleSheet;
  private current: Layout;
  private collapsed = false;
  private barHeight = COLLAPSED_ESTIMATE;
  private given = false;
  /** The sheet's text as last written. */
  private written = '';

  /**
   * `ui`: our host, laid over the whole window (it tells where the window's edges are, and is never fitted).
   * `large`: a page too large to pick its article out of (above `ARTICLE_ELEMENT_LIMIT`), or holding megabytes of text
   * (`tooLongToNarrow`). Narrowing it lays every line out again, one task of 0.4–1.1 s each way at 100,000 elements
   * and 91–93 ms at 5 MB of text, so it gets the bottom sheet in any window, and no room at all: even
   * room below it, a margin on the root, has the browser lay out and repaint the whole page (a frame of 75–90 ms at
   * 100,000 elements, against 7–14 for the sheet alone), and so would taking it back. The reader who wants the page's
   * last lines collapses the sheet to its bar. Its own fixed and sticky bars are not fitted: finding them reads the
   * style of every element (about 100 ms there), and a bar under the sheet hides nothing of the article.
   */
  constructor(
    private readonly doc: Document,
    private readonly ui: Element,
    private prefs: RoomPreferences = DEFAULT_PREFERENCES,
    private readonly large = false,
  ) {
    const win = doc.defaultView!;
    this.sheet = new win.CSSStyleSheet();
    this.current = this.measure();
  }

  /**
   * Narrows the page (or adds room below it). A page larger than `narrowsWithShell` allows is narrowed once our UI has
   * painted over it: laying it out at a new width is most of the frame it happens in (45–80 ms on the 1 MB Wikipedia
   * page), and the sidebar need not wait for it. The page's bars are fitted later (`refit`), once a frame has laid the
   * narrowed page out.
   */
  give(): void {
    if (this.large || this.given) return;
    this.given = true;
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    this.setRules(this.roomRules());
  }

  get layout(): Layout {
    return this.current;
  }

  /** The reader changed side or width; true if the layout changed. */
  prefer(prefs: RoomPreferences): boolean {
    this.prefs = prefs;
    return this.refresh();
  }

  /** The reader collapsed or expanded the bottom sheet; true if the layout changed (only a sheet collapses). */
  collapse(collapsed: boolean): boolean {
    this.collapsed = collapsed;
    return this.refresh();
  }

  get isCollapsed(): boolean {
    return this.collapsed;
  }

  /** The collapsed sheet's bar as laid out (its height follows the text size); true if the layout changed. */
  barMeasured(height: number): boolean {
    this.barHeight = Math.ceil(height);
    return this.refresh();
  }

  /** Re-measure after the window changed size, and fit the page's bars to it again; true if the layout changed. */
  refresh(): boolean {
    const next = this.measure();
    const changed = JSON.stringify(next) !== JSON.stringify(this.current);
    this.current = next;
    this.write();
    return changed;
  }

  /**
   * Fits the page's fixed and sticky bars beside our UI, and again whenever they may have changed (a header that becomes
   * fixed once scrolled). Finding them reads the style of every element (15–25 ms on the 1 MB Wikipedia page) and lays
   * the page out if it is not yet: asked just after the room is given, that layout would be a task of its own.
   */
  refit(): void {
    this.write();
  }

  area() {
    const win = this.doc.defaultView!;
    return readingArea(this.current, { width: win.innerWidth, height: win.innerHeight });
  }

  destroy(): void {
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }

  /** The room first, then the page's bars measured against it and fitted beside our UI. */
  private write(): void {
    if (this.large || !this.given) return;
    const room = this.roomRules();
    this.setRules(room);
    const isOurs = (el: Element) => el === this.ui || el.hasAttribute(UI_HOST_ATTRIBUTE);
    fitFixedBars(this.doc, this.strip(), isOurs, (rules) => this.setRules(`${room}\n${rules}`));
  }

  /**
   * Rewriting the sheet has the browser restyle the page even when nothing in it changed: on a page without bars to fit,
   * every refit (at each scroll's end) did.
   */
  private setRules(text: string): void {
    if (text === this.written) return;
    this.sheet.replaceSync(text);
    this.written = text;
  }

  private roomRules(): string {
    return roomCss(this.current, cssZoom(this.doc.documentElement));
  }

  /** The strip of the window our UI takes, from the window's edges as our full-window host sees them. */
  private strip(): Strip {
    const box = this.ui.getBoundingClientRect();
    const layout = this.current;
    if (layout.mode === 'sheet') {
      return { axis: 'y', from: box.bottom - layout.size, to: box.bottom, windowStart: box.top, windowEnd: box.bottom, readingBefore: true };
    }
    const across = { axis: 'x', windowStart: box.left, windowEnd: box.right } as const;
    return layout.edge === 'right'
      ? { ...across, from: box.right - layout.size, to: box.right, readingBefore: true }
      : { ...across, from: box.left, to: box.left + layout.size, readingBefore: false };
  }

  private measure(): Layout {
    const win = this.doc.defaultView!;
    return layoutFor({ width: win.innerWidth, height: win.innerHeight }, pageDirection(this.doc), this.prefs, this.collapsed ? this.barHeight : null, this.large);
  }
}
