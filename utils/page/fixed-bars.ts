/**
 * The page's own fixed and sticky boxes (a site header, a footer bar, a cookie banner, a floating button) are laid
 * out against the window, not against the page's narrowed root, so the room given to the article does not move them:
 * they would run on under our UI. Each one that reaches into the strip our UI takes is narrowed to end at the strip's
 * edge, or, lying wholly inside it, moved out beside it, by rules in our own constructed stylesheet (no attribute of
 * the page is touched, and removing the sheet restores it exactly). Only fixed and sticky boxes that overlap the strip
 * are touched; a rule that would not lessen a box's overlap is dropped.
 */

/** The strip of the window our UI takes, in viewport px: along `axis`, from `from` to `to`, in a window that runs
 * from `windowStart` to `windowEnd`; the article keeps the side towards lower coordinates when `readingBefore` (a
 * sidebar on the right, a bottom sheet), the other otherwise. */
export interface Strip {
  axis: 'x' | 'y';
  from: number;
  to: number;
  windowStart: number;
  windowEnd: number;
  readingBefore: boolean;
}

/**
 * Where a box should lie along the strip's axis so it stays out of the strip: if it reaches in from the article's
 * side, narrowed to the part of the window the article keeps (a box that ran across the whole window runs across that
 * part); if it lies wholly inside, moved out by the strip's size. Null if it is clear of the strip.
 */
export function targetSpan(start: number, end: number, strip: Strip): { start: number; end: number } | null {
  if (end <= strip.from || start >= strip.to || end <= start) return null;
  const size = strip.to - strip.from;
  if (strip.readingBefore) {
    return start < strip.from ? { start: Math.max(start, strip.windowStart), end: strip.from } : { start: start - size, end: end - size };
  }
  return end > strip.to ? { start: strip.to, end: Math.min(end, strip.windowEnd) } : { start: start + size, end: end + size };
}

/** How much of [start, end] lies in the strip. */
function overlap(start: number, end: number, strip: Strip): number {
  return Math.max(0, Math.min(end, strip.to) - Math.max(start, strip.from));
}

interface Bar {
  el: HTMLElement;
  selector: string;
  /** What places the box along the axis: its inset (fixed), or the margin on its line's start side (sticky, which
   * stays in the flow), with the sign that turns a move towards higher coordinates into a change of that property. */
  offsetProp: 'left' | 'top' | 'margin-left' | 'margin-right';
  offsetSign: 1 | -1;
  sticky: boolean;
  zoom: number;
  /** The overlap before any rule of ours. */
  before: number;
  /** Our values for the box's offset and size along the axis, in its own CSS px; null until first adjusted. */
  offset: number | null;
  size: number | null;
}

const CAMEL = { left: 'left', top: 'top', 'margin-left': 'marginLeft', 'margin-right': 'marginRight' } as const;

/** Passes at most: a box whose offset is a percentage of its size (centred with a transform) converges over several. */
const PASSES = 3;

/**
 * Finds the page's fixed and sticky boxes in the strip and writes rules that keep them beside it. `apply` replaces
 * the rules (the caller's stylesheet, with the page's room already in it); `isOurs` tells our own host apart.
 */
export function fitFixedBars(doc: Document, strip: Strip, isOurs: (el: Element) => boolean, apply: (rules: string) => void): void {
  const win = doc.defaultView;
  if (!win) return;
  const bars = findBars(doc, win, isOurs)
    .map((el) => ({ el, span: spanOf(el, strip) }))
    .filter(({ span }) => span && overlap(span.start, span.end, strip) > 0)
    .map(({ el, span }) => newBar(doc, el, span!, strip))
    .filter((bar): bar is Bar => bar !== null);
  if (bars.length === 0) return;
  // Outer boxes first: a box inside a moved one may move with it (when the outer box is its containing block).
  const byDepth = new Map(bars.map((b) => [b.el, depth(b.el)]));
  bars.sort((a, b) => byDepth.get(a.el)! - byDepth.get(b.el)!);

  for (let pass = 0; pass < PASSES; pass++) {
    const moving = new Set<Element>();
    for (const bar of bars) {
      if (bars.some((other) => moving.has(other.el) && other.el.contains(bar.el))) continue;
      const span = spanOf(bar.el, strip);
      const target = span && targetSpan(span.start, span.end, strip);
      if (!span || !target || !adjust(bar, span, target, strip, win)) continue;
      moving.add(bar.el);
    }
    if (moving.size === 0) break;
    apply(rulesFor(bars, strip));
  }
  // Never worse than the page's own layout: a box our rules did not move further out of the strip keeps its own.
  const kept = bars.filter((bar) => {
    if (bar.size === null) return false;
    const span = spanOf(bar.el, strip);
    return span !== null && overlap(span.start, span.end, strip) < bar.before;
  });
  if (kept.length !== bars.filter((b) => b.size !== null).length) apply(rulesFor(kept, strip));
}

/**
 * Every element laid out as fixed or sticky, outside our UI and the top layer. A flat list and one property read
 * each: a tree walk with a filter callback, skipping hidden subtrees, measured several times slower on large pages.
 * Elements without a box (hidden ones among them) are left out later, when measured.
 */
