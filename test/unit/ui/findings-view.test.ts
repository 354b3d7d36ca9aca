import { describe, expect, test } from 'vitest';
import type { Entry } from '../../../utils/glossary/schema';
import type { Finding } from '../../../utils/core/types';
import { groupFindings, outletFor } from '../../../utils/findings-view';

const base = { summary: 'A neutral description long enough for the schema to accept it here.', sources: [{ title: 'Src', url: 'https://example.org' }], reviewed: '2026-11-29' };
const militant: Entry = {
  ...base, id: 'term-militant', kind: 'term', name: 'militant', patterns: ['militant', 'militants'],
  term: { category: 'label', effect: 'e', usedBy: 'u', alternatives: [], guidance: [], mirrors: [] },
};
const hezbollah: Entry = { ...base, id: 'hezbollah', kind: 'group', name: 'Hezbollah', patterns: ['Hezbollah'] };
const pressTv: Entry = {
  ...base, id: 'outlet-press-tv', kind: 'outlet', name: 'Press TV', patterns: ['Press TV'],
  outlet: { ownership: 'state-owned', owner: 'IRIB', funding: 'state', country: 'Iran', hostnames: ['presstv.ir', 'presstv.com'] },
};
const entries = new Map([militant, hezbollah, pressTv].map((e) => [e.id, e]));
const f = (entryId: string, start: number, text: string): Finding => ({
  entryId, start, end: start + text.length, text, flag: entryId.startsWith('term') ? 'framing' : 'context', source: 'glossary', quoted: false,
});

describe('groupFindings', () => {
  const groups = groupFindings(
    [f('hezbollah', 5, 'Hezbollah'), f('term-militant', 20, 'militants'), f('term-militant', 40, 'militant'), f('term-militant', 60, 'militants'), f('unknown', 80, 'x')],
    entries,
  );
  test('splits named actors from framing words and drops unknown entries', () => {
    expect(groups.actors.map((g) => g.entry.id)).toEqual(['hezbollah']);
    expect(groups.terms.map((g) => g.entry.id)).toEqual(['term-militant']);
  });
  test('counts each wording, most frequent first', () => {
    expect(groups.terms[0]!.variants).toEqual([
      { text: 'militants', count: 2 },
      { text: 'militant', count: 1 },
    ]);
  });
});

describe('outletFor', () => {
  test.each([
    [['presstv.ir'], 'outlet-press-tv'],
    [['www2.presstv.com'], 'outlet-press-tv'],
    [['127.0.0.1', 'presstv.ir'], 'outlet-press-tv'],
    [['notpresstv.ir'], null],
    [['example.org'], null],
  ])('%j → %s', (hosts, id) => {
    expect(outletFor(hosts, entries.values())?.id ?? null).toBe(id);
  });
});
