/**
 * The only thing that marks the page: ranges registered with the CSS Custom Highlight API. The page's DOM, text and
 * event handlers stay as they were; the ::highlight() rules live in a constructed stylesheet adopted by the document,
 * which adds no element either. destroy() removes every trace.
 */
import type { Flag } from '../core/types';

export type HighlightStyle = 'underline' | 'tint';

const NAMES = { framing: 'framing-lens-framing', context: 'framing-lens-context', current: 'framing-lens-current' } as const;

// Framing words and named actors differ by line style (wavy, dotted) as well as colour, in both styles, so they stay
// apart for readers who do not see the colours and in forced-colours mode, where colours are the system's.
const STYLES: Record<HighlightStyle, string> = {
  underline: `
    ::highlight(${NAMES.framing}) { text-decoration: underline wavy 2px #c2410c; text-underline-offset: 3px; background-color: rgba(234, 88, 12, 0.10); }
    ::highlight(${NAMES.context}) { text-decoration: underline dotted 2px #1d4ed8; text-underline-offset: 3px; }`,
  tint: `
    ::highlight(${NAMES.framing}) { background-color: rgba(249, 115, 22, 0.32); text-decoration: underline wavy 1px #9a3412; text-underline-offset: 3px; }
    ::highlight(${NAMES.context}) { background-color: rgba(59, 130, 246, 0.22); text-decoration: underline dotted 1px #1e40af; text-underline-offset: 3px; }`,
};
/** The occurrence the reader moved to from the sidebar: marked until they move on or close. */
const CURRENT = `::highlight(${NAMES.current}) { background-color: #fde047; color: #111; text-decoration: underline solid 3px #111; text-underline-offset: 3px; }`;
const FORCED = `@media (forced-colors: active) {
  ::highlight(${NAMES.framing}) { text-decoration: underline wavy 2px LinkText; }
  ::highlight(${NAMES.context}) { text-decoration: underline dotted 2px CanvasText; }
  ::highlight(${NAMES.current}) { background-color: Highlight; color: HighlightText; text-decoration: underline solid 3px HighlightText; }
}`;

/** Whether this browser can highlight without touching the DOM (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightLayer {
  private readonly highlights = {
    framing: new Highlight(),
    context: new Highlight(),
    current: new Highlight(),
  };
  private readonly sheet: CSSStyleSheet;

  constructor(private readonly doc: Document, style: HighlightStyle) {
    this.highlights.current.priority = 1;
    for (const key of Object.keys(NAMES) as (keyof typeof NAMES)[]) CSS.highlights.set(NAMES[key], this.highlights[key]);
    this.sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    this.setStyle(style);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
  }

  setStyle(style: HighlightStyle): void {
    this.sheet.replaceSync(STYLES[style] + CURRENT + FORCED);
  }

  /** Replace every highlight with these ranges. */
  show(ranges: ReadonlyArray<{ range: Range; flag: Flag }>): void {
    this.highlights.framing.clear();
    this.highlights.context.clear();
    this.highlights.current.clear();
    for (const { range, flag } of ranges) this.highlights[flag].add(range);
  }

  /** Mark the occurrence the reader moved to from the sidebar (null: none). */
  mark(range: Range | null): void {
    this.highlights.current.clear();
    if (range) this.highlights.current.add(range);
  }

  destroy(): void {
    for (const key of Object.keys(NAMES) as (keyof typeof NAMES)[]) {
      this.highlights[key].clear();
      if (CSS.highlights.get(NAMES[key]) === this.highlights[key]) CSS.highlights.delete(NAMES[key]);
    }
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
