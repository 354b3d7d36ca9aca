/**
 * The glossary checks give phrases (message names), worded from the locale file by whoever shows them: every rule
 * of the schema has its words, in English here, and no phrase names a message the English file lacks.
 */
import { describe, expect, test } from 'vitest';
import type { Entry } from '../../../utils/glossary/schema';
import { validateGlossary } from '../../../utils/glossary/validate';
import type { Phrase } from '../../../utils/ui/i18n';
import { exampleEntry } from '../../support/example-entry';
import { EN_MESSAGES, enTranslator } from '../../support/en-translator';

const { say } = enTranslator();
const term = { category: 'label', effect: 'e', usedBy: 'u', alternatives: [], guidance: [], mirrors: [] };
const outlet = { ownership: 'private', owner: 'o', funding: 'f', country: 'c', hostnames: ['example.org'] };

/** An entry changed as a test needs, fields removed where `over` sets them to undefined. */
const entry = (over: Record<string, unknown>): unknown => JSON.parse(JSON.stringify(exampleEntry(over as Partial<Entry>)));

/** Every message a phrase names, its inner phrases' too (a plural by its "other" form, which every locale has). */
const keysOf = (phrase: Phrase): string[] => [
  phrase.count === undefined ? phrase.key : `${phrase.key}_other`,
  ...(phrase.subs ?? []).flatMap((s) => (typeof s === 'object' ? keysOf(s) : [])),
];

const CASES: Array<[string, unknown, string]> = [
  ['a short summary', entry({ summary: 'Too short.' }), 'Summary: Write at least 40 characters (now 10).'],
  ['an empty name', entry({ name: '  ' }), 'Name: This cannot be empty.'],
  ['no source', entry({ sources: [] }), 'Sources: Add at least one.'],
  ['a source title of two letters', entry({ sources: [{ title: 'Ex', url: 'https://example.org' }] }), 'Sources → item 1 → Title: Write at least 3 characters (now 2).'],
  ['a source that is no web address', entry({ sources: [{ title: 'Example', url: 'example' }] }), 'Sources → item 1 → Web address: This is not a web address; write it in full, starting with https://.'],
  ['a plain-http source', entry({ sources: [{ title: 'Example', url: 'http://example.org' }] }), 'Sources → item 1 → Web address: Write a web address that starts with https://.'],
  ['an id with capitals', entry({ id: 'My Entry' }), 'Id: Write a lower-case id with hyphens between words, such as my-entry.'],
  ['a reviewed date in another form', entry({ reviewed: '29/11/2026' }), 'Reviewed on: Write a date as YYYY-MM-DD.'],
  ['a rename dated by words', entry({ names: [{ name: 'Old name', from: 'spring 2019' }] }), 'names → item 1 → from: Write a date as YYYY, YYYY-MM or YYYY-MM-DD.'],
  ['an unknown kind', entry({ kind: 'club' }), 'Kind: Choose one of: group, party, state-body, security-force, international-body, ngo, outlet, person, term.'],
  ['a designation year with a fraction', entry({ designations: [{ by: 'X', year: 2019.5, source: exampleEntry().sources[0] }] }), 'designations → item 1 → year: Write a whole number.'],
  ['a designation year before 1945', entry({ designations: [{ by: 'X', year: 1900, source: exampleEntry().sources[0] }] }), 'designations → item 1 → year: This number is out of range (>=1945).'],
  ['a missing summary', entry({ summary: undefined }), 'Summary: This is missing.'],
  ['a name that is a number', entry({ name: 7 }), 'Name: This must be text.'],
  ['patterns that are not a list', entry({ patterns: 'Example' }), 'Words to find: This must be a list.'],
  ['a pattern of the wrong shape', entry({ patterns: [{ text: 'Example', case: 'upper' }] }), 'Words to find → item 1: Choose one of: sensitive, insensitive.'],
  ['an outlet block that is text', entry({ kind: 'outlet', outlet: 'private' }), 'outlet: This must be a group of fields.'],
  ['an outlet web site with a scheme', entry({ kind: 'outlet', outlet: { ...outlet, hostnames: ['https://example.org'] } }), 'Web sites → item 1: Write a bare host name, such as example.com.'],
  ['a neutral flag that is not true', entry({ kind: 'term', term: { ...term, neutral: 'yes' } }), 'neutral: This is not in a form the glossary accepts.'],
  ['a term without its block', entry({ kind: 'term' }), 'The entry: Framing words, and only they, have a "term" block.'],
  ['an outlet without its block', entry({ kind: 'outlet' }), 'The entry: Outlets, and only they, have an "outlet" block.'],
  ['an entry with nothing to find', entry({ patterns: [] }), 'The entry: An entry needs at least one word to find, unless a rule finds it or it is a neutral reference.'],
  ['a neutral reference with words', entry({ kind: 'term', term: { ...term, neutral: true } }), 'The entry: A neutral reference has no words to find: it is never highlighted.'],
];

describe('each rule of the schema, in the words the options page shows', () => {
  test.each(CASES)('%s', (_label, raw, words) => {
    const { problems } = validateGlossary([{ file: 'import', data: [raw] }]);
    expect(problems.map((p) => say(p.problem))).toContain(words);
  });

  test('every phrase names a message of the English file', () => {
    const phrases = CASES.flatMap(([, raw]) => validateGlossary([{ file: 'import', data: [raw] }]).problems.map((p) => p.problem));
    expect(phrases.length).toBeGreaterThanOrEqual(CASES.length);
    expect(phrases.flatMap(keysOf).filter((key) => !EN_MESSAGES[key])).toEqual([]);
  });
});

/** A framing word naming `mirrors` as the other side's words. */
const mirrored = (id: string, mirrors: string[]) =>
  exampleEntry({ id, kind: 'term', name: id, patterns: [id], term: { ...term, mirrors } } as Partial<Entry>);

describe('across entries and files', () => {
  const one = exampleEntry();
  test.each<[string, Array<{ file: string; data: unknown }>, string]>([
    ['a file that is not a list', [{ file: 'a.json', data: { id: 'x' } }], 'A glossary file holds a JSON list of entries.'],
    ['one id twice in a file', [{ file: 'a.json', data: [one, { ...one, patterns: ['Other'] }] }], 'Another entry in this file has the same id.'],
    ['one id in two files', [{ file: 'a.json', data: [one] }, { file: 'b.json', data: [{ ...one, patterns: ['Other'] }] }], 'The id is already used in a.json.'],
    ['one word for two entries', [{ file: 'a.json', data: [one, { ...one, id: 'other' }] }], '“Example Committee” is also found by example-committee.'],
    ['a mirror that is missing', [{ file: 'a.json', data: [mirrored('term-a', ['term-b'])] }], 'The other side\'s word “term-b” is not an entry.'],
    ['a mirror that is an actor', [{ file: 'a.json', data: [mirrored('term-a', ['example-committee']), one] }], 'The other side\'s word “example-committee” is not a framing word.'],
    ['a mirror that does not name it back', [{ file: 'a.json', data: [mirrored('term-a', ['term-b']), mirrored('term-b', [])] }], 'The other side\'s word “term-b” does not name this entry back.'],
  ])('%s', (_label, files, words) => {
    expect(validateGlossary(files).problems.map((p) => say(p.problem))).toEqual([words]);
  });
});
