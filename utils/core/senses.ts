/**
 * Word senses and name readings kept as data (data/senses.json), validated by the unit tests (and, outside a
 * production build, at first use: see ./shipped-data.ts): which glossary terms have an ordinary sense and which words around them show the framing sense, which
 * terms are names rather than framing, and the small vocabularies that tell a person's surname from a relative's
 * name or a thing named after them.
 */
import * as v from 'valibot';
import raw from '../../data/senses.json';
import { ACTOR_KINDS, type EntryKind } from '../glossary/schema';
import { CUE, phraseSet, somePhrase, WORD, wordsOf, type PhraseSet, type TextWord } from './phrases';
import { shippedData } from './shipped-data';

const Cue = v.pipe(v.string(), v.regex(CUE, 'lower-case words joined by single spaces, hyphens or apostrophes, optionally ending in *'));
const Capitalised = v.pipe(v.string(), v.regex(/^\p{Lu}[\p{L}.]*$/u, 'a capitalised word'));

export const SensesSchema = v.object({
  $comment: v.optional(v.string()),
  cues: v.record(v.pipe(v.string(), v.regex(/^[a-z-]+$/)), v.pipe(v.array(Cue), v.minLength(1))),
  terms: v.record(
    v.pipe(v.string(), v.regex(/^term-[a-z0-9-]+$/)),
    v.pipe(
      v.object({
        /** Cue sets that show the framing sense; left out, the term fires everywhere but in its `fixed` phrases and `unless` sentences. */
        needs: v.optional(v.pipe(v.array(v.string()), v.minLength(1))),
        unless: v.optional(v.array(v.string())),
        /** Cue sets that show an ordinary sense anywhere in the term's paragraph: a story's plot ("the film's villain … When Bond is captured, Le Chiffre's torture method…"). */
        unlessParagraph: v.optional(v.array(v.string())),
        /** Cue sets that keep the framing sense although an `unless` cue occurs ("genocide" of the Herero, but beside Gaza). */
        despite: v.optional(v.array(v.string())),
        fixed: v.optional(v.array(Cue)),
        /** Kinds of glossary actor whose presence in the sentence shows the sense (default: armed ones). */
        actors: v.optional(v.array(v.picklist(ACTOR_KINDS))),
        /** false: another label term in the sentence ("dictator") is no evidence of this term's sense. */
        labels: v.optional(v.boolean()),
        /** false: a side descriptor in the sentence ("troops", "gunmen") is no evidence of this term's sense either. */
        sides: v.optional(v.boolean()),
      }),
      v.check(
        (s) => s.needs !== undefined || s.fixed !== undefined || s.unless !== undefined || s.unlessParagraph !== undefined,
        'a sense needs cues, fixed phrases or unless cues',
      ),
    ),
  ),
  names: v.array(v.object({ entryId: v.pipe(v.string(), v.regex(/^term-[a-z0-9-]+$/)), reading: v.pipe(v.string(), v.minLength(8)) })),
  ambiguousAcronyms: v.array(v.pipe(v.string(), v.minLength(2))),
  creditWords: v.array(v.pipe(v.string(), v.regex(/^[a-z]+$/))),
  reportWords: v.array(v.pipe(v.string(), v.regex(/^[a-z]+$/))),
  titles: v.array(v.pipe(v.string(), v.regex(/^[a-z][a-z -]*$/))),
  namedAfter: v.array(Capitalised),
  notGivenNames: v.array(Capitalised),
  institutions: v.array(v.pipe(v.string(), v.regex(/^[a-z]+$/))),
  partyWords: v.array(Cue),
  sponsoredThings: v.array(v.pipe(v.string(), v.regex(/^[a-z]+(-[a-z]+)*$/))),
  lawmakers: v.array(v.pipe(v.string(), v.regex(/^[a-z]+$/))),
  nations: v.array(Capitalised),
});

export type Senses = v.InferOutput<typeof SensesSchema>;

/** Checks beyond the shape: every cue set a term names exists. */
export function sensesProblems(data: Senses): string[] {
  const problems: string[] = [];
  for (const [id, sense] of Object.entries(data.terms)) {
    for (const set of [...(sense.needs ?? []), ...(sense.unless ?? []), ...(sense.unlessParagraph ?? []), ...(sense.despite ?? [])]) {
      if (!(set in data.cues)) problems.push(`${id} names the unknown cue set "${set}"`);
    }
  }
  return problems;
}

/**
 * A set of cue words, looked up word by word (a Set and a few prefixes) rather than as one large alternation: a
 * sentence is read once per check. Cues of several words, or with a hyphen or an apostrophe, go to `phrases`.
 */
export interface CueSet {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  phrases?: PhraseSet;
}

