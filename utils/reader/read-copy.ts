/**
 * Readability on a copy of a page made from its HTML, away from the page's thread: in an offscreen document (Chrome)
 * or the background page (Firefox). Readability's parse is one task that cannot be cut, 60–300 ms on a long article;
 * here it holds up no frame and no input of the page. What comes back names the article's Text nodes by their place
 * among all the copy's Text nodes in document order, which is how the page finds its own live ones
 * (utils/page/read-elsewhere.ts): the article's text is never sent back, only numbers and short probes.
 *
 * DOM only, no extension APIs: given any Document constructor's parse, it runs the same in tests.
 */
import { readWithReadability } from '../page/read-with-readability';
import { blockOf, isQuotedByMarkup } from '../page/text-index';

/** The article Readability found in a copy, as places among the copy's Text nodes. */
export interface ArticleReading {
  title: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** For each of the article's Text nodes, in reading order: its index among the copy's Text nodes in document order. */
  at: number[];
  /** For each: its block's number (one number per block-level element; -1 for none), which sets the blank lines. */
  block: number[];
  /** For each: 1 when markup quotes it (a block quote, `<q>`), else 0. */
  quoted: number[];
  /** For each: 1 when its text is white space only (which many nodes share), else 0. */
  blank: number[];
  /** For each: `probe()` of the node's text as the page served it, so the page can check it took the same node. */
  probe: string[];
}

const SHOW_TEXT = 0x4;
/** Characters of a node's text a probe keeps from its start. */
export const PROBE_HEAD = 8;

/**
 * A short fingerprint of a Text node's data: its length, a hash of it all (FNV-1a over its UTF-16 units) and its first
 * few characters, which tell at once whether a run of the page's nodes may join into it.
 */
export function probe(data: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) hash = Math.imul(hash ^ data.charCodeAt(i), 0x01000193);
  return `${data.length}:${(hash >>> 0).toString(36)}:${data.slice(0, PROBE_HEAD)}`;
}

/** Readability's reading of `doc` (which it rewrites), or null when it finds no article. */
export function readCopy(doc: Document): ArticleReading | null {
  // Numbered before Readability moves anything, with the text each node had: Readability rewrites some of them.
  const originals: Text[] = [];
  const served: string[] = [];
  const indexOf = new Map<Text, number>();
  const all = doc.createTreeWalker(doc, SHOW_TEXT);
  for (let n = all.nextNode(); n; n = all.nextNode()) {
    indexOf.set(n as Text, originals.length);
    originals.push(n as Text);
    served.push((n as Text).data);
  }
  const article = readWithReadability(doc);
  if (!article?.content) return null;

  const reading: ArticleReading = {
    title: article.title ?? null,
    siteName: article.siteName ?? null,
    publishedTime: article.publishedTime ?? null,
    lang: article.lang ?? null,
    at: [],
    block: [],
    quoted: [],
    blank: [],
    probe: [],
  };
  const blocks = new Map<Element, number>();
  let last = -1;
  const picked = doc.createTreeWalker(article.content, SHOW_TEXT);
  for (let n = picked.nextNode(); n; n = picked.nextNode()) {
    const node = n as Text;
    let at = indexOf.get(node) ?? -1;
    // Readability parses its article again from markup when its first pass finds too little: those nodes are new, so
    // the served node is the next one after the last taken with the same text.
    if (at <= last) at = served.indexOf(node.data, last + 1);
    if (at < 0) continue;
    last = at;
    const block = blockOf(node);
    if (block && !blocks.has(block)) blocks.set(block, blocks.size);
    reading.at.push(at);
    reading.block.push(block ? blocks.get(block)! : -1);
    reading.quoted.push(isQuotedByMarkup(node) ? 1 : 0);
    reading.blank.push(served[at]!.trim() === '' ? 1 : 0);
    reading.probe.push(probe(served[at]!));
  }
  return reading;
}
