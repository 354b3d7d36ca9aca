/**
 * Checks that a glossary's sources point at the page that supports the entry: a URL whose path is empty (a home or
 * landing page such as "https://www.apstylebook.com/" or "https://gur.gov.ua/en") says nothing a reader can check,
 * and a term backed only by a dictionary gives the meaning, not who uses the word. Used by the glossary test and by
 * `npm run glossary:report`.
 */
import type { Entry, Source } from '../../utils/glossary/schema';

/** Entries allowed to cite a landing page, with the reason. Kept empty: a specific page can always be found or the source dropped. */
export const LANDING_PAGE_ALLOWED: ReadonlyMap<string, string> = new Map();

/** Path segments that only pick a site's language or its index file: "/en/", "/index.html" lead to the home page too. */
const HOME_SEGMENT = /^(index\.(html?|php|aspx?)|[a-z]{2}([-_][a-z]{2})?)$/i;

/**
 * True when the URL opens a site's home or landing page: no path beyond a language segment or an index file, and no
 * query that names a page ("?p=48606" and "?title=T" are pages; "?utm_source=x" is not).
 */
export function isLandingPage(url: string): boolean {
  const u = new URL(url);
  const segments = u.pathname.split('/').filter(Boolean);
  if (!segments.every((s) => HOME_SEGMENT.test(s))) return false;
  const query = [...u.searchParams.keys()].filter((k) => !/^(utm_|fbclid$|gclid$)/i.test(k));
  return query.length === 0;
}

const DICTIONARY_HOSTS = /(^|\.)(merriam-webster\.com|dictionary\.com|collinsdictionary\.com|dictionary\.cambridge\.org|oxfordlearnersdictionaries\.com|wiktionary\.org|vocabulary\.com|etymonline\.com)$/i;

/** A dictionary page: it gives a word's meaning, not who uses it or why it matters. */
export function isDictionary(url: string): boolean {
  return DICTIONARY_HOSTS.test(new URL(url).hostname);
}

export interface SourceProblem {
  entryId: string;
  /** Where in the entry: "sources", "designations", "backers" or "guidance". */
  field: string;
  url: string;
  message: string;
}

function citedSources(entry: Entry): Array<[string, Source]> {
  return [
    ...entry.sources.map((s) => ['sources', s] as [string, Source]),
    ...(entry.designations ?? []).map((d) => ['designations', d.source] as [string, Source]),
    ...(entry.backers ?? []).map((b) => ['backers', b.source] as [string, Source]),
    ...(entry.term?.guidance ?? []).map((g) => ['guidance', g.source] as [string, Source]),
  ];
}

/** Every source that links a landing page, and every term (other than a neutral reference) whose only sources are dictionaries. */
export function sourceLinkProblems(entries: readonly Entry[], allowed: ReadonlyMap<string, string> = LANDING_PAGE_ALLOWED): SourceProblem[] {
  const out: SourceProblem[] = [];
  for (const entry of entries) {
    if (!allowed.has(entry.id)) {
      for (const [field, source] of citedSources(entry)) {
        if (isLandingPage(source.url)) {
          out.push({ entryId: entry.id, field, url: source.url, message: 'links a home or landing page, not the page that supports the entry' });
        }
      }
    }
    if (entry.kind === 'term' && !entry.term?.neutral && entry.sources.every((s) => isDictionary(s.url))) {
      out.push({ entryId: entry.id, field: 'sources', url: entry.sources[0]!.url, message: 'cites only a dictionary, which says what the word means but not who uses it' });
    }
  }
  return out;
}
