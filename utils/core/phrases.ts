/**
 * Cue phrases ("claimed the lives", "rank-and-file", "o'clock", "strike back*"), found on the text's words rather than
 * by regular expressions. The words are found with one small expression; each phrase is then compared word by word.
 *
 * Why not one alternation RegExp per cue set: V8 compiles an expression when it first runs and drops the code when it
 * has not run for a while, and Unicode letter classes make that compile dear. The senses' 79 cue expressions took
 * 100–135 ms to compile in Node, and the worker paid 5–6 ms of it again inside most clicks' analysis.
 *
 * A cue is lower-case words joined by single separators (data/senses.json's schema), optionally ending in `*`:
 * - a space stands for any run of whitespace;
 * - a hyphen for a hyphen (or a typeset hyphen or an en dash), one whitespace character, or nothing ("anti-war",
 *   "anti war", "antiwar");
 * - an apostrophe for either form (' or ’);
 * - `*` lets the last word go on with letters ("strike*": strikes, striking).
 * A phrase matches whole words only, in any letter case.
 */

/** What a cue may be: the data files' schemas check every cue against it. */
export const CUE = /^[a-z0-9]+(?:[ '-][a-z0-9]+)*\*?$/;

/** The separators a cue may hold between its words. */
type Gap = ' ' | '-' | "'";

interface Phrase {
  words: readonly string[];
  /** gaps[k] stands between words[k] and words[k + 1]. */
  gaps: readonly Gap[];
  /** Whether the last word may go on with letters. */
  open: boolean;
}

export interface PhraseSet {
  /** Phrases by their first word, when that word must be whole. */
  byFirst: ReadonlyMap<string, readonly Phrase[]>;
  /** Phrases of one open word ("strike*"), tried on every word. */
  openWords: readonly Phrase[];
}

/** A word of the text: a run of letters and digits, with its offsets. */
export interface TextWord {
  start: number;
  end: number;
  lower: string;
}

/** A word of the text: the one expression every cue check runs. */
export const WORD = /[\p{L}\p{N}]+/gu;
const DIGIT = /\p{N}/u;
const WHITESPACE = /^\s+$/;
const ONE_SPACE = /^\s$/;

export function wordsOf(text: string): TextWord[] {
  const words: TextWord[] = [];
  for (const m of text.matchAll(WORD)) words.push({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() });
  return words;
}

export function phraseSet(cues: readonly string[]): PhraseSet {
  const byFirst = new Map<string, Phrase[]>();
  const openWords: Phrase[] = [];
  for (const cue of cues) {
    for (const phrase of readings(cue)) {
      if (phrase.open && phrase.words.length === 1) openWords.push(phrase);
      else byFirst.set(phrase.words[0]!, [...(byFirst.get(phrase.words[0]!) ?? []), phrase]);
    }
  }
  return { byFirst, openWords };
}

/** The cue as phrases: one, or more where a hyphen may also be left out ("anti-war" is also "antiwar"). */
function readings(cue: string): Phrase[] {
  const open = cue.endsWith('*');
  const body = open ? cue.slice(0, -1) : cue;
  const parts = body.split(/([ '-])/);
  let phrases: Array<{ words: string[]; gaps: Gap[] }> = [{ words: [parts[0]!], gaps: [] }];
  for (let k = 1; k < parts.length; k += 2) {
    const gap = parts[k] as Gap;
    const word = parts[k + 1]!;
    phrases = phrases.flatMap((p) => {
      const apart = { words: [...p.words, word], gaps: [...p.gaps, gap] };
      if (gap !== '-') return [apart];
      const joined = { words: [...p.words.slice(0, -1), p.words.at(-1)! + word], gaps: p.gaps };
      return [apart, joined];
    });
  }
  return phrases.map((p) => ({ ...p, open }));
}

/**
 * Calls `visit` with the offsets of every phrase of the set in `text` (whose words are `words`), until it returns
 * true; returns whether it did. Matches may overlap.
 */
export function somePhrase(set: PhraseSet, text: string, words: readonly TextWord[], visit: (start: number, end: number) => boolean): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    for (const phrase of set.byFirst.get(word.lower) ?? []) {
      const end = endOf(phrase, text, words, i);
      if (end >= 0 && visit(word.start, end)) return true;
    }
    for (const phrase of set.openWords) {
      if (fits(phrase, 0, word) && visit(word.start, word.end)) return true;
    }
  }
  return false;
}

/** Where `phrase` ends when it starts at words[i], or -1. */
function endOf(phrase: Phrase, text: string, words: readonly TextWord[], i: number): number {
  for (let k = 0; k < phrase.words.length; k++) {
    const word = words[i + k];
    if (!word || !fits(phrase, k, word)) return -1;
    if (k > 0 && !gapFits(phrase.gaps[k - 1]!, text.slice(words[i + k - 1]!.end, word.start))) return -1;
  }
  return words[i + phrase.words.length - 1]!.end;
}

function fits(phrase: Phrase, k: number, word: TextWord): boolean {
  const want = phrase.words[k]!;
  if (!phrase.open || k < phrase.words.length - 1) return word.lower === want;
  // "strike*" goes on with letters only: "strike9" is another word.
  return word.lower.startsWith(want) && !DIGIT.test(word.lower.slice(want.length));
}

const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2013']);

function gapFits(gap: Gap, between: string): boolean {
  if (gap === ' ') return WHITESPACE.test(between);
  // A typeset hyphen or an en dash joins a compound as "-" does ("pro–abortion rights", "New York–based").
  if (gap === '-') return HYPHENS.has(between) || ONE_SPACE.test(between);
  return between === "'" || between === '’';
}