export interface TermSense {
  /** Any of these in the sentence shows the framing sense; absent, the term needs no cue (only `fixed` and `unless` hold it back). */
  needs?: CueSet;
  /** Any of these in the sentence shows an ordinary sense. */
  unless?: CueSet;
  /** Any of these in the paragraph shows an ordinary sense. */
  unlessParagraph?: CueSet;
  /** Any of these in the sentence overrules `unless`: the framing sense stands. */
  despite?: CueSet;
  /** Fixed phrases of an ordinary sense ("character assassination"). */
  fixed?: PhraseSet;
  /** Kinds of actor whose presence in the sentence shows the sense. */
  actors: ReadonlySet<EntryKind>;
  /** Whether another label term in the sentence shows the sense. */
  labels: boolean;
  /** Whether a side descriptor in the sentence shows the sense. */
  sides: boolean;
}

const ARMED_KINDS: readonly EntryKind[] = ['group', 'security-force'];

export interface SenseBook {
  terms: ReadonlyMap<string, TermSense>;
  /** Entry id → how the name reads ("the law's official name"). */
  names: ReadonlyMap<string, string>;
  armedConflict: CueSet;
  ambiguousAcronyms: ReadonlySet<string>;
  creditWords: ReadonlySet<string>;
  reportWords: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  namedAfter: ReadonlySet<string>;
  notGivenNames: ReadonlySet<string>;
  institutions: ReadonlySet<string>;
  partyWords: ReadonlySet<string>;
  sponsoredThings: ReadonlySet<string>;
  /** Titles of legislators: a sponsor "by Senator …" backs a measure, not a group. */
  lawmakers: ReadonlySet<string>;
  /** Country names and demonyms: before a word of attack they name who caused the deaths beside it. */
  nations: ReadonlySet<string>;
}

export function cueSet(cues: readonly string[]): CueSet {
  const words = new Set<string>();
  const prefixes: string[] = [];
  const phrases: string[] = [];
  for (const c of cues) {
    if (/[^a-z0-9*]/.test(c)) phrases.push(c);
    else if (c.endsWith('*')) prefixes.push(c.slice(0, -1));
    else words.add(c);
  }
  return { words, prefixes, phrases: phrases.length ? phraseSet(phrases) : undefined };
}

/** Whether any cue of the set occurs in `text`. */
export function hasCue(set: CueSet, text: string): boolean {
  // Most checks end at a single word, or find none: the text's words are kept only for a set with phrases.
  const words: TextWord[] | null = set.phrases ? [] : null;
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    if (set.words.has(lower)) return true;
    for (const p of set.prefixes) if (lower.startsWith(p)) return true;
    words?.push({ start: m.index, end: m.index + m[0].length, lower });
  }
  return !!words && somePhrase(set.phrases!, text, words, () => true);
}

export function senseBookOf(data: Senses): SenseBook {
  const set = (names: readonly string[]) => cueSet(names.flatMap((n) => data.cues[n] ?? []));
  return {
    terms: new Map(
      Object.entries(data.terms).map(([id, s]) => [
        id,
        {
          needs: s.needs ? set(s.needs) : undefined,
          unless: s.unless?.length ? set(s.unless) : undefined,
          unlessParagraph: s.unlessParagraph?.length ? set(s.unlessParagraph) : undefined,
          despite: s.despite?.length ? set(s.despite) : undefined,
          fixed: s.fixed?.length ? phraseSet(s.fixed) : undefined,
          actors: new Set(s.actors ?? ARMED_KINDS),
          labels: s.labels ?? true,
          sides: s.sides ?? true,
        },
      ]),
    ),
    names: new Map(data.names.map((n) => [n.entryId, n.reading])),
    armedConflict: set(['armed-conflict']),
    ambiguousAcronyms: new Set(data.ambiguousAcronyms),
    creditWords: new Set(data.creditWords),
    reportWords: new Set(data.reportWords),
    titles: new Set(data.titles),
    namedAfter: new Set(data.namedAfter),
    notGivenNames: new Set(data.notGivenNames),
    institutions: new Set(data.institutions),
    partyWords: new Set(data.partyWords),
    sponsoredThings: new Set(data.sponsoredThings),
    lawmakers: new Set(data.lawmakers),
    nations: new Set(data.nations),
  };
}

let book: SenseBook | undefined;

/** The shipped senses, compiled on first use. */
export function senses(): SenseBook {
  book ??= senseBookOf(shippedData(SensesSchema, raw));
  return book;
}

/** Whether a phrase of `set` in text[from, to) overlaps [start, end). */
export function overlapsMatchOf(set: PhraseSet, text: string, from: number, to: number, start: number, end: number): boolean {
  const slice = text.slice(from, to);
  return somePhrase(set, slice, wordsOf(slice), (s, e) => from + s < end && from + e > start);
}
