/**
 * The background's analysis: the glossary in force is read from storage on every request (the reader's own entries,
 * the site's exemptions, the switched-off categories), and the reply carries only the entries the findings name and
 * the names of what those point to; the names the glossary lacks are a request of their own.
 */
import { fakeBrowser } from '../storage/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { exampleEntry } from '../../support/example-entry';
import type { Entry } from '../../../utils/glossary/schema';

// The build writes the shipped glossary to a file the worker fetches (utils/glossary/builtin-loaded.ts); here it is
// read from the same data files.
vi.mock('../../../utils/glossary/builtin-loaded', async () => {
  const { readGlossaryFiles } = await import('../../../scripts/lib/glossary-files');
  return { loadBuiltinEntries: async () => readGlossaryFiles().flatMap((f) => f.data as Entry[]) };
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

const load = async () => ({
  ...(await import('../../../utils/background/analysis')),
  ...(await import('../../../utils/background/kept-texts')),
  ...(await import('../../../utils/settings')),
});
const TEXT = 'The Example Committee said the terrorists were seen near the border, according to officials.';
const request = (over: { text?: string; site?: string | null; hostnames?: string[]; lang?: string | null; all?: boolean } = {}) => ({
  type: 'analyse' as const,
  text: TEXT,
  quoted: [],
  hostnames: [],
  site: 'news.example',
  lang: null,
  ...over,
});

describe('the reply', () => {
  test('holds the findings and exactly the entries they name, with the names of those and of their mirrors only', async () => {
    const { analyseText } = await load();
    const reply = await analyseText(request());
    const named = new Set(reply.findings.map((f) => f.entryId));
    expect(named.has('term-terrorist')).toBe(true);
    expect(new Set(reply.entries.map((e) => e.id))).toEqual(named);
    const terrorist = reply.entries.find((e) => e.id === 'term-terrorist')!;
    expect(terrorist.term!.mirrors.length).toBeGreaterThan(0);
    const mirrors = terrorist.term!.mirrors;
    expect(Object.keys(reply.names).sort()).toEqual([...new Set([...named, ...reply.entries.flatMap((e) => e.term?.mirrors ?? [])])].sort());
    expect(reply.names['term-terrorist']).toBe(terrorist.name);
    for (const id of mirrors) expect(reply.names[id]).toMatch(/\S/);
    expect(reply.own).toEqual([]);
    expect(reply.outletId).toBeNull();
  });

  test("adds the outlet's entry when the page's hostnames are an outlet's", async () => {
    const { analyseText } = await load();
    const reply = await analyseText(request({ hostnames: ['presstv.ir'] }));
    expect(reply.outletId).toBe('outlet-press-tv');
    expect(reply.entries.map((e) => e.id)).toContain('outlet-press-tv');
  });

  test('carries the tone summary of the words to watch it found, counted over the whole text', async () => {
    const { analyseText } = await load();
    const text = 'The senator slammed the plan as costly. Officials said the talks would go on.';
    const reply = await analyseText(request({ text }));
    expect(reply.watch.map((w) => w.word)).toEqual(['slammed']);
    expect(reply.tone).toMatchObject({ words: 14, perThousand: { article: 71.4, quoted: 0 }, top: [{ word: 'slammed', article: 1 }] });
  });

  test('lists the names the glossary lacks with their labels, and none it knows, when asked for them', async () => {
    const { alsoNamedIn } = await load();
    const text = 'Vox, the far-right party, met Hezbollah, the Shiite movement, and the Islamic State in Paris.';
    expect(await alsoNamedIn({ type: 'also-named', text, quoted: [], site: 'news.example' })).toEqual([{ name: 'Vox', kind: 'organisation', count: 1, first: 0, labels: [{ label: 'far-right', kind: 'descriptor', quoted: false }] }]);
  });

  test('keeps the analysed text for its also-named request, which then sends only the key, once', async () => {
    const { analyseText, alsoNamedIn } = await load();
    const text = 'Vox, the far-right party, met Hezbollah, the Shiite movement, and the Islamic State in Paris.';
    const { textKey } = await analyseText(request({ text }));
    expect(textKey).toEqual(expect.any(String));
    const byText = await alsoNamedIn({ type: 'also-named', text, quoted: [], site: 'news.example' });
    expect(await alsoNamedIn({ type: 'also-named', textKey: textKey!, site: 'news.example' })).toEqual(byText);
    // Given up once asked for, and never held for a key this worker did not give: the page then sends the text.
    expect(await alsoNamedIn({ type: 'also-named', textKey: textKey!, site: 'news.example' })).toBeNull();
    expect(await alsoNamedIn({ type: 'also-named', textKey: 'not-a-key', site: 'news.example' })).toBeNull();
  });

  test('analyses a text sent in parts under a key as it would the whole text, and keeps it for its also-named list', async () => {
    const { analyseText, alsoNamedIn, keepTextPart } = await load();
    const text = 'Vox, the far-right party, met Hezbollah, the Shiite movement, and the Islamic State in Paris. The senator slammed the plan.';
    const whole = await analyseText(request({ text }));
    for (const part of [text.slice(0, 7), text.slice(7, 60), text.slice(60)]) keepTextPart('k-parts', part);
    const { text: _whole, ...rest } = request({ text });
    const byParts = await analyseText({ ...rest, textKey: 'k-parts' });
    expect(byParts).toEqual({ ...whole, textKey: 'k-parts' });
    expect(await alsoNamedIn({ type: 'also-named', textKey: 'k-parts', site: 'news.example' })).toEqual(await alsoNamedIn({ type: 'also-named', text, quoted: [], site: 'news.example' }));
    // A key this worker holds no parts for (it was restarted in between): the page then sends the text whole.
    expect(await analyseText({ ...rest, textKey: 'k-unknown' })).toBeNull();
  });

  test('keeps no text for an analysis asked for everything (Export), which asks for no also-named list', async () => {
    const { analyseText } = await load();
    expect((await analyseText(request({ all: true }))).textKey).toBeNull();
  });

  test.each<[string | null, string[], string | null]>([
    [null, ['slammed'], null],
    ['en', ['slammed'], null],
    ['en-GB', ['slammed'], null],
    ['EN-us', ['slammed'], null],
    ['fr', [], 'fr'],
    ['de-CH', [], 'de-CH'],
    ['eng', [], 'eng'],
  ])('words to watch on a page declared %j: %j, skipped for %j', async (lang, words, skipped) => {
    const { analyseText } = await load();
    const reply = await analyseText(request({ text: 'The senator slammed the plan as costly.', lang }));
    expect(reply.watch.map((w) => w.word)).toEqual(words);
    expect(reply.watchSkippedFor).toBe(skipped);
  });

  test('words to watch switched off by the reader: nothing skipped to say, whatever the language', async () => {
    const { analyseText, settingsItem, DEFAULT_SETTINGS } = await load();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, watchLevel: 'off' });
    const reply = await analyseText(request({ text: 'The senator slammed the plan as costly.', lang: 'fr' }));
    expect([reply.watch, reply.watchSkippedFor]).toEqual([[], null]);
  });

  test('carries the first FINDINGS_CAP findings and words to watch, with the totals; all of them when asked', async () => {
    const { analyseText } = await load();
    const { FINDINGS_CAP } = await import('../../../utils/findings-view');
    const text = Array.from({ length: FINDINGS_CAP + 30 }, () => 'The terrorists fled. The senator slammed the plan as costly.').join(' ');
    const capped = await analyseText(request({ text }));
    const framing = capped.findings.filter((f) => f.flag === 'framing');
    expect(capped.findings).toHaveLength(FINDINGS_CAP);
    expect(capped.watch).toHaveLength(FINDINGS_CAP);
    expect(capped.totals).toEqual({ findings: FINDINGS_CAP + 30, framing: FINDINGS_CAP + 30, watch: FINDINGS_CAP + 30 });
    expect(framing.map((f) => f.start)).toEqual(framing.map((f) => f.start).toSorted((a, b) => a - b));
    // The tone summary counts every word, not only those carried.
    expect(capped.tone.top[0]).toMatchObject({ word: 'slammed', article: FINDINGS_CAP + 30 });
    const all = await analyseText({ ...request({ text }), all: true });
    expect([all.findings.length, all.watch.length]).toEqual([FINDINGS_CAP + 30, FINDINGS_CAP + 30]);
    // The ones carried are the first in reading order.
    expect(all.findings.slice(0, FINDINGS_CAP)).toEqual(capped.findings);
    expect(all.watch.slice(0, FINDINGS_CAP)).toEqual(capped.watch);
  });

  test('a text with nothing to find names no entry', async () => {
    const { analyseText } = await load();
    const reply = await analyseText(request({ text: 'The weather was mild and the market opened on time.' }));
    expect(reply.findings).toEqual([]);
    expect(reply.entries).toEqual([]);
  });
});

