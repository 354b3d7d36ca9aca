/**
 * Direct quotations: a finding inside one is marked `quoted`, because the words are the quoted source's, not the
 * article's. Recognised: “curly”, "straight", „low-high“, «guillemets», and ranges the caller knows to be quoted
 * (block quotes: the page layer passes their offsets). Single quotes are not read as quotations, since the same
 * characters are apostrophes. A quotation left open ends with its paragraph, at a blank line (news style reopens it
 * in the next paragraph), so one stray mark cannot swallow the rest of the article. A single line break is not an
 * end: the page's text keeps its source's line breaks, and a page whose source wraps its lines breaks quotations
 * in the middle ("against the\nmujahideen" Islamist warriors": the closing mark then read as an opening one).
 */

export type Range = readonly [start: number, end: number];

/** Opening mark → its closing mark, by code unit: “…”, „…“, «…», "…". */
const CLOSER_OF = new Map([
  [0x201c, 0x201d],
  [0x201e, 0x201c],
  [0xab, 0xbb],
  [0x22, 0x22],
]);
const LINE_FEED = 0x0a;

/** Quoted ranges of `text`, sorted and non-overlapping, from its quotation marks and the caller's `extra` ranges. */
export function findQuotations(text: string, extra: readonly Range[] = []): Range[] {
  const ranges: Range[] = [...extra];
  let open = -1;
  let closer = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isMarkOrBreak(c)) continue;
    if (open >= 0) {
      if (c === closer) {
        ranges.push([open, i + 1]);
        open = -1;
      } else if (c === LINE_FEED && paragraphEndsAt(text, i)) {
        ranges.push([open, i]);
        open = -1;
      }
    } else {
      const close = CLOSER_OF.get(c);
      if (close !== undefined) {
        open = i;
        closer = close;
      }
    }
  }
  if (open >= 0) ranges.push([open, text.length]);
  return merge(ranges);
}

const BLANK_LINE = /[^\S\n]*(?:\n|$)/y;

/** Whether the line feed at `i` ends a paragraph: a blank line (or the end of the text) follows it. */
function paragraphEndsAt(text: string, i: number): boolean {
  BLANK_LINE.lastIndex = i + 1;
  return BLANK_LINE.test(text);
}

/** The only characters the pairing looks at: the quotation marks above and the line feed. */
function isMarkOrBreak(c: number): boolean {
  return c === 0x22 || c === LINE_FEED || c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201e);
}

function merge(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Whether [start, end) lies inside one of the sorted `ranges`. */
export function isInside(ranges: readonly Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid]!;
    if (start < s) hi = mid - 1;
    else if (start >= e) lo = mid + 1;
    else return end <= e;
  }
  return false;
}
