/**
 * Pulls the article out of the live page. Readability runs on a copy (it rewrites the tree it reads); while copying we
 * record copied Text node → live Text node, then build the article text from the LIVE nodes' data. Findings in that
 * text map straight back to live Ranges.
 */
import { Slices, UNSLICED } from './slices';
import { pageHtml } from './page-html';
import { anchorReading, readingWouldBeLong, type ReadElsewhere } from './read-elsewhere';
import { TextBuilder, TextIndex, blockOf, isQuotedByMarkup, type Picked } from './text-index';
import { readWithReadability, type ArticleMeta } from './read-with-readability';

export interface PageMeta {
  url: string;
  title: string;
  site: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** Hostnames the page claims (its own and its canonical URL's), used to find the outlet's card. */
  hostnames: string[];
}

export interface PageText {
  text: string;
  index: TextIndex;
  /** Offsets of passages quoted by markup (<blockquote>, <q>), for the analysis to mark as someone's speech. */
  quoted: ReadonlyArray<readonly [number, number]>;
}

export interface Extraction extends PageText {
  meta: PageMeta;
  /**
   * `article`: Readability found the article. `page`: the reader asked to scan the whole visible page. `large-page`:
   * the page has too many elements to pick the article out without freezing the tab, so all its visible text was read.
   */
  scope: 'article' | 'page' | 'large-page';
}

/**
 * Above this many elements the article is not picked out: Readability's parse is one task that cannot be cut into
 * slices (0.9–1.3 s on a 100,000-element page), while the largest real page saved here has 9,888 elements. The whole
 * visible page is read instead, in slices, and the sidebar says why.
 */
export const ARTICLE_ELEMENT_LIMIT = 30_000;

/** Counting is cheap (2–6 ms at 100,000 elements): the browser keeps the live list. */
export function tooLargeForArticle(doc: Document): boolean {
  return doc.getElementsByTagName('*').length > ARTICLE_ELEMENT_LIMIT;
}

// DOM constants by value: the clone Readability reads has no window to take them from.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** Below this many characters Readability's "article" is a menu or a form, not something to analyse. */
const MIN_ARTICLE_CHARS = 250;

function readMeta(doc: Document, article?: ArticleMeta): PageMeta {
  const metaContent = (selector: string) => doc.querySelector<HTMLMetaElement>(selector)?.content?.trim() || null;
  // The page writes its canonical URL: only a web address is taken from it (never `javascript:` or `data:`).
  const canonical = webUrl(doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href || metaContent('meta[property="og:url"]'));
  const address = doc.location?.href ?? doc.URL;
  const hostnames = new Set<string>();
  for (const candidate of [webUrl(address), canonical]) if (candidate) hostnames.add(candidate.hostname.replace(/^www\./, ''));
  return {
    url: canonical?.href ?? address,
    title: plainLine(article?.title || doc.title),
    site: article?.siteName?.trim() || metaContent('meta[property="og:site_name"]'),
    publishedTime: article?.publishedTime || metaContent('meta[property="article:published_time"]'),
    lang: article?.lang || doc.documentElement.lang || null,
    hostnames: [...hostnames].filter(Boolean),
  };
}

/** An http(s) URL, or null for anything else, malformed ones included. */
function webUrl(candidate: string | null | undefined): URL | null {
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** A title as one line of text: control characters and runs of white space become single spaces. */
function plainLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
  return text.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
}

/** The article's live Text nodes in reading order, and what Readability tells of it. */
interface Read {
  picked: Picked[];
  article: ArticleMeta;
}

/**
 * The article as text mapped to the live page, or null when the page holds no article. Every step but Readability's
 * own parse is cut into slices that give the page its turn (`slices`; none by default). Where that parse would be a
 * long task and `elsewhere` can read the page's HTML away from its thread, it is read there; should that fail, or
 * match too little of the page, it is read here after all.
 */
export async function extractArticle(
  doc: Document,
  skip?: Element | null,
  slices: Slices = UNSLICED,
  elsewhere?: ReadElsewhere,
  /** The page's text (page-size.ts), when the caller has counted it for this opening. */
  chars?: number,
): Promise<Extraction | null> {
  const away = elsewhere && readingWouldBeLong(doc, chars) ? await readAway(doc, elsewhere, slices) : undefined;
  const read = away === undefined ? await readHere(doc, skip ?? null, slices) : away;
  if (!read) return null;
  const builder = new TextBuilder();
  for (const p of await withoutRepeatedBlocks(read.picked, slices)) {
    builder.add(p.live, p.block, p.quoted);
    if (slices.due()) await slices.pause();
  }
  await slices.breathe();
  const { text, index, quoted } = builder.build();
  if (!collapsedLengthAtLeast(text, MIN_ARTICLE_CHARS)) return null;
  await slices.breathe();
  return { text, index, quoted, meta: readMeta(doc, read.article), scope: 'article' };
}

/** The article read elsewhere: null when there is none, undefined when it has to be read here. */
async function readAway(doc: Document, elsewhere: ReadElsewhere, slices: Slices): Promise<Read | null | undefined> {
  elsewhere.coming();
  const reading = await elsewhere.read(await pageHtml(doc, slices), slices).catch(() => undefined);
  slices.check();
  if (!reading) return reading;
  const picked = await anchorReading(reading, doc, slices);
  return picked ? { picked, article: reading } : undefined;
}

/** Readability on a copy made here, its nodes paired with the live ones as they are copied. */
async function readHere(doc: Document, skip: Element | null, slices: Slices): Promise<Read | null> {
  const { clone, liveNodes, indexOf } = await copyDocument(doc, skip, slices);
  // One synchronous call that cannot be cut (docs/architecture.md, "Very large pages").
  const article = readWithReadability(clone);
  await slices.breathe();
  if (!article?.content) return null;

  const picked: Picked[] = [];
  let lastLive = -1;
  const walker = clone.createTreeWalker(article.content, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    let at = indexOf.get(node) ?? -1;
    // Readability re-parses from innerHTML when its first pass finds too little: those nodes are new, so find the
    // next live node with the same text after the last one anchored.
    if (at <= lastLive) {
      at = -1;
      for (let i = lastLive + 1; i < liveNodes.length; i++) {
        if (liveNodes[i]!.data === node.data) {
          at = i;
          break;
        }
        if (slices.due()) await slices.pause();
      }
    }
    if (at >= 0) {
      lastLive = at;
      picked.push({ live: liveNodes[at]!, block: blockOf(node), quoted: isQuotedByMarkup(node) });
    }
    if (slices.due()) await slices.pause();
  }
  return { picked, article };
}

const SPACE = /\s/;

/**
 * `text.replace(/\s+/g, ' ').trim().length >= min`, stopping as soon as it knows: on 5 MB of text the replace alone
 * took a task of 125–226 ms.
 */
export function collapsedLengthAtLeast(text: string, min: number): boolean {
  let length = 0;
  let gap = false;
  for (let i = 0; i < text.length && length < min; i++) {
    if (SPACE.test(text[i]!)) {
      gap = length > 0;
    } else {
      length += gap ? 2 : 1;
      gap = false;
    }
  }
  return length >= min;
}

interface DocumentCopy {
  /** A copy of the page for Readability to rewrite, detached from the page (no scripts, no loads). */
  clone: Document;
  /** The page's Text nodes, in the order they were copied (document order). */
  liveNodes: Text[];
  /** A copied Text node → the index of the live node it was copied from. */
  indexOf: Map<Text, number>;
}

/**
 * Copies the document in slices, noting for every copied Text node the live one it came from. The page may change
 * between slices: each parent's child list is read when the parent is copied, and a child that has moved or gone since
 * is left out, so every pair noted is exact even if the copy mixes moments. `skip` (our own UI's host) is not copied.
 *
 * Nor are media elements, and a `<source>`'s media query is left off: the copy shares the page's window, and
 * Chromium keeps alive, for as long as that window lives, every media element of it (`<video>`, `<audio>`: a playback
 * registration) and every `<source media>` (a listener on its media query); with either, the whole copy would stay in
 * memory until the reader leaves the page, one more copy of the page for every opening. Neither holds article text.
 * Nor are `<style>` elements, which Readability drops unread: copied, each one's rules are parsed into a stylesheet of
 * the copy (10–13 ms for the 530 kB of inline CSS on the Breitbart page, most of that page's copy).
 *
 * A subtree of at most WHOLE_MAX elements with none of those in it is copied whole, by the browser, and its Text nodes
 * paired in the same task, while both trees are still alike: node by node in script, the copy of a 1 MB page took
 * 70–100 ms; the bound keeps each such task to a millisecond or two.
 */
const LEFT_OUT = new Set(['video', 'audio', 'style']);
const NOT_COPIED_WHOLE = 'video, audio, style, source[media]';
const WHOLE_MAX = 1000;

async function copyDocument(doc: Document, skip: Element | null, slices: Slices): Promise<DocumentCopy> {
  const clone = doc.cloneNode(false) as Document;
  const liveNodes: Text[] = [];
  const indexOf = new Map<Text, number>();
  const pair = (live: Text, copy: Text) => {
    indexOf.set(copy, liveNodes.length);
    liveNodes.push(live);
  };
  const stack: Array<{ live: Node; copy: Node; children: Node[]; next: number }> = [
    { live: doc, copy: clone, children: [...doc.childNodes], next: 0 },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const child = top.children[top.next++];
    if (!child) {
      stack.pop();
      continue;
    }
    if (child === skip || child.parentNode !== top.live || LEFT_OUT.has((child as Element).localName)) continue;
    const whole = child.nodeType === ELEMENT_NODE && copiesWhole(child as Element, skip);
    const copy = clone.importNode(child, whole);
    if (!whole && (child as Element).localName === 'source') (copy as Element).removeAttribute('media');
    top.copy.appendChild(copy);
    if (child.nodeType === TEXT_NODE) {
      pair(child as Text, copy as Text);
    } else if (whole) {
      const live = doc.createTreeWalker(child, SHOW_TEXT);
      const copied = clone.createTreeWalker(copy, SHOW_TEXT);
      for (let l = live.nextNode(), c = copied.nextNode(); l && c; l = live.nextNode(), c = copied.nextNode()) pair(l as Text, c as Text);
    } else if (child.firstChild) {
      stack.push({ live: child, copy, children: [...child.childNodes], next: 0 });
    }
    if (slices.due()) await slices.pause();
  }
  return { clone, liveNodes, indexOf };
}

/** Whether the browser may copy `el` with all it holds (see copyDocument). */
function copiesWhole(el: Element, skip: Element | null): boolean {
  return (
    !el.matches(NOT_COPIED_WHOLE) &&
    el.querySelector(NOT_COPIED_WHOLE) === null &&
    !(skip && el.contains(skip)) &&
    el.getElementsByTagName('*').length <= WHOLE_MAX
  );
}

/** Blocks at least this long that repeat word for word are layout copies, not a second paragraph. */
const REPEAT_MIN_CHARS = 40;

/**
 * Drops a block whose text repeats an earlier block word for word: pages ship the same caption or pull quote twice
 * (once per layout), or the lead again in a summary above it, and the reader reads it once. The words are compared,
 * not their punctuation or case: a summary's copy may differ by a comma ("in Tijuana in protest" / "in Tijuana, in
 * protest"). Short blocks ("(Photo by AFP)" under two photos) are kept.
 */
async function withoutRepeatedBlocks(picked: readonly Picked[], slices: Slices): Promise<Picked[]> {
  const seen = new Set<string>();
  const kept: Picked[] = [];
  for (let i = 0; i < picked.length; ) {
    let j = i + 1;
    while (j < picked.length && picked[j]!.block === picked[i]!.block) j++;
    const group = picked.slice(i, j);
    const key = group
      .map((p) => p.live.data)
      .join('')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (key.length < REPEAT_MIN_CHARS || !seen.has(key)) kept.push(...group);
    seen.add(key);
    i = j;
    if (slices.due()) await slices.pause();
  }
  return kept;
}

/** Tags whose text is not prose a reader sees, or belongs to a form the reader is filling in. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'SVG', 'CANVAS', 'IFRAME']);

/** Every visible text of the page: when there is no article and the reader asks to scan it all, or it is too large. */
export async function extractVisiblePage(
  doc: Document,
  skip?: Element | null,
  slices: Slices = UNSLICED,
  scope: 'page' | 'large-page' = 'page',
): Promise<Extraction> {
  const builder = new TextBuilder();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === TEXT_NODE) return FILTER_ACCEPT;
      const el = node as Element;
      if (el === skip || NOT_PROSE.has(el.tagName.toUpperCase()) || (el as HTMLElement).isContentEditable) {
        return FILTER_REJECT;
      }
      if (typeof el.checkVisibility === 'function' && !el.checkVisibility()) return FILTER_REJECT;
      return FILTER_SKIP;
    },
  });
  // The clock is read every 16 nodes: read at each of a large page's 100,000, it took a fifth of the walk.
  let count = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    builder.add(n as Text, blockOf(n), isQuotedByMarkup(n));
    if ((++count & 15) === 0 && slices.due()) await slices.pause();
  }
  // Joining 5 MB of text and reading the page's meta take a few ms each: after the walk's last slice, each gets a
  // turn of its own rather than making that slice a long task.
  await slices.breathe();
  const { text, index, quoted } = builder.build();
  await slices.breathe();
  return { text, index, quoted, meta: readMeta(doc), scope };
}
