/** The seed article (test/fixtures/seed/seed-article.txt) against a glossary holding the seed entries. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/core/analyze';
import { SEED_GLOSSARY } from './fixture-glossary';

const text = readFileSync(new URL('../../fixtures/seed/seed-article.txt', import.meta.url), 'utf8');
const analysis = analyze(text, SEED_GLOSSARY);
const of = (id: string) => analysis.findings.filter((f) => f.entryId === id);
/** The seed text has no-break spaces inside names; compare with plain spaces. */
const texts = (id: string) => of(id).map((f) => f.text.replace(/\s+/g, ' '));

describe('seed article', () => {
  it.each<[string, string[]]>([
    ['syrian-observatory-for-human-rights', ['Syrian Observatory for Human Rights']],
    ['hezbollah', ['Hezbollah']],
    ['un-commission-of-inquiry-syria', ['UN Commission of Inquiry for Syria', 'COI', 'COI']],
    ['jabhat-fateh-al-sham', ['Jabhat Fateh al-Sham', 'al-Nusra Front', 'Jabhat Fateh al-Sham']],
    ['ahrar-al-sham', ['Ahrar al-Sham']],
    ['person-sergei-lavrov', ['Sergei Lavrov']],
    ['person-staffan-de-mistura', ['Staffan de Mistura']],
    ['outlet-syrian-state-tv', ['Syria’s state-run television']],
    ['term-so-called', ['so-called']],
    ['term-terrorist', ['terrorists', 'terrorists', 'terrorists', 'terrorists']],
    ['term-territory-held', ['militant-held', 'militant-held']],
    ['term-foreign-backed', ['foreign-backed', 'foreign-backed']],
    ['term-sponsor-backed', ['Saudi-backed']],
    // The war is made the subject: flagged as agentless (see utils/core/rules/agentless.ts).
    ['term-agentless-casualties', ['has claimed the lives']],
    ['term-killed', []],
    ['term-claimed', []],
  ])('%s', (id, expected) => {
    expect(texts(id)).toEqual(expected);
  });

  it('finds every "militant"/"militants" outside "militant-held"', () => {
    const all = [...text.matchAll(/\bmilitants?\b(?!-held)/gi)].map((m) => m.index);
    expect(of('term-militant').map((f) => f.start)).toEqual(all);
    expect(all).toHaveLength(9);
  });

  it('flags "so-called" as framing before a named organisation', () => {
    expect(of('term-so-called')[0]).toMatchObject({ flag: 'framing', targetEntryId: 'syrian-observatory-for-human-rights' });
  });

  it('builds "militant-held" on the label "militant"', () => {
    expect(of('term-territory-held').map((f) => f.targetEntryId)).toEqual(['term-militant', 'term-militant']);
  });

  it('marks actors as context and terms as framing', () => {
    for (const f of analysis.findings) expect(f.flag).toBe(f.entryId.startsWith('term-') ? 'framing' : 'context');
  });

  it('has no findings inside the quotations', () => {
    expect(analysis.findings.filter((f) => f.quoted)).toEqual([]);
  });

  it('does not highlight neutral descriptors', () => {
    const highlighted = analysis.findings.map((f) => f.text.toLowerCase());
    for (const d of ['government forces', 'troops', 'army units', 'opposition fighters', 'opposition groups']) {
      expect(highlighted).not.toContain(d);
    }
  });
});

const row = (id: string) => analysis.sides.find((r) => r.id === id);
const labels = (uses: { label: string; count: number }[] | undefined) =>
  Object.fromEntries((uses ?? []).map((u) => [u.label, u.count]));

describe('seed article: how each side is named', () => {
  it('names the state side by its descriptors', () => {
    expect(labels(row('syria:government')?.article)).toEqual({
      'Syrian govt. soldiers': 1,
      'Syrian troops': 2,
      'government forces': 2,
      'Syrian government forces': 1,
      'Syrian army forces': 1,
      'army units': 1,
    });
  });

  it('sets the article’s labels for the unnamed armed opposition against the COI’s quoted wording', () => {
    const unnamed = row('unnamed');
    expect(labels(unnamed?.article)).toEqual({ 'foreign-backed militants': 2, militants: 5, militant: 2, terrorists: 2 });
    expect(labels(unnamed?.quoted)).toEqual({ 'opposition groups': 1, 'opposition fighters': 1 });
  });

  it('attaches labels to named actors', () => {
    expect(row('jabhat-fateh-al-sham')).toMatchObject({ name: 'Jabhat Fateh al-Sham', article: [{ label: 'terrorists', count: 1 }] });
    expect(row('ahrar-al-sham')).toMatchObject({ name: 'Ahrar al-Sham', article: [{ label: 'Saudi-backed … terrorists', count: 1 }] });
  });

  it('has no other rows', () => {
    expect(analysis.sides.map((r) => r.id).sort()).toEqual(['ahrar-al-sham', 'jabhat-fateh-al-sham', 'syria:government', 'unnamed']);
  });
});

describe('sponsorship entries without a rule', () => {
  it('still qualify the label after them in the summary', () => {
    const glossary = SEED_GLOSSARY.map((e) => (e.id === 'term-foreign-backed' && e.term ? { ...e, term: { ...e.term, rule: undefined } } : e));
    const { sides, findings } = analyze('Hundreds of foreign-backed militants left.', glossary);
    expect(findings.map((f) => f.entryId)).toEqual(['term-foreign-backed', 'term-militant']);
    expect(sides[0]?.article).toEqual([{ label: 'foreign-backed militants', count: 1 }]);
  });
});
