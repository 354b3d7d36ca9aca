/**
 * Finds words to watch in a text: every form of the list (data/watch-words.json) read in its sentence, kept only
 * where the context shows the loaded sense. Pure: strings and offsets in, findings out.
 *
 * A form is found on whole words ("war on" is two words; a hyphen joins words inside a form but a form glued to
 * another word by a hyphen, as in "flood-prone" or "anti-elitist", is not the form). A form capitalised inside a
 * sentence is a title or a name ("Bombshell", a film) and never counts, except in a long headline set in title case,
 * where every word has a capital.
 */
import { deniedBefore, verbDeniedBefore } from '../denial';
import { inPageFurniture } from '../furniture';
import { somePhrase, wordsOf } from '../phrases';
import { shortFormAt } from '../rules/words';
import { hasCue, type CueSet } from '../senses';
import type { CompiledWatchWord, WatchBook, WatchCategory, WatchLevel } from './data';
import { reportedLabel } from './reported';

export interface WatchFinding {
  /** Offsets into the analysed text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  text: string;
  category: WatchCategory;
  level: WatchLevel;
  /** The headword the sidebar groups by ("slammed" for "slams"). */
  word: string;
  /** The neutral alternative, in plain words. */
  alternative: string;
  /** Inside a direct quotation: the words are someone's speech, not the outlet's voice. */
  quoted: boolean;
}

