/**
 * The only thing that marks the page: ranges registered with the CSS Custom Highlight API. The page's DOM, text and
 * event handlers stay as they were; the ::highlight() rules live in a constructed stylesheet adopted by the document,
 * which adds no element either. destroy() removes every trace.
 */
import type { Flag } from '../core/types';
import { CURRENT_LOOK, FLAG_LOOKS, WATCH_LOOK, type MarkLook } from './mark-looks';
import { randomSuffix } from './random-name';
import type { Slices } from './slices';

/** How each kind of highlight looks; "off" has no rule, and the session registers no ranges for it. */
export type HighlightStyles = Record<Flag, 'underline' | 'tint' | 'off'>;

const KINDS = ['framing', 'context', 'watch', 'current'] as const;
type Kind = (typeof KINDS)[number];
/** What a marked range is: a finding's flag, or a word to watch (shown whenever the reader's level lists any). */
export type MarkKind = Flag | 'watch';
type Names = Record<Kind, string>;

/**
 * Highlight names carry a random suffix, new for every layer: a page's own `::highlight(name) { … !important }` rules
 * written in advance cannot erase ours.
 */
function freshNames(): Names {
  const suffix = randomSuffix();
  return {
    framing: `framing-lens-framing-${suffix}`,
    context: `framing-lens-context-${suffix}`,
    watch: `framing-lens-watch-${suffix}`,
    current: `framing-lens-current-${suffix}`,
  };
}

/**
 * Where the rules attach. Chromium's highlights inherit their style down the tree (CSS highlight inheritance), so one
 * rule on the root styles the highlighted text of every element beneath it, where a rule for every element has the
 * browser resolve a highlight style per element: adopting or dropping the sheet then restyles a 100,000-element page
 * for about twice as long (`npm run bench:long-tasks`, "the highlight stylesheet"). Firefox keeps the rule on every
 * element, which styles the text whether or not it inherits highlight styles.
 */
const ORIGIN = import.meta.env.FIREFOX ? '' : ':root';

const decoration = (look: MarkLook) =>
  `text-decoration: underline ${look.line} ${look.px}px ${look.colour}; text-underline-offset: 3px;${look.fill ? ` background-color: ${look.fill};` : ''}`;
const rule = (name: string, look: MarkLook) => `${ORIGIN}::highlight(${name}) { ${decoration(look)} }`;
const current = (NAMES: Names) =>
  `${ORIGIN}::highlight(${NAMES.current}) { ${decoration(CURRENT_LOOK)} color: ${CURRENT_LOOK.text}; }`;
// In forced-colours mode the colours are the system's; the lines still tell the kinds apart.
const forced = (NAMES: Names, style: HighlightStyles) => `@media (forced-colors: active) {
  ${style.framing === 'off' ? '' : `${ORIGIN}::highlight(${NAMES.framing}) { text-decoration: underline wavy 2px LinkText; }`}
  ${style.context === 'off' ? '' : `${ORIGIN}::highlight(${NAMES.context}) { text-decoration: underline dotted 2px CanvasText; }`}
  ${ORIGIN}::highlight(${NAMES.watch}) { text-decoration: underline dashed 1px CanvasText; }
  ${ORIGIN}::highlight(${NAMES.current}) { background-color: Highlight; color: HighlightText; text-decoration: underline solid 3px HighlightText; }
}`;

/** What marks findings in the page: CSS highlights here, or boxes over a very large page (overlay-marks.ts). */
export interface PageMarks {
  /** Unchanged looks are not written again. */
  setStyle(style: HighlightStyles): void;
  /** Replaces every mark with these. */
  show(marks: ReadonlyArray<readonly [Range, MarkKind]>, slices: Slices): Promise<void>;
  /** Marks the occurrence the reader moved to from the sidebar (null: none). */
  mark(range: Range | null): void;
  destroy(): void;
}

/** Whether this browser can highlight without touching the DOM (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightLayer implements PageMarks {
  private readonly highlights = {
    framing: new Highlight(),
    context: new Highlight(),
    watch: new Highlight(),
    current: new Highlight(),
  };
  private readonly sheet: CSSStyleSheet;
  private readonly names = freshNames();
  private css = '';

  constructor(private readonly doc: Document, style: HighlightStyles) {
    this.highlights.current.priority = 1;
    for (const kind of KINDS) CSS.highlights.set(this.names[kind], this.highlights[kind]);
    this.sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    this.setStyle(style);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
  }

  /** Unchanged rules are not written again: every write makes the browser restyle the whole page. */
  setStyle(style: HighlightStyles): void {
    const marked = (['framing', 'context'] as const).map((flag) => (style[flag] === 'off' ? '' : rule(this.names[flag], FLAG_LOOKS[flag][style[flag]])));
    const css = [...marked, rule(this.names.watch, WATCH_LOOK), current(this.names), forced(this.names, style)].join('\n');
    if (css === this.css) return;
    this.css = css;
    this.sheet.replaceSync(css);
  }

  /**
   * All at once: every change to the registered highlights has the browser repaint the page, so one change costs one
   * repaint where a change per slice would cost one per frame. Adding FINDINGS_CAP ranges takes a few ms.
   */
  async show(marks: ReadonlyArray<readonly [Range, MarkKind]>): Promise<void> {
    for (const kind of KINDS) this.highlights[kind].clear();
    for (const [range, kind] of marks) this.highlights[kind].add(range);
  }

  mark(range: Range | null): void {
    this.highlights.current.clear();
    if (range) this.highlights.current.add(range);
  }

  destroy(): void {
    for (const kind of KINDS) {
      this.highlights[kind].clear();
      if (CSS.highlights.get(this.names[kind]) === this.highlights[kind]) CSS.highlights.delete(this.names[kind]);
    }
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
