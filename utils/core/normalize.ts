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
  /**
   * The code units `fold` changes, ascending: with them, a caller can map every unit through the fold by visiting
   * only the few units it changes and the folded codes it cares about, not all 65,536 units.
   */
  changed: Uint16Array;
}

let tables: FoldTables | undefined;

/** Built once, on first use (once per page load), so loading the module costs nothing. */
export function foldTables(): FoldTables {
  tables ??= buildTables();
  return tables;
}

/**
 * Below COMPUTED_LIMIT, one pass of this expression classifies every character, in runs: combining marks, letters
 * and digits that change when lower-cased (upper case), other letters and digits, and other characters that change
 * when lower-cased (such as Ⓐ). Much cheaper than testing each character on its own.
 */
const CLASSES =
  /(\p{M}+)|((?:(?=\p{Changes_When_Lowercased})[\p{L}\p{N}])+)|((?:(?!\p{Changes_When_Lowercased})[\p{L}\p{N}])+)|(\p{Changes_When_Lowercased}+)/gu;

/** Scripts above COMPUTED_LIMIT are caseless: everything but punctuation blocks and lone surrogates is word text. */
const WORD_RANGES_ABOVE: readonly (readonly [from: number, to: number])[] = [
  [0x3040, 0xd800], // after CJK symbols and punctuation; before the surrogates
  [0xe000, 0xfe10], // before vertical, small and compatibility punctuation
  [0xfe70, 0xff00],
  [0xff10, 0xff1a], // full-width digits
  [0xff21, 0xfff0], // full-width letters and beyond, before the specials
];

/**
 * Per character below COMPUTED_LIMIT: a combining mark is dropped; any other character folds to its NFD base (or
 * its LETTER_EXTRAS letter), lower-cased when that is a single code unit; it is upper case if it is a word
 * character that lower-casing changes. NFD is only asked of characters from U+00C0, where decompositions start.
 */
function buildTables(): FoldTables {
  const fold = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) fold[c] = c;
  const foldKeepCase = fold.slice();
  const charClass = new Uint8Array(0x10000);
  for (const [from, to] of WORD_RANGES_ABOVE) charClass.fill(CLASS_WORD, from, to);

  // Every character below the limit, in order (the fold is still the identity), so a match's index is its code.
  const below = String.fromCharCode(...fold.subarray(0, COMPUTED_LIMIT));
  for (const m of below.matchAll(CLASSES)) {
    const [, marks, upper, word] = m;
    const start = m.index;
    const end = start + m[0].length;
    if (marks !== undefined) {
      charClass.fill(CLASS_WORD | CLASS_MARK, start, end);
      fold.fill(FOLD_DROP, start, end);
      foldKeepCase.fill(FOLD_DROP, start, end);
    } else if (word !== undefined) {
      charClass.fill(CLASS_WORD, start, end);
    } else {
      // Upper-case letters and digits, or other characters with a lower case: only these need lower-casing.
      if (upper !== undefined) charClass.fill(CLASS_WORD | CLASS_UPPER, start, end);
      for (let c = start; c < end; c++) fold[c] = lowerUnit(c);
    }
  }
  for (let c = 0xc0; c < COMPUTED_LIMIT; c++) {
    if ((charClass[c]! & CLASS_MARK) !== 0) continue;
    const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
    if (base === c) continue;
    foldKeepCase[c] = base;
    fold[c] = lowerUnit(base);
  }
  for (const [ch, base] of Object.entries(LETTER_EXTRAS)) {
    const c = ch.charCodeAt(0);
    foldKeepCase[c] = base.charCodeAt(0);
    fold[c] = lowerUnit(base.charCodeAt(0));
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
  const changed: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (fold[c] !== c) changed.push(c);
  return { fold, foldKeepCase, charClass, changed: Uint16Array.from(changed) };
}

/** The code unit `code` lower-cases to, or `code` itself when lower-casing gives more than one unit. */
function lowerUnit(code: number): number {
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
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

/**
 * Steps 2–4 for the unit at `i`, whose fold-table code is `f`: the code it adds to the folded stream, or FOLD_DROP.
 * `afterSpace`: whether the folded stream so far is empty or ends with a space.
 */
function foldedCode(text: string, i: number, f: number, charClass: Uint8Array, afterSpace: boolean): number {
  if (f === FOLD_APOSTROPHE && apostropheJoins(text, i, charClass)) return FOLD_DROP;
  if (f === FOLD_SPACE && afterSpace) return FOLD_DROP;
  return f;
}

/** Folds a whole string, keeping the offset of every folded unit in the original. */
export function foldWithOffsets(text: string, keepCase = false): Folded {
  const { fold, foldKeepCase, charClass } = foldTables();
  const table = keepCase ? foldKeepCase : fold;
  const codes: number[] = [];
  const offsets = new Int32Array(text.length);
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const f = foldedCode(text, i, table[text.charCodeAt(i)]!, charClass, afterSpace);
    if (f === FOLD_DROP) continue;
    afterSpace = f === FOLD_SPACE;
    offsets[codes.length] = i;
    codes.push(f);
  }
  let folded = '';
  for (let k = 0; k < codes.length; k += 4096) folded += String.fromCharCode(...codes.slice(k, k + 4096));
  return { folded, offsets: offsets.subarray(0, codes.length) };
}

/**
 * The folded form of a pattern or label: `foldWithOffsets` without offsets, trimmed of spaces at either end. Built
 * straight into a string: it runs for every glossary pattern when the automaton is built.
 */
export function foldText(text: string, keepCase = false): string {
  const { fold, foldKeepCase, charClass } = foldTables();
  const table = keepCase ? foldKeepCase : fold;
  let folded = '';
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const f = foldedCode(text, i, table[text.charCodeAt(i)]!, charClass, afterSpace);
    if (f === FOLD_DROP) continue;
    afterSpace = f === FOLD_SPACE;
    folded += String.fromCharCode(f);
  }
  return folded.trim();
}

/** Whether `code` is a letter, digit or combining mark: the characters that glue a word together. */
export function isWordCode(code: number): boolean {
  return (foldTables().charClass[code]! & CLASS_WORD) !== 0;
}
