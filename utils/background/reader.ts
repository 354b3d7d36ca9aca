/**
 * Where a page's HTML is read when Readability's parse would hold the page's thread 150 ms or more
 * (utils/page/read-elsewhere.ts): Firefox's background is a page with a DOM, so it reads there; Chrome's worker has
 * none, so it opens the reader, an offscreen document (entrypoints/reader), for as long as readings are under way.
 * The HTML stays inside the extension, like the article's text: nothing here reaches the network.
 */
import { browser } from 'wxt/browser';
import type { ReadArticleRequest, ToBackground } from '../messages';
import { sendToReader } from '../messages';
import type { ArticleReading } from '../reader/read-copy';
import { forgetText, keptText } from './kept-texts';

/** Chrome's offscreen documents, which the polyfill's types do not know. */
interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

/** Which extension pages are open (Chrome 116 and later). */
interface ContextsApi {
  getContexts(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

const chromeApi = (globalThis as { chrome?: { offscreen?: OffscreenApi; runtime?: Partial<ContextsApi> } }).chrome;
const offscreen = chromeApi?.offscreen;

/** A page's HTML read by Readability; null when the HTML was sent in parts that this worker no longer holds. */
export async function readArticle(request: ReadArticleRequest): Promise<ToBackground['read-article']['response']> {
  let html: string;
  if ('htmlKey' in request) {
    const kept = keptText(request.htmlKey);
    forgetText(request.htmlKey);
    if (!kept) return null;
    html = kept.text;
  } else {
    html = request.html;
  }
  return { article: await readHtml(html) };
}

async function readHtml(html: string): Promise<ArticleReading | null> {
  // Decided when building, so Chrome's worker carries no Readability.
  if (import.meta.env.FIREFOX) {
    const { readCopy } = await import('../reader/read-copy');
    return readCopy(new DOMParser().parseFromString(html, 'text/html'));
  }
  if (!offscreen) throw new Error('This browser offers no document to read the page in.');
  return inReader(html);
}

/** Who needs the reader now: readings under way, and pages about to send HTML to read. It closes when none does. */
let users = 0;
/** Its last open or close: each waits for the one before. */
let lastStep: Promise<void> = Promise.resolve();
/** How long a page's notice holds the reader open for HTML that may not come (the reader closed the sidebar). */
const NOTICE_HOLD_MS = 10_000;

function holdReader(): Promise<void> {
  if (++users === 1) lastStep = lastStep.catch(() => undefined).then(openReader);
  return lastStep;
}

function releaseReader(): void {
  if (--users === 0) lastStep = lastStep.catch(() => undefined).then(closeReader);
}

/**
 * A page is about to serialise itself and send its HTML to read: the reader opens meanwhile (30–50 ms that would
 * otherwise come after the HTML arrived).
 */
export function readerWanted(): void {
  if (import.meta.env.FIREFOX || !offscreen) return;
  holdReader().catch(() => undefined);
  setTimeout(releaseReader, NOTICE_HOLD_MS);
}

async function inReader(html: string): Promise<ArticleReading | null> {
  const open = holdReader();
  try {
    await open;
    return (await sendToReader<'read-copy'>({ type: 'read-copy', html })).article;
  } finally {
    releaseReader();
  }
}

async function openReader(): Promise<void> {
  try {
    await offscreen!.createDocument({
      url: browser.runtime.getURL('/reader.html'),
      reasons: ['DOM_PARSER'],
      justification: "Reads a long article's HTML with Readability away from the page, so the page never waits for it.",
    });
  } catch (error) {
    // A worker stopped and started again while the reader was open has lost count of it: that one serves.
    if (!(await readerIsOpen())) throw error;
  }
}

async function closeReader(): Promise<void> {
  if (await readerIsOpen()) await offscreen!.closeDocument();
}

async function readerIsOpen(): Promise<boolean> {
  const contexts = await chromeApi?.runtime?.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  return (contexts?.length ?? 0) > 0;
}
