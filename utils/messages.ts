/**
 * The one message contract between the background worker, the content script and the extension pages.
 * Every message is a member of a union keyed by `type`; each has a declared response type.
 */
import { browser } from 'wxt/browser';
import type { AlsoNamed } from './core/also-named/find';
import type { Finding, SideRow } from './core/types';
import type { WatchFinding } from './core/watch/find';
import type { ToneSummary } from './core/watch/tone';
import type { Entry } from './glossary/schema';
import type { Unreadable } from './page/readable';
import type { ArticleReading } from './reader/read-copy';

/** Background → content script (in one tab). */
export interface ToContent {
  /** The toolbar icon was clicked again: close the sidebar if open, re-open it otherwise. */
  toggle: { request: { type: 'toggle' }; response: { open: boolean } };
}

/** Content script / extension pages → background. */
export interface ToBackground {
  /** The analysis finished: show the number of framing findings on the tab's toolbar icon. */
  'show-count': { request: { type: 'show-count'; framing: number }; response: void };
  /** The sidebar closed: clear the tab's badge. */
  closed: { request: { type: 'closed' }; response: void };
  /** The reader allowed a "never" site again from its popup: analyse the tab as a toolbar click would. */
  'analyse-tab': { request: { type: 'analyse-tab'; tabId: number }; response: void };
  /** Content scripts cannot open the options page themselves. With a site: at the place to let it run there by itself. */
  'open-options': { request: { type: 'open-options'; site?: string }; response: void };
  /** The page cannot be read, or the sidebar could not be shown on it: say why on the tab's icon. */
  'cannot-read': { request: { type: 'cannot-read'; reason: CannotRead }; response: void };
  /**
   * The article's text, to be analysed against the glossary in force on the page's site; or, for a long text, the key
   * its parts were sent under (`text-part`). Null: no text is kept under that key (the worker was stopped and started
   * again in between), so send it whole.
   */
  analyse: { request: AnalysisRequest | KeptAnalysisRequest; response: AnalysisReply | null };
  /**
   * A part of a long text, kept under `key` until the analysis asks for it: one message of 3–5 MB is a task of
   * 45–75 ms on the page's thread to send, where parts sent with the page's turn between are a few ms each.
   */
  'text-part': { request: { type: 'text-part'; key: string; part: string }; response: void };
  /**
   * The same text, once its findings are on screen: the organisations and people the glossary lacks (at most
   * ALSO_NAMED_CAP, the most often named first), with the labels the article gives them. Asked apart from the
   * analysis so the findings never wait for it (it takes longer than the analysis itself on a long article). Asked
   * by the analysis reply's `textKey`, the text is not sent again; null: the background no longer holds it (its
   * worker was stopped in between), so ask again with the text.
   */
  'also-named': { request: AlsoNamedRequest; response: AlsoNamed[] | null };
  /**
   * The page's HTML, or the key its parts were sent under (`text-part`), for Readability to read away from the page's
   * thread: sent only where its parse there would be a long task. Null: no HTML is kept under that key, so send it
   * whole.
   */
  'read-article': { request: ReadArticleRequest; response: { article: ArticleReading | null } | null };
  /** The page is about to send its HTML to read (`read-article`): the reader can open meanwhile. */
  'reader-wanted': { request: { type: 'reader-wanted' }; response: void };
}

export type ReadArticleRequest = { type: 'read-article' } & ({ html: string } | { htmlKey: string });

/** Background → the reader, the offscreen document where Chrome parses HTML (a service worker has no DOM). */
export interface ToReader {
  'read-copy': { request: { type: 'read-copy'; html: string }; response: { article: ArticleReading | null } };
}

export type ToReaderMessage = ToReader[keyof ToReader]['request'];

/** Narrow an unknown runtime message to the reader's contract: every extension context hears the others' messages. */
export function isToReader(message: unknown): message is ToReaderMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'read-copy' && typeof (message as { html?: unknown }).html === 'string';
}

export interface AnalysisRequest {
  type: 'analyse';
  text: string;
  /** Offsets of passages the markup quotes (block quotes), which the text alone does not show. */
  quoted: ReadonlyArray<readonly [number, number]>;
  /** The hostnames the page claims, to find the outlet's entry. */
  hostnames: readonly string[];
  /** The site whose exemptions apply; null off the web. */
  site: string | null;
  /** The language the page declares ("fr", "en-GB"), or null when it declares none. */
  lang: string | null;
  /** Every finding and word to watch, past FINDINGS_CAP too: for Export, which holds them all. */
  all?: boolean;
}

/** Texts longer than this go to the background in parts of this many characters (about 0.5 MB of JSON). */
export const TEXT_PART_CHARS = 262_144;
/**
 * A page's HTML goes in larger parts: it is sent while the reader waits for the findings, and each part is a round
 * trip to the background and a turn of the page's between; a part of 1 MB is a task of 10–15 ms to send.
 */
