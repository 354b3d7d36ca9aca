import { describe, expect, test } from 'vitest';
import { createTranslator } from '../../../utils/ui/i18n';
import { EN_MESSAGES as en, lookupIn } from '../../support/en-translator';

describe('the English locale file', () => {
  test('every message name is one the browser accepts, with a non-empty message', () => {
    for (const [key, { message }] of Object.entries(en)) {
      expect(key).toMatch(/^[a-z0-9_]+$/);
      expect(message.length, key).toBeGreaterThan(0);
    }
  });

  test('every plural has its "one" and "other" forms, each with the count', () => {
    const stems = Object.keys(en).filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -'_other'.length));
    expect(stems.length).toBeGreaterThan(2);
    for (const stem of stems) {
      expect(en[`${stem}_one`]?.message, stem).toContain('$1');
      expect(en[`${stem}_other`]!.message, stem).toContain('$1');
    }
  });

  test('says what language and direction its strings are in', () => {
    expect(en.ui_lang?.message).toBe('en');
    expect(en.ui_dir?.message).toBe('ltr');
  });
});

describe('createTranslator', () => {
  const t = createTranslator(lookupIn(en));

  test('plurals: "1 occurrence", "2 occurrences", "0 occurrences"', () => {
    expect(t.plural('occurrence_count', 1)).toBe('1 occurrence');
    expect(t.plural('occurrence_count', 2)).toBe('2 occurrences');
    expect(t.plural('occurrence_count', 0)).toBe('0 occurrences');
    expect(t.t('summary', t.plural('framing_word_count', 1), t.plural('named_actor_count', 10))).toBe('1 framing word, 10 named actors');
  });

  test('a plural with more to say than the count: the count is $1, the rest follow', () => {
    expect(t.plural('entries_imported', 1, 'mine.json')).toBe('Imported 1 entry from mine.json.');
    expect(t.plural('entries_imported', 3, 'mine.json')).toBe('Imported 3 entries from mine.json.');
  });

  test('counts are written the locale’s way', () => {
    expect(t.plural('occurrence_count', 1200)).toBe('1,200 occurrences');
  });

  test('lang and dir come from the locale file, not from the page or the browser', () => {
    expect([t.lang, t.dir]).toEqual(['en', 'ltr']);
    const rtl = createTranslator(lookupIn({ ...en, ui_lang: { message: 'ar' }, ui_dir: { message: 'rtl' } }));
    expect([rtl.lang, rtl.dir]).toEqual(['ar', 'rtl']);
  });

  test('a locale with more plural categories uses them, and falls back to "other" where a form is missing', () => {
    const ar = createTranslator(
      lookupIn({
        ui_lang: { message: 'ar' },
        ui_dir: { message: 'rtl' },
        occurrence_count_two: { message: 'two:$1' },
        occurrence_count_other: { message: 'other:$1' },
      }),
    );
    expect(ar.plural('occurrence_count', 2)).toBe(`two:${new Intl.NumberFormat('ar').format(2)}`);
    expect(ar.plural('occurrence_count', 11)).toBe(`other:${new Intl.NumberFormat('ar').format(11)}`);
  });

  test('a missing message shows its key, so it is seen and fixed', () => {
    const empty = createTranslator(() => '');
    expect(empty.t('export')).toBe('export');
  });
});
