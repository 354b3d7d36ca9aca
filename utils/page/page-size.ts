/**
 * How much text a page holds, and what follows from it for the sidebar's room. Counting walks the Text nodes and reads
 * their lengths, which copies no text: a few ms at 30,000 elements.
 */

const SHOW_TEXT = 0x4;

/** Characters of the page's text outside scripts and styles (which neither Readability nor layout read as lines). */
export function textChars(doc: Document): number {
  let chars = 0;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentNode?.nodeName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE') chars += (n as Text).length;
  }
  return chars;
}

/**
 * Above this much text, making room for the sidebar beside the page lays every line out again in a frame of 50 ms or
 * more, and as long again when the room is given back. Timed without the extension (generated articles, the page
 * narrowed by 380 px, medians of three): 23–27 ms at 1 M characters, 37–41 at 2 M, 62–66 at 3 M, 91–93 at 5 M; the
 * 1 MB Wikipedia page 21–22.
 */
const NARROWED_CHARS_MAX = 2_500_000;

/**
 * Whether the page is too long to narrow: the sidebar opens below it, as a bottom sheet, in any window. `chars`: its
 * text, when already counted for this opening.
 */
export function tooLongToNarrow(doc: Document, chars = textChars(doc)): boolean {
  return chars > NARROWED_CHARS_MAX;
}
