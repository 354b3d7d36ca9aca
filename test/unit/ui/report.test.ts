import { describe, expect, test } from 'vitest';
import type { Entry } from '../../../utils/glossary/schema';
import type { WatchFinding } from '../../../utils/core/watch/find';
import { summariseTone } from '../../../utils/core/watch/tone';
import { buildReport, reportFileName } from '../../../utils/report';
import type { PageMeta } from '../../../utils/page/extract';

const meta: PageMeta = {
  url: 'https://www.presstv.ir/Detail/1',
  title: 'Syrian govt. soldiers make gains in eastern Aleppo',
  site: 'Press TV',
  publishedTime: '2016-12-15T14:20:00+00:00',
  lang: 'en',
  hostnames: ['presstv.ir'],
};
const term: Entry = {
  id: 'term-militant', kind: 'term', name: 'militant', patterns: ['militant'],
  summary: 'A neutral description long enough for the schema to accept it here.',
  sources: [{ title: 'Src', url: 'https://example.org' }], reviewed: '2026-11-29',
  term: { category: 'label', effect: 'e', usedBy: 'u', alternatives: [], guidance: [], mirrors: [] },
};

describe('buildReport', () => {
  const text = 'Hundreds of militants left.';
  const report = buildReport({
    analysis: {
      text,
      findings: [
        { entryId: 'term-militant', start: 12, end: 21, text: 'militants', flag: 'framing', source: 'glossary', quoted: false },
        { entryId: 'gone', start: 0, end: 8, text: 'Hundreds', flag: 'context', source: 'glossary', quoted: false },
      ],
      sides: [],
      watch: [],
      tone: summariseTone(text, []),
      alsoNamed: [],
    },
    meta,
    scope: 'article',
    outlet: null,
    entries: new Map([[term.id, term]]),
    extensionVersion: '1.2.3',
    now: new Date('2026-11-29T10:00:00Z'),
  });

  test('carries the words to watch with their category, note and voice, and the tone summary', () => {
    const watchText = 'The senator slammed the plan as reckless.';
    const watch: WatchFinding[] = [{ start: 12, end: 19, text: 'slammed', category: 'saying', level: 'default', word: 'slammed', alternative: 'criticised; said', quoted: false }];
    const watched = buildReport({
      analysis: { text: watchText, findings: [], sides: [], watch, tone: summariseTone(watchText, watch), alsoNamed: [] },
      meta, scope: 'article', outlet: null, entries: new Map(), extensionVersion: '1.2.3', now: new Date('2026-11-29T10:00:00Z'),
    });
    expect(watched.watch).toEqual([
      expect.objectContaining({ text: 'slammed', category: 'saying', categoryName: expect.stringContaining('saying'), note: expect.any(String), quoted: false }),
    ]);
    expect(watched.tone).toMatchObject({ words: 7, perThousand: { article: 142.9, quoted: 0 }, top: [{ word: 'slammed', article: 1, quoted: 0 }] });
  });

  test('carries the names the glossary lacks with their labels, a missing designator as null', () => {
    const labelled = 'Ennahda, the Islamist party, won.';
    const listed = buildReport({
      analysis: {
        text: labelled, findings: [], sides: [], watch: [], tone: summariseTone(labelled, []),
        alsoNamed: [{ name: 'Ennahda', kind: 'organisation', count: 1, first: 0, labels: [{ label: 'Islamist', kind: 'descriptor', quoted: false }] }],
      },
      meta, scope: 'article', outlet: null, entries: new Map(), extensionVersion: '1.2.3', now: new Date('2026-11-29T10:00:00Z'),
    });
    expect(listed.alsoNamed).toEqual([
      { name: 'Ennahda', kind: 'organisation', count: 1, first: 0, labels: [{ label: 'Islamist', kind: 'descriptor', by: null, quoted: false }] },
    ]);
  });

  test('carries the documented top-level fields', () => {
    expect(report).toMatchObject({
      format: 'framing-lens-report',
      version: 1,
      generator: { name: 'Framing Lens', version: '1.2.3' },
      url: meta.url,
      title: meta.title,
      site: 'Press TV',
      publishedTime: meta.publishedTime,
      analyzedAt: '2026-11-29T10:00:00.000Z',
      scope: 'article',
      textLength: text.length,
    });
  });

  test('names each finding after its entry and drops findings whose entry is unknown', () => {
    expect(report.findings).toEqual([
      { entryId: 'term-militant', name: 'militant', kind: 'term', flag: 'framing', text: 'militants', start: 12, end: 21, quoted: false, source: 'glossary', targetEntryId: null, note: null },
    ]);
  });

  test('file names sort by date and say what they hold', () => {
    expect(reportFileName(meta, new Date('2026-11-29T10:00:00Z'))).toBe('framing-lens-2026-11-29-syrian-govt-soldiers-make-gains-in-eastern-aleppo.json');
  });
});
