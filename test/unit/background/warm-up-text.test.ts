/**
 * The warm-up texts are there to run the core's code once before the first real analysis of a worker the browser
 * has just started: they must reach every context rule and every kind of finding, or part of that first analysis
 * stays cold.
 */
import { describe, expect, test } from 'vitest';
import { WARM_UP_TEXTS } from '../../../utils/background/warm-up-text';
import { analyze, scanGlossary } from '../../../utils/core/analyze';
import { compileGlossary } from '../../../utils/core/compile';
import { RULES } from '../../../utils/core/rules';
import type { Entry } from '../../../utils/glossary/schema';
import { readGlossaryFiles } from '../../../scripts/lib/glossary-files';

const glossary = readGlossaryFiles().flatMap((f) => f.data as Entry[]);
const compiled = compileGlossary(glossary);
const scans = WARM_UP_TEXTS.map((text) => scanGlossary(compiled, text));
const analyses = WARM_UP_TEXTS.map((text) => analyze(text, glossary, { watchLevel: 'default' }));

describe('the warm-up texts', () => {
  test.each(RULES.map((rule) => [rule.id, rule] as const))('wake the %s rule', (_, rule) => {
    const woken = scans.some(
      ({ matches, triggers }) => triggers.some((t) => rule.triggers.includes(t.word)) || matches.some((m) => m.entry.term?.rule === rule.id),
    );
    expect(woken).toBe(true);
  });

  test('give framing findings, named actors, words to watch and a quotation', () => {
    const findings = analyses.flatMap((a) => a.findings);
    expect(findings.some((f) => f.flag === 'framing')).toBe(true);
    expect(findings.some((f) => f.flag === 'context')).toBe(true);
    expect(analyses.some((a) => a.watch.length > 0)).toBe(true);
    expect([...findings, ...analyses.flatMap((a) => a.watch)].some((f) => f.quoted)).toBe(true);
  });
});
