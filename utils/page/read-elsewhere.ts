/**
 * The page's side of reading the article away from its thread (utils/reader/read-copy.ts; the HTML sent is
 * page-html.ts's): whether Readability's parse would hold the page long enough to go elsewhere, and the reading that
 * comes back anchored to the page's live Text nodes. The copy is parsed from the HTML, so its Text nodes are the page's in the same order, but for a few
 * the parser makes differently: neighbouring Text nodes a script made come back as one, a `<noscript>`'s text as
 * markup. The anchoring follows the drift between the two numberings and checks every node it takes by its probe.
 */
import { probe, PROBE_HEAD, type ArticleReading } from '../reader/read-copy';
import { textChars } from './page-size';
import type { Slices } from './slices';
import type { Picked } from './text-index';

/** Where the page's HTML is read, away from its thread. */
export interface ReadElsewhere {
  /** Said before the page serialises itself, so that whatever reads it can get ready meanwhile. */
  coming: () => void;
  /** The reading; null when Readability finds no article; a rejection when it failed. */
  read: (html: string, slices: Slices) => Promise<ArticleReading | null>;
}

/**
 * Readability's parse, timed on the saved real pages and generated long articles (docs/architecture.md, "Very large
 * pages"), costs about 1 ms per 100 elements plus 1 ms per 20,000 characters of text: 124 ms predicted on the 9,888-element
 * Wikipedia page (91–173 measured), 255 on 5 MB of text (228–298), 32 on a 2,774-element one (31–67).
 */
const ELEMENTS_A_MS = 100;
const CHARS_A_MS = 20_000;
/**
 * Reading elsewhere keeps the page's thread free but has the reader wait longer for the findings: on the 1 MB
 * Wikipedia page the serialising, the round trips and the copy's parse took 100–150 ms more than reading on the page.
 * So only a parse that would hold the page about as long as that goes elsewhere: there the freeze saved outweighs the
 * wait added, and both grow with the page.
 */
const ELSEWHERE_FROM_MS = 150;

const SHOW_TEXT = 0x4;

/**
 * Whether Readability would hold the page's thread long enough to read the page elsewhere instead. `chars`: the page's
 * text (page-size.ts), when already counted for this opening.
 */
export function readingWouldBeLong(doc: Document, chars?: number): boolean {
  const elements = doc.getElementsByTagName('*').length;
  if (elements / ELEMENTS_A_MS >= ELSEWHERE_FROM_MS) return true;
  // Readability drops scripts and styles first: their text costs it nothing.
  return elements / ELEMENTS_A_MS + (chars ?? textChars(doc)) / CHARS_A_MS >= ELSEWHERE_FROM_MS;
}

/** How far past the last node taken a node whose place drifted is looked for. */
const SEARCH_AHEAD = 2000;
/** How many of the page's neighbouring Text nodes one node of the copy may stand for. */
const MOST_MERGED = 64;
/** The share of the article's characters that may fail to anchor before the page reads it itself after all. */
const MOST_MISSED = 0.02;

/**
 * The article's live Text nodes, block and quotation for each, from a reading of the page's HTML; null when too much
 * of it matches nothing on the page (it changed meanwhile), so that the page reads the article itself.
 */
export async function anchorReading(reading: ArticleReading, doc: Document, slices: Slices): Promise<Picked[] | null> {
  const live: Text[] = [];
  const walker = doc.createTreeWalker(doc, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    live.push(n as Text);
    if ((live.length & 255) === 0 && slices.due()) await slices.pause();
  }
  const lengths = reading.probe.map((want) => Number.parseInt(want, 10));
  // Past this many characters unmatched, the reading is given up at once rather than searched to its end.
  let missable = lengths.reduce((sum, length) => sum + length, 0) * MOST_MISSED;
  const picked: Picked[] = [];
  let last = -1;
  let drift = 0;
  for (let i = 0; i < reading.at.length; i++) {
    const want = reading.probe[i]!;
    const length = lengths[i]!;
    const c = reading.at[i]! + drift;
    let taken = takeAt(live, c, last, want, length);
    // White space matches many nodes: it is looked for only at its place, the next node with text setting the drift
    // right should that place be off.
    const searchTo = reading.blank[i] === 1 ? last : Math.min(Math.max(c, last + 1) + SEARCH_AHEAD, live.length - 1);
    for (let j = last + 1; !taken && j <= searchTo; j++) taken = takeAt(live, j, last, want, length);
    if (!taken) {
      missable -= length;
      if (missable < 0) return null;
      continue;
    }
    const [from, to] = taken;
    const block = reading.block[i]!;
    for (let k = from; k < to; k++) picked.push({ live: live[k]!, block: block === -1 ? null : block, quoted: reading.quoted[i] === 1 });
    last = to - 1;
    drift = to - (reading.at[i]! + 1);
    if (slices.due()) await slices.pause();
  }
  return picked;
}

/**
 * The live nodes [from, to) that hold the copy's node probed `want` when they start at `c`: one node with the same
 * text, or a run of neighbours whose texts join into it.
 */
function takeAt(live: readonly Text[], c: number, last: number, want: string, length: number): [number, number] | null {
  if (c <= last || c >= live.length) return null;
  const first = live[c]!.data;
  if (first.length === length) return probe(first) === want ? [c, c + 1] : null;
  if (first.length > length || !startsAs(want, first)) return null;
  let joined = first;
  for (let k = c + 1; k < live.length && k < c + MOST_MERGED; k++) {
    joined += live[k]!.data;
    if (joined.length === length) return probe(joined) === want ? [c, k + 1] : null;
    if (joined.length > length) return null;
  }
  return null;
}

/** Whether the text probed `want` may start with `data`. */
function startsAs(want: string, data: string): boolean {
  // After the length and the hash, neither of which holds a colon.
  return want.startsWith(data.slice(0, PROBE_HEAD), want.indexOf(':', want.indexOf(':') + 1) + 1);
}
