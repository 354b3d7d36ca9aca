/**
 * The fold tables against their definition, computed the slow, obvious way for every code unit: the table builder
 * classifies in bulk and skips work it can prove unneeded, and must still agree everywhere.
 */
import { describe, expect, it } from 'vitest';
import { CLASS_MARK, CLASS_UPPER, CLASS_WORD, FOLD_APOSTROPHE, FOLD_DROP, FOLD_QUOTE, FOLD_SPACE, foldTables } from '../../../utils/core/normalize';

const SPACES = ' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d';
const APOSTROPHES = "'\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\u02b9\u02bb\u02bc\u02bd\u02be\u02bf\u02c8";
const QUOTES = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02';
const INVISIBLE = '\u00ad\u200b\u200c\u200d\u2060\ufeff';
const LETTER_EXTRAS: Record<string, string> = { ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T' };

function isWordAbove(c: number): boolean {
  if (c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfe10 && c <= 0xfe6f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  if (c >= 0xff1a && c <= 0xff20) return false;
  return c < 0xfff0;
}

function referenceTables() {
  const fold = new Uint16Array(0x10000);
  const foldKeepCase = new Uint16Array(0x10000);
  const charClass = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    fold[c] = foldKeepCase[c] = c;
    if (c >= 0x3000) {
      charClass[c] = isWordAbove(c) ? CLASS_WORD : 0;
      continue;
    }
    const ch = String.fromCharCode(c);
    let cls = /[\p{L}\p{N}\p{M}]/u.test(ch) ? CLASS_WORD : 0;
    if (/\p{M}/u.test(ch)) {
      charClass[c] = cls | CLASS_MARK;
      fold[c] = foldKeepCase[c] = FOLD_DROP;
      continue;
    }
    const base = LETTER_EXTRAS[ch] ?? ch.normalize('NFD')[0] ?? ch;
    const lower = base.toLowerCase();
    const keep = base.length === 1 ? base.charCodeAt(0) : c;
    foldKeepCase[c] = keep;
    fold[c] = lower.length === 1 ? lower.charCodeAt(0) : keep;
    if (cls !== 0 && ch !== ch.toLowerCase()) cls |= CLASS_UPPER;
    charClass[c] = cls;
  }
  const assign = (chars: string, code: number) => {
    for (const ch of chars) fold[ch.charCodeAt(0)] = foldKeepCase[ch.charCodeAt(0)] = code;
  };
  assign(SPACES, FOLD_SPACE);
  assign(DASHES, FOLD_SPACE);
  assign(APOSTROPHES, FOLD_APOSTROPHE);
  assign(QUOTES, FOLD_QUOTE);
  assign(INVISIBLE, FOLD_DROP);
  for (const ch of APOSTROPHES) charClass[ch.charCodeAt(0)] = 0;
  return { fold, foldKeepCase, charClass };
}

/** Code units where two tables differ, as hex, for a readable failure. */
function differences(a: ArrayLike<number>, b: ArrayLike<number>): string[] {
  const out: string[] = [];
  for (let c = 0; c < 0x10000; c++) if (a[c] !== b[c]) out.push(`U+${c.toString(16).padStart(4, '0')}: ${a[c]} ≠ ${b[c]}`);
  return out;
}

describe('fold tables', () => {
  const got = foldTables();
  const want = referenceTables();
  it.each(['fold', 'foldKeepCase', 'charClass'] as const)('%s matches the per-character definition on every code unit', (name) => {
    expect(differences(got[name], want[name])).toEqual([]);
  });
});