interface Token {
  start: number;
  end: number;
  lower: string;
  /** Joined to the previous token by a hyphen, with no space. */
  hyphenated: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** Sentence ends: a full stop, question or exclamation mark (with any closing quote) before space, or a line break. */
const SENTENCE_END = /[.!?]+["”’)]*\s+(?=["“‘(]?\p{Lu}|\d)|\n+/gu;
const OPEN_QUOTE = /^[\s,]*[:“"«„]/u;
/** A quotation just closed before the verb: `…," she insisted` or `…” Smith claimed`. */
const AFTER_QUOTE = /[,.!?]?["”»]\s*(?:[\p{L}.'’-]+\s+){0,4}$/u;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'your', 'my']);
/**
 * "Some witnesses say he fired first; some say …", "Some witnesses say …. Some say …, others say …": the "some" and
 * "others" are of a group the text has just named, in this sentence or the one before, not unnamed people.
 */
const CONTRAST_HEADS = new Set(['some', 'others']);
const NAMED_SOME =
  /\b(?:some|many|several|most|other)\s+(?!(?:people|critics|observers|experts|analysts|commentators|others|say|of)\b)[a-z]+\s+(?:say|says|said|told|testified|argue|argued|believe|believed|contend|contended|claim|claimed)\b/i;

export function findWatchWords(
  text: string,
  book: WatchBook,
  options: { level: WatchLevel; isQuoted: (start: number, end: number) => boolean },
): WatchFinding[] {
  const tokens = tokenise(text);
  const sentences = sentenceRanges(text);
  const found: WatchFinding[] = [];
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.hyphenated) continue;
    // The longest form that starts here wins ("doubled down" over nothing shorter; "some critics say" over "critics say").
    let match: { word: CompiledWatchWord; last: number } | undefined;
    let key = '';
    for (let k = 0; k < book.longest && i + k < tokens.length; k++) {
      const next = tokens[i + k]!;
      if (k > 0 && !joinable(text, tokens[i + k - 1]!, next)) break;
      key = k === 0 ? next.lower : `${key} ${next.lower}`;
      const word = book.forms.get(key);
      if (word && !tokens[i + k + 1]?.hyphenated) match = { word, last: i + k };
      if (!book.prefixes.has(key)) break;
    }
    if (!match) continue;
    while (s < sentences.length - 1 && sentences[s]![1] <= t.start) s++;
    const [from, to] = sentences[s]!;
    const end = tokens[match.last]!.end;
    const ctx: Context = { text, tokens, first: i, last: match.last, from, to, before: s > 0 ? sentences[s - 1]![0] : from };
    if (!fits(match.word, ctx, book)) continue;
    if (match.word.word.level === 'more' && options.level === 'default') continue;
    found.push({
      start: t.start,
      end,
      text: text.slice(t.start, end),
      category: match.word.word.category,
      level: match.word.word.level,
      word: match.word.head,
      alternative: match.word.word.alternative,
      // Someone's label reported ('calling Romney a phony') is theirs, as a quotation is.
      quoted: options.isQuoted(t.start, end) || reportedLabel(text, t.start, from),
    });
    i = match.last;
  }
  return found;
}

interface Context {
  text: string;
  tokens: readonly Token[];
  first: number;
  last: number;
  /** The sentence, as offsets. */
  from: number;
  to: number;
  /** Where the sentence before it starts (`from` for the first). */
  before: number;
}

/** Whether the word's context rules let this occurrence through. */
function fits({ word, needs, needsNext, unless }: CompiledWatchWord, ctx: Context, book: WatchBook): boolean {
  const { text, tokens, first, last, from, to } = ctx;
  const head = tokens[first]!;
  const sentence = text.slice(from, to);
  if (head.start > from && /^\p{Lu}/u.test(text.slice(head.start)) && !startsSentence(text, from, head.start) && !headlineCase(sentence)) return false;
  if (word.category === 'name-calling' && deniedBefore(text.slice(from, head.start))) return false;
  // A verb of saying denied right before it ("never slammed") characterises no one's words.
  if (word.category === 'saying' && verbDeniedBefore(text.slice(from, head.start))) return false;
  if (word.category === 'unsupported' && CONTRAST_HEADS.has(head.lower) && NAMED_SOME.test(text.slice(ctx.before, head.start))) return false;
  // A related link's or a hover card's headline run into the text is not the article's voice.
  if (inPageFurniture(text, from, head.start, tokens[last]!.end)) return false;
  const prev = first > 0 && tokens[first - 1]!.start >= from ? tokens[first - 1] : undefined;
  const next = tokens[last + 1] && tokens[last + 1]!.end <= to ? tokens[last + 1] : undefined;
  // The cue sets read the rest of the sentence: a form is not its own context ("political football" is no sport).
  const around = `${text.slice(from, head.start)} ${text.slice(tokens[last]!.end, to)}`;
  if (needs && !hasCue(needs, around)) return false;
  if (unless && hasCue(unless, around)) return false;
  if (needsNext && !(next && /^\s+$/.test(text.slice(tokens[last]!.end, next.start)) && nextWordIn(needsNext, ctx, last + 1))) return false;
  if (next && word.notNext && notNextHit(word.notNext, tokens, last, to)) return false;
  if (prev && word.notPrev && notPrevHit(word.notPrev, tokens, first, from)) return false;
  if (word.onlyAfter && !word.onlyAfter.includes(precedingMark(text, from, head.start, prev))) return false;
  if (word.lowerNext) {
    let k = last + 1;
    while (tokens[k] && DETERMINERS.has(tokens[k]!.lower)) k++;
    const object = tokens[k];
    if (!object || object.end > to || !/^\p{Ll}/u.test(text.slice(object.start))) return false;
  }
  if (word.frame === 'speech' && !reportsSpeech(ctx, word.frameWords ?? [], book)) return false;
  if (word.experienced && someoneHadIt(ctx, book.experience)) return false;
  if (next && measuresSpec(ctx, book.unit)) return false;
  return true;
}

/** A word for something a person went through (a feeling, a treatment) describes what someone had, not the writer's
 * view, when a verb of having it stands right before it ("felt humiliated", "suffered the humiliation") or within the
 * three words after it ("the humiliation he experienced", "bullying suffered at school"). */
function someoneHadIt({ tokens, first, last, from, to }: Context, experience: CueSet): boolean {
  let k = first - 1;
  while (k >= 0 && tokens[k]!.start >= from && DETERMINERS.has(tokens[k]!.lower)) k--;
  if (k >= 0 && tokens[k]!.start >= from && hasCue(experience, tokens[k]!.lower)) return true;
  for (let j = last + 1; j <= last + 3 && tokens[j] && tokens[j]!.end <= to; j++) if (hasCue(experience, tokens[j]!.lower)) return true;
  return false;
}

/** A word right before a number and a unit of measure praises a specification ("an insane 23 megapixels", "a
 * staggering 120 Hz"): product talk, not framing. A number without a unit ("a staggering 40 percent", "an
 * incredible 3 million") still counts. */
function measuresSpec({ text, tokens, last, to }: Context, unit: CueSet): boolean {
  const number = tokens[last + 1];
  if (!number || !/^\d/.test(number.lower)) return false;
  let k = last + 2;
  // A decimal or a thousands separator splits a number in two ("2.5 GHz", "1,000 mAh").
  if (tokens[k] && /^\d/.test(tokens[k]!.lower) && /^[.,]$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k++;
  const after = tokens[k];
  return !!after && after.end <= to && hasCue(unit, after.lower);
}

/** Whether the word at token `k`, whole with any hyphenated parts ("tone-deaf", not its "deaf"), is in the set. */
function nextWordIn(set: CueSet, { text, tokens, to }: Context, k: number): boolean {
  let end = k;
  while (tokens[end + 1]?.hyphenated && tokens[end + 1]!.end <= to) end++;
  if (end === k) return hasCue(set, tokens[k]!.lower);
  if (!set.phrases) return false;
  const word = text.slice(tokens[k]!.start, tokens[end]!.end);
  return somePhrase(set.phrases, word, wordsOf(word), (s, e) => s === 0 && e === word.length);
}

/** The word before, or the two words before joined by a space ("see no" of "see no evil"), is one of `notPrev`. */
function notPrevHit(notPrev: readonly string[], tokens: readonly Token[], first: number, from: number): boolean {
  const prev = tokens[first - 1]!;
  if (notPrev.includes(prev.lower)) return true;
  const before = first > 1 ? tokens[first - 2] : undefined;
  return before !== undefined && before.start >= from && notPrev.includes(`${before.lower} ${prev.lower}`);
}

/** Whether the next word, or the first word after an article or possessive ("whitewashed the walls"), shows an
 * ordinary sense. */
function notNextHit(notNext: readonly string[], tokens: readonly Token[], last: number, to: number): boolean {
  let k = last + 1;
  if (notNext.includes(tokens[k]!.lower)) return true;
  while (tokens[k] && tokens[k]!.end <= to && DETERMINERS.has(tokens[k]!.lower)) k++;
  return k > last + 1 && tokens[k] !== undefined && tokens[k]!.end <= to && notNext.includes(tokens[k]!.lower);
}

/** A verb of saying used of speech: "…that", a colon or quotation after it, a quotation just before it, or words
 * right after it that show a statement ("slammed the plan as…"), or a sentence about a statement or an interview. */
function reportsSpeech({ text, tokens, first, last, from, to }: Context, frameWords: readonly string[], book: WatchBook): boolean {
  const after = tokens[last + 1];
  if (after && after.end <= to && after.lower === 'that') return true;
  if (OPEN_QUOTE.test(text.slice(tokens[last]!.end, Math.min(to, tokens[last]!.end + 4)))) return true;
  if (AFTER_QUOTE.test(text.slice(Math.max(from, tokens[first]!.start - 60), tokens[first]!.start))) return true;
  for (let k = last + 1; k <= last + 8 && tokens[k] && tokens[k]!.end <= to; k++) {
    if (frameWords.includes(tokens[k]!.lower)) return true;
  }
  const sentence = text.slice(from, to);
  return hasCue(book.statement, sentence.slice(0, tokens[first]!.start - from) + sentence.slice(tokens[last]!.end - from));
}

/** What stands right before a form: "" at the start of a sentence, "," after a comma, else the previous word. */
function precedingMark(text: string, from: number, start: number, prev: Token | undefined): string {
  const before = text.slice(prev ? prev.end : from, start);
  if (before.includes(',')) return ',';
  if (!prev || /[.!?:;"“”(]/.test(before)) return '';
  return prev.lower;
}

/** A headline set in title case or capitals ("Prosecutors Doing Mueller's Dirty Work"), where a capital shows no
 * name: every word of four letters or more starts with a capital, and there are at least six of them (a law or a book is rarely named at such length). */
function headlineCase(sentence: string): boolean {
  const long = sentence.match(/[\p{L}’']{4,}/gu) ?? [];
  return long.length >= 6 && long.every((w) => /^\p{Lu}/u.test(w));
}

function startsSentence(text: string, from: number, start: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(from, start));
}

/** Two tokens of one form: separated by spaces only, or by one hyphen ("witch-hunt"). */
function joinable(text: string, a: Token, b: Token): boolean {
  return b.hyphenated || /^[ \t\u00a0]+$/.test(text.slice(a.end, b.start));
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const lower = m[0].toLowerCase();
    tokens.push({
      start,
      end: start + m[0].length,
      // Only a word with a closing quote as its apostrophe needs a new string.
      lower: lower.includes('’') ? lower.replaceAll('’', "'") : lower,
      hyphenated: start > 0 && text[start - 1] === '-' && /[\p{L}\p{N}]/u.test(text[start - 2] ?? ''),
    });
  }
  return tokens;
}

function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    // "Ms. Haley", "Oct. 7", "the U.S. Army": a short form's full stop ends no sentence.
    if (m[0][0] === '.' && shortFormAt(text, m.index)) continue;
    const end = m.index + m[0].length;
    ranges.push([from, end]);
    from = end;
  }
  ranges.push([from, text.length]);
  return ranges;
}
