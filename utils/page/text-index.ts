/**
 * Offsets in the analysed text ↔ positions in the live page's Text nodes. Built once per extraction; turns findings
 * into live Ranges without marking or searching the DOM.
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the analysed text. */
  start: number;
  /** The node's length when the text was extracted. */
  length: number;
}

/** The part of one Text node a span of the analysed text covers. */
export interface NodePiece {
  node: Text;
  from: number;
  to: number;
}

/**
 * The segments as three parallel arrays rather than an object each: a large page has 100,000 and more, every one lives
 * as long as the sidebar is open, and each scavenge of the young heap while they were gathered copied them one by one.
 */
interface Segments {
  readonly nodes: readonly Text[];
  readonly starts: readonly number[];
  readonly lengths: readonly number[];
}

export class TextIndex {
  constructor(private readonly table: Segments) {}

  /** Every node with its place in the analysed text, in order: made afresh on each call, for checking an extraction. */
  segments(): TextSegment[] {
    return this.table.nodes.map((node, i) => ({ node, start: this.table.starts[i]!, length: this.table.lengths[i]! }));
  }

  /** The Text node pieces that hold `text.slice(start, end)`; separators between blocks belong to no node. */
  pieces(start: number, end: number): NodePiece[] {
    const out: NodePiece[] = [];
    const { nodes, starts, lengths } = this.table;
    for (let i = this.firstSegmentEndingAfter(start); i < nodes.length; i++) {
      const segStart = starts[i]!;
      if (segStart >= end) break;
      const from = Math.max(start, segStart) - segStart;
      const to = Math.min(end, segStart + lengths[i]!) - segStart;
      if (to > from) out.push({ node: nodes[i]!, from, to });
    }
    return out;
  }

  /** A live Range over the span, or null when the page has changed under it since extraction. */
  toRange(start: number, end: number): Range | null {
    const parts = this.pieces(start, end);
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!first || !last || !first.node.isConnected || !last.node.isConnected) return null;
    if (last.to > last.node.length) return null;
    const range = first.node.ownerDocument.createRange();
    range.setStart(first.node, first.from);
    range.setEnd(last.node, last.to);
    return range;
  }

  private firstSegmentEndingAfter(offset: number): number {
    const { starts, lengths } = this.table;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! + lengths[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * What tells one block of text from the next: its block-level element, or that element's number in a reading made
 * elsewhere (utils/reader/read-copy.ts). Only sameness counts.
 */
export type BlockKey = Element | number | null;

/** One of the article's live Text nodes, with its block and whether markup quotes it. */
export interface Picked {
  live: Text;
  block: BlockKey;
  quoted: boolean;
}

/**
 * Parts joined as they come, this many at a time: joining a large page's 200,000 parts at the end was one call of
 * 10–30 ms, outside the slices that the adding runs in.
 */
const PARTS_A_CHUNK = 4096;

/** Collects Text nodes into one string, with a blank line between blocks, recording where each node starts. */
export class TextBuilder {
  private parts: string[] = [];
  private readonly chunks: string[] = [];
  private readonly segments = { nodes: [] as Text[], starts: [] as number[], lengths: [] as number[] };
  private length = 0;
  private lastBlock: BlockKey = null;
  /** Spans quoted by markup rather than by quotation marks (<blockquote>, <q>): the text alone cannot show them. */
  private readonly quoted: Array<[number, number]> = [];

  add(node: Text, block: BlockKey, quoted = false): void {
    const data = node.data;
    const startsBlock = block !== this.lastBlock;
    // Whitespace between blocks is layout, not text; inside a block it separates words and is kept.
    if (startsBlock && data.trim() === '') return;
    if (startsBlock && this.length > 0) this.push('\n\n');
    // A line break inside a block ends a line the reader sees ("…the attack.<br>Five people…"): without a separator
    // the words on either side would run together.
    else if (!startsBlock && this.length > 0 && NOT_SPACE.test(data) && breaksBefore(node)) this.push('\n');
    this.lastBlock = block;
    this.segments.nodes.push(node);
    this.segments.starts.push(this.length);
    this.segments.lengths.push(data.length);
    if (quoted) this.markQuoted(this.length, this.length + data.length);
    this.push(asRead(node, data));
  }

  build(): { text: string; index: TextIndex; quoted: ReadonlyArray<readonly [number, number]> } {
    return { text: this.chunks.join('') + this.parts.join(''), index: new TextIndex(this.segments), quoted: this.quoted };
  }

  private markQuoted(start: number, end: number): void {
    const last = this.quoted[this.quoted.length - 1];
    // Neighbouring quoted nodes (a block quote's paragraphs, with their separators) form one quotation.
    if (last && start - last[1] <= 2) last[1] = end;
    else this.quoted.push([start, end]);
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    if (this.parts.length === PARTS_A_CHUNK) {
      this.chunks.push(this.parts.join(''));
      this.parts = [];
    }
  }
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'CAPTION', 'DETAILS', 'SUMMARY',
]);

/**
 * A newline in a Text node's data is the page source's own line wrapping, which the browser shows as a space (outside
 * preformatted text): read as a space, one character for one, so offsets still match the node. The rules read a
 * newline as the end of a line the reader sees, and a sentence wrapped in the source would otherwise end mid-way.
 */
const SOURCE_LINE_BREAK = /[\n\r]/;
const NOT_SPACE = /\S/;
const SOURCE_LINE_BREAKS = /[\n\r]/g;

/** The node's data as the analysis reads it: the same length, the source's line wrapping read as spaces. */
export function asRead(node: Text, data = node.data): string {
  return SOURCE_LINE_BREAK.test(data) && node.parentElement?.closest('pre, textarea') == null ? data.replace(SOURCE_LINE_BREAKS, ' ') : data;
}

/** Whether a <br> stands just before the node in its block (whitespace and the starts of inline elements between). */
function breaksBefore(node: Node): boolean {
  let at: Node = node;
  while (!at.previousSibling && at.parentElement && !BLOCK_TAGS.has(at.parentElement.tagName.toUpperCase())) at = at.parentElement;
  let before = at.previousSibling;
  while (before && before.nodeType === TEXT_NODE && (before as Text).data.trim() === '') before = before.previousSibling;
  return before?.nodeName.toUpperCase() === 'BR';
}

const TEXT_NODE = 3;

/** Whether the node sits in markup that quotes someone: a block quote or an inline <q>. */
export function isQuotedByMarkup(node: Node): boolean {
  return node.parentElement?.closest('blockquote, q') != null;
}

/** The nearest block-level ancestor, by tag: computed styles are not available on Readability's detached clone. */
export function blockOf(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (BLOCK_TAGS.has(el.tagName.toUpperCase())) return el;
  }
  return null;
}
