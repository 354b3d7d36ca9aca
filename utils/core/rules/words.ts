/** Reading the words around a match in the original text: the small grammar the context rules share. */
import { CLASS_UPPER, CLASS_WORD, FOLD_APOSTROPHE, apostropheJoins, foldTables, isDash } from '../normalize';
import type { RuleContext } from './rule';

const OPENING_QUOTES = new Set([0x22, 0x27, 0x201c, 0x2018, 0x201e, 0xab]);

function isWordAt(text: string, i: number): boolean {
  const { charClass, fold } = foldTables();
  const c = text.charCodeAt(i);
  if ((charClass[c]! & CLASS_WORD) !== 0) return true;
  return fold[c] === FOLD_APOSTROPHE && apostropheJoins(text, i, charClass);
}

export interface Word {
  start: number;
  end: number;
  word: string;
}

/** The word that ends exactly at `end` (letters, digits and apostrophes inside the word), if any. */
export function wordBefore(text: string, end: number): Word | undefined {
  let start = end;
  while (start > 0 && isWordAt(text, start - 1)) start--;
  return start < end ? { start, end, word: text.slice(start, end) } : undefined;
}

/** The word that starts exactly at `start`, if any. */
export function wordAt(text: string, start: number): Word | undefined {
  let end = start;
  while (end < text.length && isWordAt(text, end)) end++;
  return end > start ? { start, end, word: text.slice(start, end) } : undefined;
}

/** Index after the whitespace run starting at `i`. */
export function skipSpaces(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** Index before the whitespace that ends at `i` (line breaks included). */
export function skipSpacesBack(text: string, i: number): number {
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}

/** Index after whitespace and opening quotation marks ("so-called “rebels”"). */
export function skipSpacesAndQuotes(text: string, i: number): number {
  while (i < text.length && (/\s/.test(text[i]!) || OPENING_QUOTES.has(text.charCodeAt(i)))) i++;
  return i;
}

const SENTENCE_LOOKAROUND = 400;

/** Titles that end in a full stop before a name, never a sentence ("Ms. Haley", "Gen. Petraeus"). */
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Gov', 'Sen', 'Sens', 'Rep', 'Reps', 'Lt', 'Col', 'Sgt', 'Capt', 'Cmdr', 'Adm', 'Maj', 'Prof', 'Rev', 'St']);
/** Months shortened before a day ("Oct. 7"), and "No." before a number. */
const BEFORE_NUMBERS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'No']);

/**
 * Whether the full stop at `k` closes a short form inside a sentence: any word before a lower-case one ("the U.S.
 * courts"), a title ("Ms. Haley"), a month before its day ("Oct. 7") or "No." before a number, or an initial before a
 * capitalised word ("John F. Kennedy", "the U.S. Army"). An initial that ends a
 * sentence before a capitalised word ("… from the U.S. The next day") is read as one sentence with it: a sentence
 * longer than it is, never one cut in two.
 */
export function shortFormAt(text: string, k: number): boolean {
  if (text[k] !== '.') return false;
  const before = wordBefore(text, k);
  if (!before || !/^\p{L}+$/u.test(before.word)) return false;
  const word = before.word;
  const next = text[skipSpaces(text, k + 1)] ?? '';
  // A sentence starts with a capital: a full stop before a lower-case word closes a short form ("the U.S. courts").
  if (/\p{Ll}/u.test(next)) return true;
  if (TITLES.has(word)) return /\p{Lu}/u.test(next);
  if (BEFORE_NUMBERS.has(word)) return /\d/.test(next);
  return /^\p{Lu}$/u.test(word) && /\p{Lu}/u.test(next);
}

/** Whether the character at `k` ends a sentence when whitespace follows it. */
function endsSentence(text: string, k: number): boolean {
  const c = text[k];
  return c === '!' || c === '?' || (c === '.' && !shortFormAt(text, k));
}

/** Start of the sentence holding `i`: after the last ". ", "! ", "? " or line break, within a bounded look-back. */
export function sentenceStart(text: string, i: number): number {
  const limit = Math.max(0, i - SENTENCE_LOOKAROUND);
  for (let k = i - 1; k >= limit; k--) {
    const c = text[k]!;
    if (c === '\n') return k + 1;
    if (k + 1 < i && /\s/.test(text[k + 1]!) && endsSentence(text, k)) return k + 1;
  }
  return limit;
}

/**
 * Start of the sentence before the one starting at `start`, however many blank lines stand between (a page's empty
 * blocks leave more than one); `start` itself where nothing comes before.
 */
export function previousSentenceStart(text: string, start: number): number {
  const i = skipSpacesBack(text, start);
  return i === 0 ? start : sentenceStart(text, i);
}

/** End of the sentence holding `i` (exclusive). */
export function sentenceEnd(text: string, i: number): number {
  const limit = Math.min(text.length, i + SENTENCE_LOOKAROUND);
  for (let k = i; k < limit; k++) {
    const c = text[k]!;
    if (c === '\n') return k;
    if ((k + 1 >= text.length || /\s/.test(text[k + 1]!)) && endsSentence(text, k)) return k;
  }
  return limit;
}

/** Demonyms and names of places as sentence-initial words ("Saudi", "Iranian", "Turkish"), where case tells nothing. */
const DEMONYM_ENDING = /(?:ian|ean|an|ese|i|ish|ic)$/;

/** Whether a word ends as demonyms do ("Syrian", "Israeli", "Turkish"). */
export function hasDemonymEnding(word: string): boolean {
  return DEMONYM_ENDING.test(word);
}

/**
 * Whether a capitalised word reads as a name or demonym ("Saudi", "US", "Kremlin"). At the start of a sentence
 * capitals prove nothing, so there only all-capital words and demonym-like endings count.
 */
export function isProperName(text: string, w: Word): boolean {
  const { charClass } = foldTables();
  if ((charClass[w.word.charCodeAt(0)]! & CLASS_UPPER) === 0) return false;
  if (w.word.length >= 2 && w.word === w.word.toUpperCase()) return true;
  if (text.slice(sentenceStart(text, w.start), w.start).trim() === '') return hasDemonymEnding(w.word);
  return true;
}

/**
 * The head X of a compound "X-backed" / "X-held" whose dash sits at `dash`: a glossary entry ending there (its whole
 * name: "al-Qaeda-affiliated"), a proper name or demonym, or one of the listed lower-case words.
 */
export function compoundHead(
  ctx: RuleContext,
  dash: number,
  words: ReadonlySet<string>,
): { start: number; target?: string; word: string } | undefined {
  if (dash <= 0 || !isDash(ctx.text.charCodeAt(dash))) return undefined;
  const m = ctx.matchEndingAt(dash);
  if (m && m.entry.term?.rule === undefined) return { start: m.start, target: m.entry.id, word: ctx.text.slice(m.start, dash) };
  const w = wordBefore(ctx.text, dash);
  if (!w) return undefined;
  if (words.has(w.word.toLowerCase()) || isProperName(ctx.text, w)) return { start: w.start, word: w.word };
  return undefined;
}

/** Whether a glossary match covers [start, end): a specific entry ("foreign-backed") then wins over a generic rule. */
export function coveredByMatch(ctx: RuleContext, start: number, end: number): boolean {
  return ctx.matches.some((m) => m.start <= start && m.end >= end);
}
