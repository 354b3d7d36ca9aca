/** The source-link rule: a home or landing page, or a dictionary alone, is not a source a reader can check the entry against. */
import { describe, expect, test } from 'vitest';
import { isDictionary, isLandingPage, sourceLinkProblems } from '../../../scripts/lib/source-links';
import type { Entry } from '../../../utils/glossary/schema';

describe('isLandingPage', () => {
  test.each([
    'https://www.apstylebook.com/',
    'https://www.apstylebook.com',
    'https://gur.gov.ua/en',
    'https://www.whitehelmets.org/en/',
    'https://main.knesset.gov.il/en',
    'https://theglobalcoalition.org/en-gb/',
    'https://example.org/index.html',
    'https://example.org/?utm_source=twitter',
  ])('%s is a landing page', (url) => expect(isLandingPage(url)).toBe(true));

  test.each([
    'https://www.poynter.org/educators-students/2016/ap-be-specific-when-using-the-term-alt-right/',
    'https://en.wikipedia.org/wiki/Wikipedia:Manual_of_Style/Words_to_watch#Expressions_of_doubt',
    'https://pressgazette.co.uk/?p=48606',
    'https://handbook.example.org/?title=T',
    'https://www.state.gov/foreign-terrorist-organizations/',
    'https://en.wikipedia.org/wiki/En',
  ])('%s is a specific page', (url) => expect(isLandingPage(url)).toBe(false));
});

describe('isDictionary', () => {
  test.each(['https://www.merriam-webster.com/dictionary/clash', 'https://dictionary.cambridge.org/dictionary/english/thug'])('%s is a dictionary', (url) =>
    expect(isDictionary(url)).toBe(true),
  );
  test.each(['https://en.wikipedia.org/wiki/Thug', 'https://www.npr.org/2015/04/30/403362626/the-racially-charged-meaning-behind-the-word-thug'])(
    '%s is not a dictionary',
    (url) => expect(isDictionary(url)).toBe(false),
  );
});

const base = { summary: 'x'.repeat(40), reviewed: '2026-12-04', patterns: ['word'] };
const term = (id: string, urls: string[], guidance: string[] = []): Entry => ({
  ...base,
  id,
  kind: 'term',
  name: id,
  sources: urls.map((url) => ({ title: 'A source', url })),
  term: {
    category: 'label',
    effect: 'e',
    usedBy: 'u',
    alternatives: [],
    mirrors: [],
    guidance: guidance.map((url) => ({ guide: 'Guide', advice: 'Advice', source: { title: 'Guide page', url } })),
  },
});

describe('sourceLinkProblems', () => {
  test('a landing page among the guidance sources is reported with its field', () => {
    const problems = sourceLinkProblems([term('term-a', ['https://en.wikipedia.org/wiki/A'], ['https://www.apstylebook.com/'])]);
    expect(problems).toEqual([expect.objectContaining({ entryId: 'term-a', field: 'guidance', url: 'https://www.apstylebook.com/' })]);
  });

  test('an entry on the allow-list may cite a landing page', () => {
    const entries = [term('term-a', ['https://en.wikipedia.org/wiki/A'], ['https://www.apstylebook.com/'])];
    expect(sourceLinkProblems(entries, new Map([['term-a', 'no deeper page exists']]))).toEqual([]);
  });

  test('a term backed only by a dictionary is reported; one more source of another kind clears it', () => {
    expect(sourceLinkProblems([term('term-b', ['https://www.merriam-webster.com/dictionary/b'])])).toEqual([
      expect.objectContaining({ entryId: 'term-b', field: 'sources' }),
    ]);
    expect(sourceLinkProblems([term('term-b', ['https://www.merriam-webster.com/dictionary/b', 'https://en.wikipedia.org/wiki/B'])])).toEqual([]);
  });

  test('an actor citing a landing page in a designation is reported', () => {
    const group: Entry = {
      ...base,
      id: 'group-c',
      kind: 'group',
      name: 'Group C',
      sources: [{ title: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/C' }],
      designations: [{ by: 'Someone', year: 2020, source: { title: 'Home', url: 'https://example.gov/' } }],
    };
    expect(sourceLinkProblems([group])).toEqual([expect.objectContaining({ entryId: 'group-c', field: 'designations' })]);
  });
});
