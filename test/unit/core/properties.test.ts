/**
 * Property tests: the automaton against a simple reference matcher (fold with offsets, indexOf per pattern, the
 * same boundary and case checks, then leftmost-longest selection), and invariants of analyze() on random text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/core/analyze';
import { Automaton, type PatternSpec } from '../../../utils/core/automaton';
import { CLASS_MARK, FOLD_APOSTROPHE, apostropheJoins, foldTables, foldText, foldWithOffsets, isWordCode } from '../../../utils/core/normalize';
import { SEED_GLOSSARY } from './fixture-glossary';

/** A small alphabet rich in the cases that matter: case, dashes, spaces, apostrophes, marks, quotes. */
const CHARS = ['a', 'b', 'A', 'B', 'é', ' ', ' ', '-', '‑', '’', "'", '\u0301', '\n', 's', '"', '.', '1'];
const textOf = (max: number) => fc.array(fc.constantFrom(...CHARS), { maxLength: max }).map((cs) => cs.join(''));

function glued(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isWordCode(c) || (foldTables().fold[c] === FOLD_APOSTROPHE && apostropheJoins(text, i, foldTables().charClass));
}

type Occurrence = [start: number, end: number, pattern: number];

function referenceMatches(text: string, patterns: readonly PatternSpec[]): Occurrence[] {
  const { folded, offsets } = foldWithOffsets(text);
  const all: Occurrence[] = [];
  patterns.forEach((p, index) => {
    const needle = foldText(p.text);
    if (!needle || p.trigger) return;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
      const start = offsets[at]!;
      let end = offsets[at + needle.length - 1]! + 1;
      while (end < text.length && foldTables().charClass[text.charCodeAt(end)]! & CLASS_MARK) end++;
      if (start > 0 && glued(text, start - 1)) continue;
      if (end < text.length && glued(text, end)) continue;
      if (p.caseSensitive && foldText(text.slice(start, end), true) !== foldText(p.text, true)) continue;
      all.push([start, end, index]);
    }
  });
  // Leftmost-longest; among equal spans the pattern the automaton prefers (case-sensitive first, then listed first).
  all.sort((a, b) => a[0] - b[0] || b[1] - a[1] || rank(patterns, a[2]) - rank(patterns, b[2]));
  const chosen: Occurrence[] = [];
  for (const o of all) {
    const last = chosen[chosen.length - 1];
    if (!last || last[1] <= o[0]) chosen.push(o);
  }
  return chosen;
}

const rank = (patterns: readonly PatternSpec[], i: number) => (patterns[i]!.caseSensitive ? 0 : patterns.length) + i;

function automatonMatches(text: string, patterns: readonly PatternSpec[]): Occurrence[] {
  const r = new Automaton(patterns).scan(text);
  return Array.from({ length: r.matchCount }, (_, k): Occurrence => [r.matchStart[k]!, r.matchEnd[k]!, r.matchPattern[k]!]);
}

const patternArb = fc.record({
  text: textOf(6).filter((t) => foldText(t).length > 0),
  caseSensitive: fc.boolean(),
  trigger: fc.constant(false),
});

describe('automaton', () => {
  it('finds what the reference matcher finds', () => {
    fc.assert(
      fc.property(fc.array(patternArb, { minLength: 1, maxLength: 8 }), textOf(80), (patterns, text) => {
        const got = automatonMatches(text, patterns);
        const want = referenceMatches(text, patterns);
        // Patterns that fold alike are interchangeable: compare spans and folded pattern text.
        const view = (os: Occurrence[]) => os.map(([s, e, p]) => [s, e, foldText(patterns[p]!.text), patterns[p]!.caseSensitive]);
        expect(view(got)).toEqual(view(want));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('finds the same when earlier scans have filled part of its table', () => {
    fc.assert(
      fc.property(fc.array(patternArb, { minLength: 1, maxLength: 8 }), fc.array(textOf(40), { minLength: 2, maxLength: 5 }), (patterns, texts) => {
        const automaton = new Automaton(patterns);
        const view = (os: Occurrence[]) => os.map(([s, e, p]) => [s, e, foldText(patterns[p]!.text), patterns[p]!.caseSensitive]);
        for (const text of texts) {
          const r = automaton.scan(text);
          const got = Array.from({ length: r.matchCount }, (_, k): Occurrence => [r.matchStart[k]!, r.matchEnd[k]!, r.matchPattern[k]!]);
          expect(view(got)).toEqual(view(referenceMatches(text, patterns)));
        }
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('reports trigger words whatever they overlap', () => {
    const patterns: PatternSpec[] = [
      { text: 'militant held', caseSensitive: false, trigger: false },
      { text: 'held', caseSensitive: false, trigger: true },
    ];
    const r = new Automaton(patterns).scan('militant-held, held');
    expect([r.matchCount, r.triggerCount]).toEqual([1, 2]);
  });
});

describe('analyze invariants', () => {
  const WORDS = ['militants', 'so-called', 'rebels', 'Saudi-backed', 'militant-held', 'were', 'killed', 'claimed', 'the', 'lives', 'Hezbollah’s', 'IS', 'is', 'COI', '“', '”', '.', ',', '\n', 'by', 'Iran', 'died', '12', 'people', 'al-Nusra', 'Front'];
  const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((ws) => ws.join(' '));

  it('never returns overlapping findings, and each finding is its own slice of the text', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const { findings } = analyze(text, SEED_GLOSSARY);
        for (const f of findings) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.end).toBeGreaterThan(f.start);
        }
        for (let k = 1; k < findings.length; k++) expect(findings[k - 1]!.end).toBeLessThanOrEqual(findings[k]!.start);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('holds on arbitrary Unicode text too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const { findings } = analyze(text, SEED_GLOSSARY);
        for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
