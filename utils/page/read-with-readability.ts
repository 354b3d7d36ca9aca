/**
 * Readability's parse as Framing Lens uses it: for the article's Text nodes and its metadata, never for the markup it
 * would hand a reader view. DOM only; the page (extract.ts) and the extension's reader (utils/reader/read-copy.ts)
 * both read through it.
 */
import { Readability } from '@mozilla/readability';

/** What Readability tells of the article besides its text. */
export type ArticleMeta = { title?: string | null; siteName?: string | null; publishedTime?: string | null; lang?: string | null };

/** What the parse tells: the article's root element in the document it read, and the metadata beside it. */
export type ReadabilityArticle = ArticleMeta & { content: Element | null };

/**
 * Readability without two passes that dress the article for a reader view: making every link and image address
 * absolute, and stripping inline styles and presentational attributes (nothing after that pass reads them). We read
 * neither. On the 1 MB Wikipedia page they took 17 and 11 ms of the parse, one task that cannot be cut; the first also
 * swapped each `javascript:` link for a new Text node, which then had to be found again by its data. The article it
 * picks and the text in it are the same (`test/unit/page/read-with-readability.test.ts`, and on 341 saved pages when
 * this was written).
 */
class TextReadability extends Readability<Element> {
  // The names are Readability's own (0.6): should one change, its pass simply runs again, and the test above fails.
  _fixRelativeUris(): void {}
  _cleanStyles(): void {}
}

/**
 * Readability's reading of `doc`, which it rewrites: the caller passes a copy. Classes are kept because removing
 * them is another pass over the article (5 ms on that page) that changes nothing we read.
 */
export function readWithReadability(doc: Document): ReadabilityArticle | null {
  return new TextReadability(doc, { serializer: (el) => el as Element, keepClasses: true }).parse() as ReadabilityArticle | null;
}