function findBars(doc: Document, win: Window, isOurs: (el: Element) => boolean): HTMLElement[] {
  const { HTMLElement } = win as Window & typeof globalThis;
  const found: HTMLElement[] = [];
  for (const el of doc.querySelectorAll('body *')) {
    const position = win.getComputedStyle(el).position;
    if ((position === 'fixed' || position === 'sticky') && el instanceof HTMLElement && !isOurs(el) && !inTopLayer(el)) found.push(el);
  }
  return found;
}

/** A page's modal dialog, open popover or fullscreen element sits in the top layer, laid out by the browser's rules. */
function inTopLayer(el: Element): boolean {
  try {
    return el.matches(':modal, :popover-open, :fullscreen');
  } catch {
    return false; // a browser without one of these selectors
  }
}

function spanOf(el: Element, strip: Strip): { start: number; end: number } | null {
  const r = el.getBoundingClientRect();
  if (r.width <= 0 || r.height <= 0) return null;
  return strip.axis === 'x' ? { start: r.left, end: r.right } : { start: r.top, end: r.bottom };
}

function newBar(doc: Document, el: HTMLElement, span: { start: number; end: number }, strip: Strip): Bar | null {
  const win = doc.defaultView!;
  const sticky = win.getComputedStyle(el).position === 'sticky';
  // A sticky box stays in the flow: its height is the article's too, so a sheet below leaves it be.
  if (sticky && strip.axis === 'y') return null;
  const selector = selectorFor(doc, el);
  if (!selector) return null;
  const zoom = (el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom;
  // In the flow a box starts where its line starts: after its left margin, or before its right one right to left.
  const rtlFlow = sticky && el.parentElement !== null && win.getComputedStyle(el.parentElement).direction === 'rtl';
  return {
    el,
    selector,
    offsetProp: sticky ? (rtlFlow ? 'margin-right' : 'margin-left') : strip.axis === 'x' ? 'left' : 'top',
    offsetSign: rtlFlow ? -1 : 1,
    sticky,
    zoom: typeof zoom === 'number' && zoom > 0 ? zoom : 1,
    before: overlap(span.start, span.end, strip),
    offset: null,
    size: null,
  };
}

/** Moves our values by what separates the box's span from its target; false if there is nothing we can change. */
function adjust(bar: Bar, span: { start: number; end: number }, target: { start: number; end: number }, strip: Strip, win: Window): boolean {
  const style = win.getComputedStyle(bar.el);
  // Resolved values: the used offset and size in px, whatever the page wrote (auto, %, calc, insets).
  const offset = bar.offset ?? parseFloat(style[CAMEL[bar.offsetProp]]);
  const size = bar.size ?? parseFloat(style[strip.axis === 'x' ? 'width' : 'height']);
  if (!Number.isFinite(size) || !Number.isFinite(offset)) return false;
  const grow = (target.end - target.start - (span.end - span.start)) / bar.zoom;
  // Right to left, a box's line-start margin holds its end in place.
  const moved = bar.offsetSign === 1 ? target.start - span.start : target.end - span.end;
  // In the flow, a box moved out whole (none of it on the article's side) would push the article about instead.
  if (bar.sticky && grow >= 0) return false;
  bar.size = Math.max(0, size + grow);
  bar.offset = offset + (bar.offsetSign * moved) / bar.zoom;
  return true;
}

const px = (n: number) => `${Math.round(n * 100) / 100}px`;

function rulesFor(bars: Bar[], strip: Strip): string {
  const [end, size] = strip.axis === 'x' ? ['right', 'width'] : ['bottom', 'height'];
  return bars
    .filter((bar) => bar.size !== null)
    .map((bar) => {
      const declarations = [`${bar.offsetProp}: ${px(bar.offset!)}`, `${size}: ${px(bar.size!)}`, `min-${size}: 0`, `max-${size}: none`];
      // A fixed box is placed by its start inset alone, so the page's end inset cannot stretch it back.
      if (!bar.sticky) declarations.splice(1, 0, `${end}: auto`);
      return `${bar.selector} { ${declarations.map((d) => `${d} !important`).join('; ')}; }`;
    })
    .join('\n');
}

/**
 * A selector that matches this element alone, without marking it: its id where that is unique, otherwise its place
 * under the nearest ancestor with one (or the root). Null for an element outside the document's own tree.
 */
export function selectorFor(doc: Document, el: Element): string | null {
  const parts: string[] = [];
  let node: Element = el;
  while (node !== doc.documentElement) {
    if (node.id && doc.querySelectorAll(`#${CSS.escape(node.id)}`).length === 1) {
      parts.unshift(`#${CSS.escape(node.id)}`);
      break;
    }
    const parent = node.parentElement;
    if (!parent) return null;
    parts.unshift(`:nth-child(${[...parent.children].indexOf(node) + 1})`);
    node = parent;
  }
  if (node === doc.documentElement) parts.unshift(':root');
  const selector = parts.join(' > ');
  return doc.querySelector(selector) === el ? selector : null;
}

function depth(el: Element): number {
  let n = 0;
  for (let p = el.parentElement; p; p = p.parentElement) n++;
  return n;
}
