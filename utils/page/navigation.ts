/**
 * Single-page apps change the story without loading a new document. A move to another address means another
 * article; a move within the page (its #fragment: a footnote, a section) does not.
 */
export function isAnotherPage(from: URL, to: URL): boolean {
  return from.origin !== to.origin || from.pathname !== to.pathname || from.search !== to.search;
}
