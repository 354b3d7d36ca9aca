/**
 * Pages Framing Lens cannot read as an article, told apart so the reader hears why instead of getting nothing:
 * documents that are not web pages (an SVG image, an XML feed), pages made of frames, and pages without a body.
 */
export type Unreadable = 'not-html' | 'frameset' | 'no-body';

/** What the browser was served decides, not what it shows: Chrome lays raw XML out as an HTML tree view. */
const WEB_PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export function whyUnreadable(doc: Document): Unreadable | null {
  if (!WEB_PAGE_TYPES.has(doc.contentType)) return 'not-html';
  if (doc.querySelector('frameset')) return 'frameset';
  if (!doc.documentElement || !doc.body) return 'no-body';
  return null;
}

/** A frame this large is where the article is, when the page around it has none: half the window's width, 300 px high. */
const ARTICLE_FRAME = { widthShare: 0.5, minHeight: 300 };

/** Whether the page shows a frame large enough to hold an article (which a script in the page itself cannot read). */
export function hasArticleFrame(doc: Document): boolean {
  const width = doc.defaultView?.innerWidth ?? 0;
  return [...doc.querySelectorAll('iframe, frame, object[data], embed[src]')].some((frame) => {
    const box = frame.getBoundingClientRect();
    return box.width >= width * ARTICLE_FRAME.widthShare && box.height >= ARTICLE_FRAME.minHeight;
  });
}
