import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import raw from '../../../data/descriptors.json';
import { analyze } from '../../../utils/core/analyze';
import type { Entry } from '../../../utils/glossary/schema';
import { readGlossaryFiles } from '../../../scripts/lib/glossary-files';
import { compileGlossary } from '../../../utils/core/compile';
import { DescriptorsSchema, descriptorProblems } from '../../../utils/core/descriptors';
import { SEED_GLOSSARY, term } from './fixture-glossary';
import { found } from './helpers';

describe('analyze options', () => {
  const text = 'The so-called rebels, Saudi-backed militants and Hezbollah.';

  it('drops a disabled entry', () => {
    expect(found(text, SEED_GLOSSARY, { disabledEntryIds: new Set(['term-militant']) })).not.toContain('term-militant:militants');
  });

  it('stops a rule whose entry is disabled', () => {
    const ids = found(text, SEED_GLOSSARY, { disabledEntryIds: new Set(['term-sponsor-backed', 'term-so-called']) });
    expect(ids).toEqual(['term-rebel:rebels', 'term-militant:militants', 'hezbollah:Hezbollah']);
  });

  it('drops a disabled term category, and "so-called" loses the label it stood before', () => {
    expect(found(text, SEED_GLOSSARY, { disabledCategories: new Set(['label']) })).toEqual([
      'term-sponsor-backed:Saudi-backed',
      'hezbollah:Hezbollah',
    ]);
  });

  describe('a term marked for the "more" level', () => {
    const glossary = SEED_GLOSSARY.map((e) => (e.id === 'term-killed' ? { ...e, term: { ...e.term!, level: 'more' as const } } : e));
    const deaths = 'Saudi-backed militants advanced. Five civilians were killed on Tuesday.';
    it.each([
      ['default', undefined, ['term-sponsor-backed:Saudi-backed', 'term-militant:militants']],
      ['off', 'off' as const, ['term-sponsor-backed:Saudi-backed', 'term-militant:militants']],
      ['more', 'more' as const, ['term-sponsor-backed:Saudi-backed', 'term-militant:militants', 'term-killed:were killed']],
    ])('at the %s level', (_, watchLevel, expected) => {
      expect(found(deaths, glossary, { watchLevel })).toEqual(expected);
    });
    it('holds the shipped notes on deaths told without their cause: "were killed" and "died"', () => {
      const shipped = readGlossaryFiles().flatMap((f) => f.data as Entry[]);
      const report = 'Five civilians were killed on Tuesday. In the village, twelve people died.';
      const flagged = (watchLevel?: 'more') => found(report, shipped, { watchLevel }).filter((f) => /^term-(killed|died):/.test(f));
      expect(flagged()).toEqual([]);
      expect(flagged('more')).toEqual(['term-killed:were killed', 'term-died:died']);
    });
    it('leaves an unmarked term at every level', () => {
      for (const watchLevel of ['off', 'default', 'more'] as const) expect(found(deaths, SEED_GLOSSARY, { watchLevel })).toContain('term-killed:were killed');
    });
  });

  it('keeps every label in the sides summary when the reader hides a category', () => {
    const all = analyze(text, SEED_GLOSSARY);
    expect(all.sides.length).toBeGreaterThan(0);
    expect(analyze(text, SEED_GLOSSARY, { disabledCategories: new Set(['label']) }).sides).toEqual(all.sides);
  });

  it('can leave out context findings', () => {
    expect(found(text, SEED_GLOSSARY, { includeContext: false })).not.toContain('hezbollah:Hezbollah');
  });

  it('works with a glossary that has no rule entries', () => {
    expect(found('Saudi-backed militants were killed', [term('term-militant', ['militants'], 'label')])).toEqual(['term-militant:militants']);
  });

  it('caches the compiled glossary per array and disabled set', () => {
    expect(compileGlossary(SEED_GLOSSARY)).toBe(compileGlossary(SEED_GLOSSARY));
    expect(compileGlossary(SEED_GLOSSARY, { entryIds: new Set(['hezbollah']) })).not.toBe(compileGlossary(SEED_GLOSSARY));
    expect(compileGlossary([...SEED_GLOSSARY])).not.toBe(compileGlossary(SEED_GLOSSARY));
  });

  it('returns the analysed text', () => {
    expect(analyze(text, SEED_GLOSSARY).text).toBe(text);
  });
});

describe('data/descriptors.json', () => {
  it('matches its schema', () => {
    const result = v.safeParse(DescriptorsSchema, raw);
    expect(result.issues ?? []).toEqual([]);
  });

  it('lists each descriptor for one role only', () => {
    expect(descriptorProblems(v.parse(DescriptorsSchema, raw))).toEqual([]);
  });

  it('reports a descriptor listed twice', () => {
    const data = v.parse(DescriptorsSchema, { roles: [{ role: 'state', texts: ['troops'] }, { role: 'armed-group', texts: ['Troops'.toLowerCase()] }], labelRoles: {}, sponsorWords: [], holderWords: [] });
    expect(descriptorProblems(data)).toHaveLength(1);
  });
});
