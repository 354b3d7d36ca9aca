/**
 * Character folding shared by the glossary patterns and the analysed text, so both sides of a match are read the
 * same way: case, diacritics (NFD base letter), curly/straight quotes and apostrophes, every dash and hyphen, and
 * runs of whitespace. Folding is one table lookup per UTF-16 code unit; the scan loop in automaton.ts applies the
 * same steps inline (it must stay in step with `foldWithOffsets`, which the property tests use as the reference).
 *
 * The folded stream is made of these steps, for each code unit of the original text:
 *  1. look the unit up in the fold table;
 *  2. drop it if it is invisible (combining marks, zero-width characters, soft hyphen);
 *  3. drop an apostrophe that sits inside a word ("Dara’a" → "daraa"), but keep a possessive "’s" ("Hama’s" is not
 *     "Hamas");
 *  4. collapse a run of spaces and dashes into one space ("al‑Nusra", "al Nusra" and "al - Nusra" → "al nusra").
 */

/** Folded code of a unit that is dropped from the folded stream. */
export const FOLD_DROP = 0xffff;
/** Folded code for every whitespace character and every dash or hyphen. */
export const FOLD_SPACE = 0x20;
/** Folded code for every apostrophe and single quote. */
export const FOLD_APOSTROPHE = 0x27;
/** Folded code for every double quotation mark. */
export const FOLD_QUOTE = 0x22;

/** Character classes, as bits in `charClass`. */
export const CLASS_WORD = 1;
export const CLASS_MARK = 2;
export const CLASS_UPPER = 4;

const SPACES = ' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d';
const APOSTROPHES = "'\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\u02b9\u02bb\u02bc\u02bd\u02be\u02bf\u02c8";
const QUOTES = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02';
const INVISIBLE = '\u00ad\u200b\u200c\u200d\u2060\ufeff';
const DASH_CODES: ReadonlySet<number> = new Set([...DASHES].map((ch) => ch.charCodeAt(0)));

/** Whether `code` is a hyphen or dash (not a space): what joins a compound such as "Saudi-backed". */
export function isDash(code: number): boolean {
  return DASH_CODES.has(code);
}

/** Letters that NFD leaves whole but readers treat as a plain Latin letter. */
const LETTER_EXTRAS: Record<string, string> = { ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T' };

/** Below this code, classes and folds are computed per character; above it scripts have no case to fold. */
const COMPUTED_LIMIT = 0x3000;

export interface FoldTables {
  /** Case-insensitive fold: lower case, base letter, quote/dash/space classes, or FOLD_DROP. */
  fold: Uint16Array;
  /** The same fold keeping letter case, for patterns that match only in their own case ("IS", "COI"). */
  foldKeepCase: Uint16Array;
  /** CLASS_* bits per code unit. */
  charClass: Uint8Array;
}

let tables: FoldTables | undefined;

/** Built once, on first use (5–20 ms, once per page load), so loading the module costs nothing. */
export function foldTables(): FoldTables {
  tables ??= buildTables();
  return tables;
}

function buildTables(): FoldTables {
  const fold = new Uint16Array(0x10000);
  const foldKeepCase = new Uint16Array(0x10000);
  const charClass = new Uint8Array(0x10000);
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  const markChar = /\p{M}/u;
  for (let c = 0; c < 0x10000; c++) {
    fold[c] = c;
    foldKeepCase[c] = c;
    if (c >= COMPUTED_LIMIT) {
      charClass[c] = isWordAbove(c) ? CLASS_WORD : 0;
      continue;
    }
    const ch = String.fromCharCode(c);
    let cls = wordChar.test(ch) ? CLASS_WORD : 0;
    if (markChar.test(ch)) {
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
  // A modifier letter such as ʿ (ayn) is a letter to Unicode but an apostrophe to a reader of "Darʿa".
  for (const ch of APOSTROPHES) charClass[ch.charCodeAt(0)] = 0;
  return { fold, foldKeepCase, charClass };
}

/** Scripts above U+3000 are caseless; treat everything but punctuation blocks and lone surrogates as word text. */
function isWordAbove(c: number): boolean {
  if (c <= 0x303f) return false; // CJK symbols and punctuation
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfe10 && c <= 0xfe6f) return false; // vertical, small and compatibility punctuation
  if (c >= 0xff00 && c <= 0xff0f) return false;
  if (c >= 0xff1a && c <= 0xff20) return false;
  if (c >= 0xfff0) return false;
  return true;
}

/**
 * Whether the apostrophe at `i` sits inside a word and is dropped from the folded stream: a letter on both sides,
 * unless it is a possessive or plural "’s" that ends the word.
 */
export function apostropheJoins(text: string, i: number, charClass: Uint8Array): boolean {
  if (i === 0 || i + 1 >= text.length) return false;
  if ((charClass[text.charCodeAt(i - 1)]! & CLASS_WORD) === 0) return false;
  const next = text.charCodeAt(i + 1);
  if ((charClass[next]! & CLASS_WORD) === 0) return false;
  if (next === 0x73 || next === 0x53) {
    const after = i + 2 < text.length ? text.charCodeAt(i + 2) : 0x20;
    if ((charClass[after]! & CLASS_WORD) === 0) return false;
  }
  return true;
}

export interface Folded {
  /** The folded stream. */
  folded: string;
  /** For each folded code unit, the index of the original code unit it came from. */
  offsets: Int32Array;
}

/** Folds a whole string, keeping the offset of every folded unit in the original. */
export function foldWithOffsets(text: string, keepCase = false): Folded {
  const { fold, foldKeepCase, charClass } = foldTables();
  const table = keepCase ? foldKeepCase : fold;
  const codes: number[] = [];
  const offsets = new Int32Array(text.length);
  let prevSpace = true;
  for (let i = 0; i < text.length; i++) {
    const f = table[text.charCodeAt(i)]!;
    if (f === FOLD_DROP) continue;
    if (f === FOLD_APOSTROPHE && apostropheJoins(text, i, charClass)) continue;
    if (f === FOLD_SPACE) {
      if (prevSpace) continue;
      prevSpace = true;
    } else prevSpace = false;
    offsets[codes.length] = i;
    codes.push(f);
  }
  let folded = '';
  for (let k = 0; k < codes.length; k += 4096) folded += String.fromCharCode(...codes.slice(k, k + 4096));
  return { folded, offsets: offsets.subarray(0, codes.length) };
}

/** The folded form of a pattern or label: `foldWithOffsets` without offsets, trimmed of spaces at either end. */
export function foldText(text: string, keepCase = false): string {
  return foldWithOffsets(text, keepCase).folded.trim();
}

/** Whether `code` is a letter, digit or combining mark: the characters that glue a word together. */
export function isWordCode(code: number): boolean {
  return (foldTables().charClass[code]! & CLASS_WORD) !== 0;
}
