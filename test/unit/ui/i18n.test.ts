import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ACTOR_KINDS, OutletSchema } from '../../../utils/glossary/schema';
import { WATCH_CATEGORIES } from '../../../utils/core/watch/data';
import { CANNOT_READ } from '../../../utils/messages';
import { createTranslator } from '../../../utils/ui/i18n';
import { EN_MESSAGES as en, lookupIn } from '../../support/en-translator';

/** The extension's own source: everything that could ask for a message. */
function sourceText(): string {
  const files: string[] = ['wxt.config.ts'];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|html)$/.test(entry.name)) files.push(path);
    }
  };
  ['components', 'entrypoints', 'utils'].forEach(walk);
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}

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

/** A value as it appears in a message name ('state-owned' → 'state_owned'). */
const snake = (value: string) => value.replaceAll('-', '_');

describe('the messages the code asks for', () => {
  // Names the code builds from a value rather than writes out (the compiler checks the written ones).
  const families: Record<string, readonly string[]> = {
    kind: [...ACTOR_KINDS, 'term'],
    ownership: OutletSchema.entries.ownership.options,
    cannot_read: CANNOT_READ,
    tone_category: WATCH_CATEGORIES,
  };
  test('every name built from a value has its message', () => {
    const built = [
      ...Object.entries(families).flatMap(([family, values]) => values.map((v) => `${family}_${snake(v)}`)),
      ...CANNOT_READ.flatMap((r) => [`unavailable_${snake(r)}_heading`, `unavailable_${snake(r)}_body`]),
    ];
    expect(built.filter((name) => !en[name])).toEqual([]);
  });

  test('every message in the English file is used: by name in the code, or as a name built from a value', () => {
    const source = sourceText();
    const built = new Set(Object.entries(families).flatMap(([family, values]) => values.map((v) => `${family}_${snake(v)}`)));
    const unused = Object.keys(en).filter((name) => {
      const stem = name.replace(/_(zero|one|two|few|many|other)$/, '');
      if (built.has(name) || /^unavailable_[a-z_]+_(heading|body|hint)$/.test(name)) return false;
      return ![`'${name}'`, `'${stem}'`, `__MSG_${name}__`].some((use) => source.includes(use));
    });
    expect(unused).toEqual([]);
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

  test('numbers under 1,000 are written with the locale file’s digits and decimal sign, exactly as Intl writes them', () => {
    const intl = new Intl.NumberFormat('en');
    for (const n of [0, 1, 7, 10, 99, 100, 999, 1000, 32_775, 2.5, 0.1, 999.9, 12.25, 0.1 + 0.2, 1 / 3]) {
      expect(t.number(n)).toBe(intl.format(n));
    }
    const arabicIndic = createTranslator(
      lookupIn({ ...en, ui_lang: { message: 'ar-EG' }, ui_digits: { message: '٠١٢٣٤٥٦٧٨٩' }, ui_decimal: { message: '٫' } }),
    );
    expect(arabicIndic.number(305)).toBe('٣٠٥');
    expect(arabicIndic.number(2.5)).toBe(new Intl.NumberFormat('ar-EG').format(2.5));
    // A locale file without its digits: Intl writes every count.
    const { ui_digits: _, ...noDigits } = en;
    const intlOnly = createTranslator(lookupIn({ ...noDigits, ui_lang: { message: 'ar-EG' } }));
    expect(intlOnly.number(305)).toBe(new Intl.NumberFormat('ar-EG').format(305));
  });

  test('a message without substitutions is asked of the browser once', () => {
    const asked: string[] = [];
    const counted = createTranslator((key, subs) => {
      asked.push(key);
      return lookupIn(en)(key, subs);
    });
    counted.t('export');
    counted.t('export');
    counted.plural('occurrence_count', 2);
    counted.plural('occurrence_count', 3);
    expect(asked.filter((k) => k === 'export')).toHaveLength(1);
    // The plural form's existence is checked once; the form itself is asked with its count each time.
    expect(asked.filter((k) => k === 'occurrence_count_other')).toHaveLength(3);
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

  test('a phrase is said inside out: its inner phrases first, numbers the locale’s way, plurals by their count', () => {
    expect(
      t.say({
        key: 'problem_at',
        subs: [
          { key: 'problem_path_step', subs: [{ key: 'field_sources' }, { key: 'problem_where_item', subs: [1200] }] },
          { key: 'problem_too_short', count: 40, subs: [1] },
        ],
      }),
    ).toBe('Sources → item 1,200: Write at least 40 characters (now 1).');
    expect(t.say({ key: 'problem_too_short', count: 1, subs: [0] })).toBe('Write at least 1 character (now 0).');
  });

  test('a missing message shows its key, so it is seen and fixed', () => {
    const empty = createTranslator(() => '');
    expect(empty.t('export')).toBe('export');
  });
});
