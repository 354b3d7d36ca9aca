import { describe, expect, test } from 'vitest';
import type { Entry } from '../../../utils/glossary/schema';
import { mergeGlossary } from '../../../utils/glossary/merge';
import { parseCustomEntries } from '../../../utils/glossary/validate';
import type { Phrase } from '../../../utils/ui/i18n';
import { exampleEntry } from '../../support/example-entry';
import { enTranslator } from '../../support/en-translator';

const entry = exampleEntry;
const builtin = [entry({ id: 'builtin-one', name: 'Builtin One', patterns: ['Builtin One'] })];
const { say } = enTranslator();

describe('parseCustomEntries: a reader importing their own entries', () => {
  test.each([
    ['not JSON', '{"a":', /not valid JSON/],
    ['not an array', '{"id": "x"}', /^A glossary file holds a JSON list of entries\.$/],
    ['empty', '[]', /^The file holds no entries\.$/],
    ['missing source', JSON.stringify([entry({ sources: [] })]), /Sources: Add at least one/],
    ['a plain-http source', JSON.stringify([entry({ sources: [{ title: 'Example', url: 'http://example.org' }] })]), /^example-committee: Sources → item 1 → Web address: Write a web address that starts with https:\/\/\.$/],
    ['a bad date', JSON.stringify([entry({ reviewed: '29/11/2026' })]), /^example-committee: Reviewed on: Write a date as YYYY-MM-DD\.$/],
    ['a pattern another entry owns', JSON.stringify([entry({ patterns: ['builtin one'] })]), /^example-committee: “builtin one” is already found by builtin-one: give your entry the id builtin-one to replace that entry, or remove the word\.$/],
    ['a mirror that does not exist', JSON.stringify([entry({ id: 'term-x', kind: 'term', term: { category: 'label', effect: 'e', usedBy: 'u', alternatives: [], guidance: [], mirrors: ['term-nowhere'] } })]), /^term-x: The other side's word “term-nowhere” is not an entry\.$/],
  ])('refuses %s, saying why', (_label, json, message) => {
    const result = parseCustomEntries(json, builtin);
    expect(result.ok).toBe(false);
    expect((result as { problems: Phrase[] }).problems.map(say).join('\n')).toMatch(message);
  });

  test('accepts a valid file; an entry with a built-in id replaces it', () => {
    const replacement = entry({ id: 'builtin-one', name: 'Builtin One (corrected)', patterns: ['Builtin One'] });
    const result = parseCustomEntries(JSON.stringify([entry(), replacement]), builtin);
    expect(result.ok).toBe(true);
    const merged = mergeGlossary(builtin, (result as { entries: Entry[] }).entries);
    expect(merged.map((e) => e.name).sort()).toEqual(['Builtin One (corrected)', 'Example Committee']);
  });

  test('with no custom entries the built-in glossary is used as is (its compiled matcher stays cached)', () => {
    expect(mergeGlossary(builtin, [])).toBe(builtin);
  });
});
