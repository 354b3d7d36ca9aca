// First: the modules below read the extension APIs when they load.
import { fakeBrowser } from './fake-browser';
import { describe, expect, test } from 'vitest';
import type { Entry } from '../../../utils/glossary/schema';
import { buildPack, parsePack } from '../../../utils/pack';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { parseSite, siteOf, originsFor } from '../../../utils/sites';
import type { Phrase } from '../../../utils/ui/i18n';
import { exampleEntry } from '../../support/example-entry';
import { enTranslator } from '../../support/en-translator';

const entry = exampleEntry();
const builtin: Entry[] = [{ ...entry, id: 'builtin-one', name: 'Builtin One', patterns: ['Builtin One'] }];
const packJson = (over: Record<string, unknown> = {}) => JSON.stringify({ ...buildPack(DEFAULT_SETTINGS, [entry], new Date('2026-12-01')), ...over });

/** A problem given exactly, or by a pattern when its tail quotes the parser. */
const asMatcher = (e: string | RegExp) => (e instanceof RegExp ? expect.stringMatching(e) : e);
const { say } = enTranslator();

describe('parsePack', () => {
  test('reads back what buildPack writes', () => {
    expect(parsePack(packJson(), builtin)).toEqual({ ok: true, pack: JSON.parse(packJson()) });
  });

  test.each([
    ['not JSON', '{', [/^This file is not valid JSON \(.+\)\.$/]],
    ['a list of entries', JSON.stringify([entry]), ['This file is a list of glossary entries, not a pack: import it under “Import entries (JSON)” instead.']],
    ['another format', JSON.stringify({ format: 'something-else' }), ['This file is not a Framing Lens pack (a pack has "format": "framing-lens-pack").']],
    ['no version', packJson({ version: undefined }), ['version: a pack says which version of the format it uses, as a whole number.']],
    ['a bad setting', packJson({ settings: { ...DEFAULT_SETTINGS, textSize: 'huge' } }), ['settings → textSize: Choose one of: small, medium, large.']],
    ['a missing setting', packJson({ settings: { ...DEFAULT_SETTINGS, theme: undefined } }), ['settings → theme: This is missing.']],
    ['an exemption on a malformed site', packJson({ settings: { ...DEFAULT_SETTINGS, exemptions: [{ kind: 'word', value: 'x', site: 'http://a b' }] } }), ['settings → exemptions → 0 → site: Write a site name, such as example.com.']],
    ['an invalid entry', packJson({ entries: [{ ...entry, sources: [] }] }), ['entries → example-committee: Sources: Add at least one.']],
    ['an entry clashing with a built-in', packJson({ entries: [{ ...entry, patterns: ['builtin one'] }] }), ['entries → example-committee: “builtin one” is already found by builtin-one: give your entry the id builtin-one to replace that entry, or remove the word.']],
    ['entries that are not a list', packJson({ entries: {} }), ['entries: a pack holds a list of entries (it may be empty).']],
  ])('refuses %s, saying where', (_label, json, expected) => {
    const result = parsePack(json, builtin);
    expect(result.ok).toBe(false);
    const problems = (result as { problems: Phrase[] }).problems.map(say);
    expect(problems).toEqual(expected.map(asMatcher));
  });

  test('a pack from a newer version says so, and nothing else', () => {
    const result = parsePack(packJson({ version: 3, settings: { surprise: true } }), builtin);
    expect({ ...result, problems: (result as { problems: Phrase[] }).problems.map(say) }).toEqual({
      ok: false,
      newer: true,
      problems: [
        'This pack was made by a newer version of Framing Lens (pack format 3; this version reads format 1). Update the extension, then import it again.',
      ],
    });
  });

  test('reading a pack, valid or not, stores nothing', async () => {
    parsePack(packJson(), builtin);
    parsePack(packJson({ version: 9 }), builtin);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  test('a pack with no entries of its own is valid', () => {
    expect(parsePack(packJson({ entries: [] }), builtin)).toMatchObject({ ok: true, pack: { entries: [] } });
  });
});

describe('sites', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.com ', 'example.com'],
    ['https://www.example.com/news/1?x=2', 'example.com'],
    ['http://127.0.0.1:4000/seed/a.html', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['not a site', null],
    ['', null],
    ['file:///home/a.html', null],
    ['12345', null],
  ])('parseSite(%j) → %j', (input, site) => {
    expect(parseSite(input)).toBe(site);
  });

  test('pages extensions cannot run on have no site', () => {
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });

  test('a named site covers its www. host; an address does not have one', () => {
    expect(originsFor('example.com')).toEqual(['*://example.com/*', '*://www.example.com/*']);
    expect(originsFor('127.0.0.1')).toEqual(['*://127.0.0.1/*']);
    expect(originsFor('localhost')).toEqual(['*://localhost/*']);
  });
});
