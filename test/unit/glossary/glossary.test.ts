/**
 * The shipped glossary: schema, one owner per pattern, sources, mirrors, coverage — and every alias of every entry is
 * found by the engine in a sentence that uses it and resolves to its entry.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/core/analyze';
import { senses } from '../../../utils/core/senses';
import type { Entry } from '../../../utils/glossary/schema';
import { patternText, validateGlossary } from '../../../utils/glossary/validate';
import { readGlossaryFiles } from '../../../scripts/lib/glossary-files';
import { LANDING_PAGE_ALLOWED, sourceLinkProblems } from '../../../scripts/lib/source-links';

const { entries, problems } = validateGlossary(readGlossaryFiles());
const byId = new Map(entries.map((e) => [e.id, e]));

test('every file and entry is valid, ids and patterns are unique, mirrors exist and point back', () => {
  expect(problems).toEqual([]);
});

test('coverage: 300+ named actors (40+ outlets among them) and 150+ framing terms', () => {
  const terms = entries.filter((e) => e.kind === 'term');
  expect(entries.length - terms.length).toBeGreaterThanOrEqual(300);
  expect(entries.filter((e) => e.kind === 'outlet').length).toBeGreaterThanOrEqual(40);
  expect(terms.length).toBeGreaterThanOrEqual(150);
});

test('every source is an https URL with a title', () => {
  const all = entries.flatMap((e) => [
    ...e.sources,
    ...(e.designations ?? []).map((d) => d.source),
    ...(e.backers ?? []).map((b) => b.source),
    ...(e.term?.guidance ?? []).map((g) => g.source),
  ]);
  for (const s of all) {
    expect(() => new URL(s.url), s.url).not.toThrow();
    expect(new URL(s.url).protocol).toBe('https:');
    expect(s.title.trim().length).toBeGreaterThan(2);
  }
});

test('every source links the page that supports the entry: no home or landing page, no term backed by a dictionary alone', () => {
  expect(sourceLinkProblems(entries)).toEqual([]);
  expect(LANDING_PAGE_ALLOWED.size).toBeLessThanOrEqual(2);
});

describe('even-handed: labels that mirror each other both exist and name each other', () => {
  const pairs = new Set<string>();
  for (const e of entries) for (const m of e.term?.mirrors ?? []) pairs.add([e.id, m].sort().join(' ↔ '));
  test('there are mirror pairs to check', () => expect(pairs.size).toBeGreaterThanOrEqual(40));
  test.each([...pairs])('%s', (pair) => {
    const [a, b] = pair.split(' ↔ ') as [string, string];
    expect(byId.get(a)?.term?.mirrors).toContain(b);
    expect(byId.get(b)?.term?.mirrors).toContain(a);
  });
  test.each([
    ['term-terrorist', 'term-freedom-fighter'],
    ['term-regime', 'term-government'],
    ['term-martyrdom-operation', 'term-suicide-bombing'],
    ['term-pro-life', 'term-pro-choice'],
    ['term-illegal-immigrant', 'term-undocumented-immigrant'],
    ['term-death-tax', 'term-estate-tax'],
  ])('%s ↔ %s', (a, b) => {
    expect(byId.get(a)?.term?.mirrors).toContain(b);
    expect(byId.get(b)?.term?.mirrors).toContain(a);
  });
});

/**
 * A sentence in which the pattern plainly stands as the word it is, for the rules that look at context: a bare
 * surname after the person's full name, an ambiguous short name after the actor's full name, a word with an
 * ordinary sense in a sentence about war (data/senses.json).
 */
function sentenceFor(entry: Entry, text: string): string {
  if (entry.kind === 'person' && !/\s/.test(text)) return `Reports on Monday mentioned ${fullName(entry)}, and then ${text} in passing.`;
  if (senses().ambiguousAcronyms.has(text)) return `Reports on Monday mentioned ${fullName(entry)}, and then ${text} in passing.`;
  if (senses().terms.has(entry.id)) return `Reports on Monday of militia fighting in the West Bank and of refugees at the border mentioned ${text} in passing.`;
  switch (entry.term?.rule) {
    case 'so-called':
      return `Officials criticised the ${text} rebels on Monday.`;
    case 'attribution':
      return `The minister ${text} that the talks had failed.`;
    default:
      return `Reports on Monday mentioned ${text} in passing.`;
  }
}

/** The name as the glossary spells it in full (a pattern with a space). */
function fullName(entry: Entry): string {
  const spelled = entry.patterns.map(patternText);
  return spelled.includes(entry.name) ? entry.name : spelled.find((p) => /\s/.test(p)) ?? entry.name;
}

describe('every pattern is found by the engine and resolves to its entry', () => {
  const cases = entries.flatMap((e) => e.patterns.map((p) => [e.id, patternText(p)] as [string, string]));
  test.each(cases)('%s: "%s"', (id, text) => {
    const entry = byId.get(id)!;
    const sentence = sentenceFor(entry, text);
    const start = sentence.indexOf(text);
    const found = analyze(sentence, entries).findings.find((f) => f.start <= start && f.end >= start + text.length);
    expect(found?.entryId).toBe(id);
  });
});
