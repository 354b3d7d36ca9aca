/**
 * Marks drawn over a very large page (above `ARTICLE_ELEMENT_LIMIT`) in place of CSS highlights. Adopting any
 * `::highlight()` rule has the browser restyle every element of the page, and dropping it again: about 0.4 s each way
 * at 100,000 elements, one task that cannot be cut (docs/architecture.md, "Very large pages"). Here each marked range
 * gets a box at every line it covers, in the shadow root of one element laid over the page in document coordinates,
 * so the boxes scroll with it; showing 2,000 of them costs the page a frame of about 20 ms beyond making them, and
 * removing them one of 10–12.
 *
 * The boxes take no pointer events: hover finds words by caret position as before (hit-test.ts). They are measured
 * again when the page's size changes or one of its inner boxes scrolls. Text in a fixed box is not marked: its place
 * in the page changes with every scroll.
 */
import type { HighlightStyles, MarkKind, PageMarks } from './highlight';
import { CURRENT_LOOK, FLAG_LOOKS, WATCH_LOOK, type MarkLook } from './mark-looks';
import { randomSuffix } from './random-name';
import { cssZoom } from './room';
import { nextPaint } from './frame-timer';
import type { Slices } from './slices';

/** Marks the element that holds the boxes, for our tests and benchmarks. */
export const MARKS_HOST_ATTRIBUTE = 'data-framing-lens-marks';

// In the top layer, absolutely placed: at the top left of the page, scrolling with it, above the page's own boxes and
// below our sidebar, which is raised after it. The top layer also makes drawing cheap: the same change in the page's
// own tree costs the page a repaint of about 50 ms at 100,000 elements, where in the top layer the frame costs 10–20
// (docs/architecture.md, "Very large pages").
const HOST_STYLE =
  'all:initial;display:block;position:absolute;inset:auto;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;overflow:visible;background:transparent;pointer-events:none;z-index:2147483647';

/** A wavy line is drawn as a zigzag under the box, the others as its lower edge. */
const line = ({ line: kind, px, colour }: MarkLook) =>
  kind === 'wavy'
    ? `::after{content:"";position:absolute;left:0;right:0;bottom:-${px + 1}px;height:${px + 2}px;background:linear-gradient(135deg,transparent 33%,${colour} 33%,${colour} 66%,transparent 66%) 0 0/${px + 3}px 100% repeat-x,linear-gradient(45deg,transparent 33%,${colour} 33%,${colour} 66%,transparent 66%) 0 0/${px + 3}px 100% repeat-x}`
    : `{border-bottom:${px}px ${kind} ${colour}}`;
const look = (kind: Kind, mark: MarkLook, fill = mark.fill) => (fill ? `.${kind}{background:${fill}}` : '') + `.${kind}${line(mark)}`;

const FIXED = `
i{position:absolute;display:block;box-sizing:border-box;pointer-events:none;margin:0;padding:0}
${look('watch', WATCH_LOOK)}
${look('current', CURRENT_LOOK, CURRENT_LOOK.overFill)}
@media (forced-colors:active){
  i{forced-color-adjust:none;background:none!important}
  i::after{display:none}
  .framing{border-bottom:2px solid LinkText}
  .context{border-bottom:2px dotted CanvasText}
  .watch{border-bottom:2px dashed CanvasText}
  .current{outline:2px solid Highlight;border-bottom:3px solid Highlight}
}`;

type Kind = MarkKind | 'current';

/**
 * Boxes put in per frame. All 2,000 ranges' boxes in one frame, with the sidebar's list, made it a task of 54–68 ms
 * at 100,000 elements (bench:long-tasks), most of it style and layout of the new boxes.
 */
const BOXES_A_FRAME = 500;

export class OverlayMarks implements PageMarks {
  private readonly host: HTMLElement;
  private readonly sheet: HTMLStyleElement;
  private readonly boxes: HTMLElement;
  private marks: ReadonlyArray<readonly [Range, MarkKind]> = [];
  private current: Range | null = null;
  private currentBoxes: HTMLElement[] = [];
  private readonly observer: ResizeObserver;
  private frame = 0;
  /** Counts drawings, so a drawing spread over frames stops when a newer one starts. */
  private drawing = 0;
  private readonly onScroll = (e: Event) => {
    // The page's own scroll moves the boxes with it; an inner box's scroll moves only its text.
    if (e.target !== this.doc && e.target !== this.doc.scrollingElement) this.redrawSoon();
  };

  constructor(private readonly doc: Document, style: HighlightStyles) {
    this.host = doc.createElement(`framing-lens-marks-${randomSuffix()}`);
    this.host.setAttribute(MARKS_HOST_ATTRIBUTE, '');
    this.host.style.cssText = HOST_STYLE;
    const shadow = this.host.attachShadow({ mode: 'open' });
    this.sheet = doc.createElement('style');
    this.boxes = doc.createElement('div');
    shadow.append(this.sheet, this.boxes);
    this.setStyle(style);
    doc.documentElement.append(this.host);
    // Browsers without popovers keep the host in the page's tree, above its boxes by z-index.
    if (typeof this.host.showPopover === 'function') {
      this.host.popover = 'manual';
      this.host.showPopover();
    }
    // A new width moves every line; a new height, whatever came above the marks (an image, an advert). The observer
    // also reports the size it starts from, which moves nothing.
    let size = '';
    this.observer = new ResizeObserver(([entry]) => {
      const now = `${entry!.contentRect.width}x${entry!.contentRect.height}`;
      if (size && now !== size) this.redrawSoon();
      size = now;
    });
    this.observer.observe(doc.documentElement);
    doc.defaultView!.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
  }