describe('what the reader set, read at each request', () => {
  test("the reader's own entries are found and named as theirs", async () => {
    const { analyseText, alsoNamedIn, customEntriesItem } = await load();
    const alsoNamed = async () => (await alsoNamedIn({ type: 'also-named', text: TEXT, quoted: [], site: 'news.example' }))!.map((a) => a.name);
    const before = await analyseText(request());
    expect(before.entries.map((e) => e.id)).not.toContain('example-committee');
    expect(await alsoNamed()).toEqual(['Example Committee']);
    await customEntriesItem.setValue([exampleEntry()]);
    const reply = await analyseText(request());
    expect(reply.entries.map((e) => e.id)).toContain('example-committee');
    // Once the reader's glossary knows it, it is no longer "also named".
    expect(await alsoNamed()).toEqual([]);
    expect(reply.own).toEqual(['example-committee']);
  });

  test("a site's exemption applies on that site only", async () => {
    const { analyseText, settingsItem, DEFAULT_SETTINGS } = await load();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, exemptions: [{ kind: 'entry', value: 'term-terrorist', site: 'news.example' }] });
    const ids = async (site: string) => (await analyseText(request({ site }))).findings.map((f) => f.entryId);
    expect(await ids('news.example')).not.toContain('term-terrorist');
    expect(await ids('other.example')).toContain('term-terrorist');
  });

  test('a switched-off category and hidden named actors are left out of the findings', async () => {
    const { analyseText, customEntriesItem, settingsItem, DEFAULT_SETTINGS } = await load();
    await customEntriesItem.setValue([exampleEntry()]); // a named actor to hide
    const before = (await analyseText(request())).findings;
    expect(before.some((f) => f.flag === 'context')).toBe(true);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, hiddenCategories: ['label'], showActors: false });
    const after = (await analyseText(request())).findings;
    expect(after.map((f) => f.entryId)).not.toContain('term-terrorist');
    expect(after.filter((f) => f.flag === 'context')).toEqual([]);
  });

  test('warming up for a page builds what its analysis then reuses, and fails on nothing', async () => {
    const { analyseText, warmUp } = await load();
    await warmUp('https://news.example/story');
    await warmUp(undefined);
    expect((await analyseText(request())).findings.length).toBeGreaterThan(0);
  });
});
