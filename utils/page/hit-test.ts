/**
 * Which highlight is under the pointer. Highlights receive no events, so the pointer's caret position is looked up
 * in a Map from Text node to the highlighted spans it holds, then confirmed against the span's glyph rectangles.
 */
import type { NodePiece } from './text-index';

export interface HitTarget<T> {
  range: Range;
  pieces: readonly NodePiece[];
  value: T;
}

export interface Hit<T> {
  value: T;
  range: Range;
  /** The rectangle of the line the pointer is on: the card is placed beside it, never over it. */
  rect: DOMRect;
}

export class HitTester<T> {
  private readonly byNode = new Map<Text, Array<{ from: number; to: number; target: HitTarget<T> }>>();

  /** One highlighted span more (the session adds them a slice at a time). */
  add(target: HitTarget<T>): void {
    for (const piece of target.pieces) {
      let list = this.byNode.get(piece.node);
      if (!list) this.byNode.set(piece.node, (list = []));
      list.push({ from: piece.from, to: piece.to, target });
    }
  }

  at(doc: Document, x: number, y: number): Hit<T> | null {
    const caret = caretAt(doc, x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    const spans = this.byNode.get(caret.node as Text);
    if (!spans) return null;
    for (const span of spans) {
      // The caret sits between characters: the pointer over a span's last glyph can report the offset after it.
      if (caret.offset < span.from || caret.offset > span.to) continue;
      for (const rect of span.target.range.getClientRects()) {
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
          return { value: span.target.value, range: span.target.range, rect };
        }
      }
    }
    return null;
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
