// @vitest-environment jsdom
/**
 * The article Framing Lens was designed from, end to end in the pure layers: extract it from the news-page layout,
 * analyse it with the shipped glossary, and check exactly what is found, with counts.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/core/analyze';
import type { Entry } from '../../utils/glossary/schema';
import { outletFor } from '../../utils/findings-view';
import { extractArticle } from '../../utils/page/extract';
import { readGlossaryFiles } from '../../scripts/lib/glossary-files';
import { SEED_FINDINGS } from '../support/seed-expectations';

const entries = readGlossaryFiles().flatMap((f) => f.data as Entry[]);
const doc = new JSDOM(readFileSync('test/fixtures/seed/presstv-aleppo.html', 'utf8'), { url: 'http://127.0.0.1/seed/presstv-aleppo.html' }).window.document;
const extraction = (await extractArticle(doc))!;
const analysis = analyze(extraction.text, entries);

const countBy = (key: (f: (typeof analysis.findings)[number]) => string) => {
  const counts: Record<string, number> = {};
  for (const f of analysis.findings) counts[key(f)] = (counts[key(f)] ?? 0) + 1;
  return counts;
};

describe('the seed article', () => {
  test('finds exactly these entries, this many times', () => {
    expect(countBy((f) => f.entryId)).toEqual(SEED_FINDINGS);
  });

  test('with exactly these wordings', () => {
    expect(countBy((f) => `${f.entryId}: ${f.text}`)).toMatchObject({
      'un-commission-of-inquiry-syria: UN Commission of Inquiry for Syria': 1,
      'un-commission-of-inquiry-syria: COI': 2,
      'jabhat-fateh-al-sham: Jabhat Fateh al-Sham': 2,
      'jabhat-fateh-al-sham: al-Nusra Front': 1,
      'hezbollah: Hezbollah': 1,
      'outlet-syrian-state-tv: Syria’s state-run television': 1,
      'term-militant: militants': 7,
      'term-militant: militant': 1,
      'term-militant: Militant': 1,
      'term-territory-held: militant-held': 2,
      'term-sponsor-backed: Saudi-backed': 1,
      'term-terrorist: terrorists': 4,
    });
  });

  test('flags framing words as framing and named actors as context', () => {
    for (const f of analysis.findings) expect(f.flag, f.entryId).toBe(f.entryId.startsWith('term-') ? 'framing' : 'context');
    const quoted = analysis.findings.filter((f) => f.quoted).map((f) => f.text);
    expect(quoted).toEqual(['humanitarian corridors']);
    const soCalled = analysis.findings.find((f) => f.entryId === 'term-so-called')!;
    expect(soCalled.targetEntryId).toBe('syrian-observatory-for-human-rights');
  });

  test('finds nothing in the widgets, related links or comment box', () => {
    for (const f of analysis.findings) expect(extraction.text.slice(f.start, f.end)).toBe(f.text);
    expect(extraction.text).not.toMatch(/Takfiri|plain and simple|Most viewed/);
  });

  test('opens with the outlet the page says it is', () => {
    expect(outletFor(extraction.meta.hostnames, entries)?.id).toBe('outlet-press-tv');
  });

  test('names each side, and the COI’s quoted wording beside the article’s', () => {
    const quoted = analysis.sides.flatMap((row) => row.quoted.map((u) => u.label));
    expect(quoted).toEqual(expect.arrayContaining(['opposition groups', 'opposition fighters']));
    const article = analysis.sides.flatMap((row) => row.article.map((u) => u.label.toLowerCase()));
    expect(article).toEqual(expect.arrayContaining(['government forces', 'syrian troops', 'army units']));
    const jfs = analysis.sides.find((row) => row.id === 'jabhat-fateh-al-sham');
    expect(jfs?.article.map((u) => u.label)).toContain('terrorists');
  });
});
