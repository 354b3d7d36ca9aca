/**
 * How much text a page holds, and what follows from it for the sidebar's room. Counting walks the Text nodes and reads
 * their lengths, which copies no text: a few ms at 30,000 elements.
 */

const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;

/**
 * Characters of the page's text outside scripts and styles (which neither Readability nor layout read as lines). It is
 * counted before the shell paints. Every Text node's length is added, then the script and style text taken away:
 * asking each node for its parent had the browser make an object for every parent element, and took twice as long
 * (12 against 5 ms on the 1 MB Wikipedia page, medians of five fresh tabs).
 */
export function textChars(doc: Document): number {
  const root = doc.body ?? doc.documentElement;
  let chars = 0;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).length;
  for (const el of root.querySelectorAll('script, style')) {
    // HTML's own elements only: an SVG <style> (named in lower case) holds text the count keeps, as it always has.
    if (el.nodeName !== 'SCRIPT' && el.nodeName !== 'STYLE') continue;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) chars -= (child as Text).length;
    }
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
