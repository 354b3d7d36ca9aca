import { describe, expect, test } from 'vitest';
import type { Entry } from '../../../utils/glossary/schema';
import { entryForSelection } from '../../../utils/glossary/lookup';
import { applyExemptions, isOwnEntry, mergeGlossary } from '../../../utils/glossary/merge';
import { checkOwnEntry } from '../../../utils/glossary/validate';
import type { Phrase } from '../../../utils/ui/i18n';
import { exampleEntry } from '../../support/example-entry';
import { enTranslator } from '../../support/en-translator';

const entry = exampleEntry;
const term = (over: Partial<Entry> = {}): Entry =>
  entry({
    id: 'term-rebels',
    kind: 'term',
    name: 'rebels',
    patterns: ['rebels', 'rebel'],
    term: { category: 'label', effect: 'e', usedBy: 'u', alternatives: [], guidance: [], mirrors: [] },
    ...over,
  });
const builtin = [entry({ id: 'builtin-one', name: 'Builtin One', patterns: ['Builtin One'] }), term()];
const { say } = enTranslator();
/** The problems next to one field of the form, in the English the options page shows. */
const said = (result: ReturnType<typeof checkOwnEntry>, field: string) => (result as { fields: Record<string, Phrase[]> }).fields[field]?.map(say);

describe('checkOwnEntry: the options form, field by field in plain words', () => {
  test.each([
    ['a short summary', { summary: 'Too short.' }, 'summary', 'Write at least 40 characters (now 10).'],
    ['no source', { sources: [] }, 'sources', 'Add at least one.'],
    ['a source that is not a web address', { sources: [{ title: 'Example', url: 'example' }] }, 'sources', 'Item 1: This is not a web address; write it in full, starting with https://.'],
    ['a plain-http source', { sources: [{ title: 'Example', url: 'http://example.org' }] }, 'sources', 'Item 1: Write a web address that starts with https://.'],
    ['an id with capitals', { id: 'My Entry' }, 'id', 'Write a lower-case id with hyphens between words, such as my-entry.'],
    ['a bad date', { reviewed: '29/11/2026' }, 'reviewed', 'Write a date as YYYY-MM-DD.'],
    ['an empty name', { name: ' ' }, 'name', 'This cannot be empty.'],
  ])('%s', (_label, over, field, message) => {
    const result = checkOwnEntry(entry(over as Partial<Entry>), [], builtin);
    expect(result.ok).toBe(false);
    expect(said(result, field)).toContain(message);
  });

  test('a word another entry finds is refused, with how to replace that entry instead', () => {
    const result = checkOwnEntry(entry({ patterns: ['builtin one'] }), [], builtin);
    expect(said(result, 'patterns')).toEqual([
      '“builtin one” is already found by “Builtin One” (builtin-one). Use the id builtin-one to replace that entry, or remove the word.',
    ]);
  });

  test('an entry with a built-in id replaces it: its words are its own', () => {
    expect(checkOwnEntry(entry({ id: 'builtin-one', patterns: ['Builtin One'] }), [], builtin).ok).toBe(true);
  });

  test('a mirror must exist', () => {
    const result = checkOwnEntry(term({ id: 'term-x', patterns: ['x-word'], term: { ...term().term!, mirrors: ['term-nowhere'] } }), [], builtin);
    expect(said(result, 'term.mirrors')).toEqual(['No entry has the id “term-nowhere”.']);
  });

  test('editing an entry does not clash with its own earlier version', () => {
    const mine = entry();
    expect(checkOwnEntry({ ...mine, name: 'Example Committee (renamed)' }, [mine], builtin).ok).toBe(true);
  });
});

describe('exemptions', () => {
  const glossary = mergeGlossary(builtin, [entry()]);
  test.each([
    ['nothing exempt', [], 'example.com', ['builtin-one', 'term-rebels', 'example-committee']],
    ['an entry everywhere', [{ kind: 'entry' as const, value: 'builtin-one' }], null, ['term-rebels', 'example-committee']],
    ['an entry on another site', [{ kind: 'entry' as const, value: 'builtin-one', site: 'other.org' }], 'example.com', ['builtin-one', 'term-rebels', 'example-committee']],
    ['an entry on this site', [{ kind: 'entry' as const, value: 'builtin-one', site: 'example.com' }], 'example.com', ['term-rebels', 'example-committee']],
    ['the only word of an entry', [{ kind: 'word' as const, value: 'EXAMPLE committee' }], null, ['builtin-one', 'term-rebels']],
  ])('%s', (_label, exemptions, site, ids) => {
    expect(applyExemptions(glossary, exemptions, site).map((e) => e.id)).toEqual(ids);
  });

  test('one word of several: the entry stays with its other words, still marked as the reader’s if it was', () => {
    const own = term({ id: 'term-mine', patterns: ['fighters', 'fighter'] });
    const [kept] = applyExemptions(mergeGlossary([], [own]), [{ kind: 'word', value: 'fighter' }], null);
    expect(kept!.patterns).toEqual(['fighters']);
    expect(isOwnEntry(kept!)).toBe(true);
  });

  test('with no exemptions the glossary array is passed through (its compiled matcher stays cached)', () => {
    expect(applyExemptions(glossary, [], null)).toBe(glossary);
  });
});

describe('entryForSelection: "Explain with Framing Lens"', () => {
  test.each([
    ['a pattern, any case', 'REBELS', 'term-rebels'],
    ['a name with spaces around', '  Builtin One ', 'builtin-one'],
    ['a phrase containing a known word', 'the rebels said', 'term-rebels'],
    ['an unknown word', 'committees of the valley', null],
    ['nothing', '   ', null],
  ])('%s', (_label, selection, id) => {
    expect(entryForSelection(selection, builtin)?.id ?? null).toBe(id);
  });
});