  setStyle(style: HighlightStyles): void {
    const looks = (['framing', 'context'] as const).map((flag) => (style[flag] === 'off' ? '' : look(flag, FLAG_LOOKS[flag][style[flag]])));
    const css = looks.join('\n') + FIXED;
    if (this.sheet.textContent !== css) this.sheet.textContent = css;
  }

  /**
   * Measures the ranges a slice at a time, then puts the boxes in, BOXES_A_FRAME at a time with a frame after each: at
   * FINDINGS_CAP ranges, every box in one frame made it a long task.
   */
  async show(marks: ReadonlyArray<readonly [Range, MarkKind]>, slices: Slices): Promise<void> {
    const measured: Measured[] = [];
    const moves = new MovesWithPage(this.doc, this.host);
    for (const [range, kind] of marks) {
      measured.push([kind, moves.boxes(range)]);
      await slices.breathe();
    }
    this.marks = marks;
    const drawing = ++this.drawing;
    this.boxes.replaceChildren();
    let batch = this.doc.createDocumentFragment();
    let count = 0;
    for (const [n, [kind, boxes]] of measured.entries()) {
      for (const box of boxes) batch.append(this.box(box, kind, n));
      count += boxes.length;
      // The last batch gets its frame too, rather than sharing one with the filled sidebar rendered next: together
      // they made that frame a long task now and then.
      const last = n === measured.length - 1;
      if (count === 0 || (count < BOXES_A_FRAME && !last)) continue;
      this.boxes.append(batch);
      await nextPaint(this.doc.defaultView!);
      slices.check();
      // Redrawn meanwhile (the page's size changed): that drawing holds every box.
      if (drawing !== this.drawing) return;
      batch = this.doc.createDocumentFragment();
      count = 0;
    }
    this.finishDrawing(measured.length, moves);
  }

  /** Mark the occurrence the reader moved to from the sidebar (null: none): its boxes alone change. */
  mark(range: Range | null): void {
    this.current = range;
    this.drawCurrent(new MovesWithPage(this.doc, this.host));
  }

  destroy(): void {
    this.drawing++;
    this.observer.disconnect();
    this.doc.defaultView?.removeEventListener('scroll', this.onScroll, { capture: true });
    cancelAnimationFrame(this.frame);
    this.host.remove();
  }

  private redrawSoon(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.redraw());
  }

  private redraw(): void {
    this.frame = 0;
    this.drawing++;
    const moves = new MovesWithPage(this.doc, this.host);
    const fragment = this.doc.createDocumentFragment();
    // Boxes only, side by side: a wrapper element per range cost the frame that shows them a style and an inline
    // layout of 2,000 elements more (a third of that frame at FINDINGS_CAP). A box knows its range by number.
    this.marks.forEach(([range, kind], n) => {
      for (const box of moves.boxes(range)) fragment.append(this.box(box, kind, n));
    });
    this.boxes.replaceChildren(fragment);
    this.finishDrawing(this.marks.length, moves);
  }

  private finishDrawing(ranges: number, moves: MovesWithPage): void {
    // How many ranges are marked, boxed or not (text in a fixed box has none): what the tests and benchmarks count.
    this.boxes.dataset.ranges = String(ranges);
    this.drawCurrent(moves);
  }

  private drawCurrent(moves: MovesWithPage): void {
    for (const box of this.currentBoxes) box.remove();
    this.currentBoxes = this.current ? moves.boxes(this.current).map((box) => this.box(box, 'current')) : [];
    this.boxes.append(...this.currentBoxes);
  }

  /** A box element at a place in the host's coordinates, which scroll with the page. */
  private box({ left, top, width, height }: Place, kind: Kind, n?: number): HTMLElement {
    const box = this.doc.createElement('i');
    box.className = kind;
    if (n !== undefined) box.dataset.mark = String(n);
    box.style.cssText = `left:${left}px;top:${top}px;width:${width}px;height:${height}px`;
    return box;
  }
}

/** A box's place in the host's coordinates. */
interface Place {
  left: number;
  top: number;
  width: number;
  height: number;
}

type Measured = readonly [MarkKind, readonly Place[]];

/**
 * Where a range's boxes go: its line rectangles in the host's coordinates, read together with the host's own place so
 * that a scroll between two ranges' readings moves neither; none where its text sits in a fixed box. Remembers each
 * element's answer.
 */
class MovesWithPage {
  private readonly known = new Map<Element, boolean>();
  /** A CSS zoom on the page's root scales the host's own px as well. */
  private readonly zoom: number;

  constructor(
    private readonly doc: Document,
    private readonly host: HTMLElement,
  ) {
    this.zoom = cssZoom(host);
  }

  boxes(range: Range): readonly Place[] {
    const node = range.startContainer;
    const element = node instanceof Element ? node : node.parentElement;
    if (!element || !this.moves(element)) return [];
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) return [];
    const origin = this.host.getBoundingClientRect();
    const z = this.zoom;
    return rects.map((r) => ({ left: (r.left - origin.left) / z, top: (r.top - origin.top) / z, width: r.width / z, height: r.height / z }));
  }

  /**
   * An element's chain of offset parents ends at the body, unless a fixed box holds it: the chain then ends at that
   * box, whose own offset parent is null. Walking it reads the layout the browser already has.
   */
  private moves(element: Element): boolean {
    let html: Element | null = element;
    while (html && !(html instanceof HTMLElement)) html = html.parentElement; // SVG text: its nearest HTML box
    if (!html) return true;
    const cached = this.known.get(html);
    if (cached !== undefined) return cached;
    let last = html as HTMLElement;
    while (last.offsetParent instanceof HTMLElement) last = last.offsetParent;
    const moves = last === this.doc.body || last === this.doc.documentElement || getComputedStyle(last).position !== 'fixed';
    this.known.set(html, moves);
    return moves;
  }
}
