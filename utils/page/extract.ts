/**
 * Pulls the article out of the live page. Readability runs on a clone (it rewrites the tree it reads), so while the
 * live and cloned trees are still identical we record cloned Text node → live Text node, then build the article text
 * from the LIVE nodes' data. Findings in that text map straight back to live Ranges.
 */
import { Readability } from '@mozilla/readability';
import { TextBuilder, TextIndex, blockOf, isQuotedByMarkup } from './text-index';

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
  /** `article`: Readability found the article. `page`: the reader asked to scan the whole visible page. */
  scope: 'article' | 'page';
}

// DOM constants by value: the clone Readability reads has no window to take them from.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** Below this many characters Readability's "article" is a menu or a form, not something to analyse. */
const MIN_ARTICLE_CHARS = 250;

function readMeta(doc: Document, article?: { title?: string | null; siteName?: string | null; publishedTime?: string | null; lang?: string | null }): PageMeta {
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

/** The article as text mapped to the live page, or null when the page holds no article. */
export function extractArticle(doc: Document, skip?: Element | null): Extraction | null {
  const liveNodes = textNodesOf(doc.documentElement);
  const clone = doc.cloneNode(true) as Document;
  const cloneNodes = textNodesOf(clone.documentElement);
  const cloneToLive = new WeakMap<Text, Text>();
  // Same tree, same walk order: the i-th Text node of the clone is the i-th of the page.
  cloneNodes.forEach((node, i) => cloneToLive.set(node, liveNodes[i]!));
  const liveOrder = new Map(liveNodes.map((node, i) => [node, i] as const));
  // After the pairing above, which counts every Text node of both trees.
  untieFromWindow(clone);

  const article = new Readability(clone, { serializer: (el: Node) => el } as never).parse() as
    | ({ content: Element | null; title?: string | null; siteName?: string | null; publishedTime?: string | null; lang?: string | null })
    | null;
  if (!article?.content) return null;

  const builder = new TextBuilder();
  const picked: Picked[] = [];
  let lastLive = -1;
  for (const node of textNodesOf(article.content)) {
    let live = cloneToLive.get(node);
    if (!live || (liveOrder.get(live) ?? -1) <= lastLive) live = undefined;
    // Readability re-parses from innerHTML when its first pass finds too little: those nodes are new, so find the
    // next live node with the same text after the last one anchored.
    if (!live) {
      for (let i = lastLive + 1; i < liveNodes.length; i++) {
        if (liveNodes[i]!.data === node.data) {
          live = liveNodes[i];
          break;
        }
      }
    }
    if (!live || (skip && skip.contains(live))) continue;
    lastLive = liveOrder.get(live)!;
    picked.push({ live, block: blockOf(node), quoted: isQuotedByMarkup(node) });
  }
  for (const p of withoutRepeatedBlocks(picked)) builder.add(p.live, p.block, p.quoted);
  const { text, index, quoted } = builder.build();
  if (text.replace(/\s+/g, ' ').trim().length < MIN_ARTICLE_CHARS) return null;
  return { text, index, quoted, meta: readMeta(doc, article), scope: 'article' };
}

/**
 * The clone shares the page's window, and Chromium keeps alive, for as long as that window lives, every media element
 * of it (`<video>`, `<audio>`: a playback registration) and every `<source media>` (a listener on its media query):
 * with either, the whole clone would stay in memory until the reader leaves the page, one more copy of the page for
 * every opening. Neither holds article text, so they go before Readability reads the clone (and copies its markup
 * for a second pass).
 */
function untieFromWindow(clone: Document): void {
  for (const media of clone.querySelectorAll('video, audio')) media.remove();
  for (const source of clone.querySelectorAll('source[media]')) source.removeAttribute('media');
}

interface Picked {
  live: Text;
  block: Element | null;
  quoted: boolean;
}

/** Blocks at least this long that repeat word for word are layout copies, not a second paragraph. */
const REPEAT_MIN_CHARS = 40;

/**
 * Drops a block whose text repeats an earlier block word for word: pages ship the same caption or pull quote twice
 * (once per layout), and the reader reads it once. Short blocks ("(Photo by AFP)" under two photos) are kept.
 */
function withoutRepeatedBlocks(picked: readonly Picked[]): Picked[] {
  const seen = new Set<string>();
  const kept: Picked[] = [];
  for (let i = 0; i < picked.length; ) {
    let j = i + 1;
    while (j < picked.length && picked[j]!.block === picked[i]!.block) j++;
    const group = picked.slice(i, j);
    const key = group.map((p) => p.live.data).join('').replace(/\s+/g, ' ').trim();
    if (key.length < REPEAT_MIN_CHARS || !seen.has(key)) kept.push(...group);
    seen.add(key);
    i = j;
  }
  return kept;
}

/** Tags whose text is not prose a reader sees, or belongs to a form the reader is filling in. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'SVG', 'CANVAS', 'IFRAME']);

/** Every visible text of the page, for when there is no article and the reader asks to scan it all. */
export function extractVisiblePage(doc: Document, skip?: Element | null): Extraction {
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
  for (let n = walker.nextNode(); n; n = walker.nextNode()) builder.add(n as Text, blockOf(n), isQuotedByMarkup(n));
  const { text, index, quoted } = builder.build();
  return { text, index, quoted, meta: readMeta(doc), scope: 'page' };
}

function textNodesOf(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}
