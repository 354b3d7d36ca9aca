/**
 * The only thing that marks the page: ranges registered with the CSS Custom Highlight API. The page's DOM, text and
 * event handlers stay as they were; the ::highlight() rules live in a constructed stylesheet adopted by the document,
 * which adds no element either. destroy() removes every trace.
 */
import type { Flag } from '../core/types';
import { afterFrames } from './frame-timer';

export type HighlightStyle = 'underline' | 'tint';

const NAMES = { framing: 'framing-lens-framing', context: 'framing-lens-context', flash: 'framing-lens-flash' } as const;

const STYLES: Record<HighlightStyle, string> = {
  underline: `
    ::highlight(${NAMES.framing}) { text-decoration: underline wavy 2px #c2410c; text-underline-offset: 3px; background-color: rgba(234, 88, 12, 0.10); }
    ::highlight(${NAMES.context}) { text-decoration: underline dotted 2px #1d4ed8; text-underline-offset: 3px; }`,
  tint: `
    ::highlight(${NAMES.framing}) { background-color: rgba(249, 115, 22, 0.32); }
    ::highlight(${NAMES.context}) { background-color: rgba(59, 130, 246, 0.22); }`,
};
const FLASH = `::highlight(${NAMES.flash}) { background-color: #fde047; color: #111; }`;

/** Whether this browser can highlight without touching the DOM (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightLayer {
  private readonly highlights = {
    framing: new Highlight(),
    context: new Highlight(),
    flash: new Highlight(),
  };
  private readonly sheet: CSSStyleSheet;
  private cancelFlash = () => {};

  constructor(private readonly doc: Document, style: HighlightStyle) {
    this.highlights.flash.priority = 1;
    for (const key of Object.keys(NAMES) as (keyof typeof NAMES)[]) CSS.highlights.set(NAMES[key], this.highlights[key]);
    this.sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    this.setStyle(style);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
  }

  setStyle(style: HighlightStyle): void {
    this.sheet.replaceSync(STYLES[style] + FLASH);
  }

  /** Replace every highlight with these ranges. */
  show(ranges: ReadonlyArray<{ range: Range; flag: Flag }>): void {
    this.highlights.framing.clear();
    this.highlights.context.clear();
    for (const { range, flag } of ranges) this.highlights[flag].add(range);
  }

  /** Mark one range briefly, to show the reader where a sidebar item points. */
  flash(range: Range, ms = 1600): void {
    this.cancelFlash();
    this.highlights.flash.clear();
    this.highlights.flash.add(range);
    this.cancelFlash = afterFrames(this.doc.defaultView ?? window, ms, () => this.highlights.flash.clear());
  }

  destroy(): void {
    this.cancelFlash();
    for (const key of Object.keys(NAMES) as (keyof typeof NAMES)[]) {
      this.highlights[key].clear();
      if (CSS.highlights.get(NAMES[key]) === this.highlights[key]) CSS.highlights.delete(NAMES[key]);
    }
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