export const HTML_PART_CHARS = 1_048_576;

/** An analysis of the text whose parts were sent under `textKey`. */
export type KeptAnalysisRequest = Omit<AnalysisRequest, 'text'> & { textKey: string };

export type AlsoNamedRequest = { type: 'also-named'; site: AnalysisRequest['site'] } & (AlsoNamedText | { textKey: string });
/** The text itself, for an also-named request the background cannot answer by key. */
export type AlsoNamedText = Pick<AnalysisRequest, 'text' | 'quoted'>;

/** The analysis of a text, with what the sidebar, the cards and the export need of the glossary and no more. */
export interface AnalysisReply {
  /**
   * The findings in reading order: the first FINDINGS_CAP of them unless the request asked for all. On a very large
   * page the rest would make a message of megabytes that the page's thread takes a long task to read in (138 ms for
   * 32,775 findings), for findings it neither highlights nor lists.
   */
  findings: Finding[];
  /** How many findings there are in all, and how many of them are framing words (the count on the icon). */
  totals: { findings: number; framing: number; watch: number };
  sides: SideRow[];
  /** Words to watch at the reader's level (none when switched off), capped like the findings. */
  watch: WatchFinding[];
  /**
   * The tone summary of those words. Made here rather than on the page: counting the words of a long article is a
   * page-freezing task there (258–338 ms on the 100,000-element pages).
   */
  tone: ToneSummary;
  /**
   * The page's declared language when words to watch were not looked for because it is not English (the list is of
   * English words, and "catastrophe" is a plain word in French); null when they were.
   */
  watchSkippedFor: string | null;
  /** The entries the findings resolve to, and the outlet's. */
  entries: Entry[];
  /** The ids of those that are the reader's own entries. */
  own: string[];
  outletId: string | null;
  /** The names of the entries those entries point to (a term's mirrors), by id. */
  names: Record<string, string>;
  /**
   * What the also-named request may send in place of the text, which the background keeps for it: sending a long
   * article's text again is a task of 30–55 ms on the page's thread at 3–5 MB. Null for a request of `all`.
   */
  textKey: string | null;
}

/** Why Framing Lens cannot help on a page: the browser keeps extensions out, the page is not an article page, or our
 * sidebar could not be attached to it. */
export type CannotRead = 'forbidden' | Unreadable | 'ui';

export const CANNOT_READ: readonly CannotRead[] = ['forbidden', 'not-html', 'frameset', 'no-body', 'ui'];

export type ToContentMessage = ToContent[keyof ToContent]['request'];
export type ToBackgroundMessage = ToBackground[keyof ToBackground]['request'];

export function sendToTab<K extends keyof ToContent>(
  tabId: number,
  message: ToContent[K]['request'],
): Promise<ToContent[K]['response']> {
  return browser.tabs.sendMessage(tabId, message) as Promise<ToContent[K]['response']>;
}

export function sendToReader<K extends keyof ToReader>(message: ToReader[K]['request']): Promise<ToReader[K]['response']> {
  return browser.runtime.sendMessage(message) as Promise<ToReader[K]['response']>;
}

export function sendToBackground<K extends keyof ToBackground>(
  message: ToBackground[K]['request'],
): Promise<ToBackground[K]['response']> {
  return browser.runtime.sendMessage(message) as Promise<ToBackground[K]['response']>;
}

/** Narrow an unknown runtime message to the content script's contract. */
export function isToContent(message: unknown): message is ToContentMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'toggle';
}

const backgroundTypes: ReadonlySet<string> = new Set<keyof ToBackground>(['show-count', 'closed', 'open-options', 'analyse-tab', 'cannot-read', 'analyse', 'also-named', 'text-part', 'read-article', 'reader-wanted']);

export function isToBackground(message: unknown): message is ToBackgroundMessage {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (type === 'cannot-read') return CANNOT_READ.includes((message as { reason?: unknown }).reason as CannotRead);
  if (type === 'analyse') {
    const { text, textKey } = message as { text?: unknown; textKey?: unknown };
    return typeof text === 'string' || typeof textKey === 'string';
  }
  if (type === 'text-part') {
    const { key, part } = message as { key?: unknown; part?: unknown };
    return typeof key === 'string' && typeof part === 'string';
  }
  if (type === 'also-named') {
    const { text, textKey } = message as { text?: unknown; textKey?: unknown };
    return typeof text === 'string' || typeof textKey === 'string';
  }
  if (type === 'read-article') {
    const { html, htmlKey } = message as { html?: unknown; htmlKey?: unknown };
    return typeof html === 'string' || typeof htmlKey === 'string';
  }
  return typeof type === 'string' && backgroundTypes.has(type);
}
