/**
 * The words-to-watch list (data/watch-words.json): categories with their notes and sources, cue sets, and every
 * word with its forms, level, neutral alternative and the context it needs. Validated by the unit tests (and, outside a
 * production build, at first use: see ../shipped-data.ts), so a malformed list never ships.
 */
import * as v from 'valibot';
import raw from '../../../data/watch-words.json';
import { CUE } from '../phrases';
import { shippedData } from '../shipped-data';
import { cueSet, type CueSet } from '../senses';

export const WATCH_CATEGORIES = ['saying', 'emotive', 'editorial', 'unsupported', 'name-calling', 'metaphor'] as const;
export type WatchCategory = (typeof WATCH_CATEGORIES)[number];
/** `default`: clearly loaded wherever the context rules let it through; `more`: loaded in most news uses, often fair. */
export const WATCH_LEVELS = ['default', 'more'] as const;
export type WatchLevel = (typeof WATCH_LEVELS)[number];

const Lower = v.pipe(v.string(), v.regex(/^[a-z][a-z' -]*$/, 'lower-case words'));
const Cue = v.pipe(v.string(), v.regex(CUE, 'lower-case words joined by single spaces, hyphens or apostrophes, optionally ending in *'));
const Text = v.pipe(v.string(), v.trim(), v.minLength(8));

const Category = v.object({
  name: Text,
  note: Text,
  sources: v.pipe(v.array(v.object({ title: Text, url: v.pipe(v.string(), v.url(), v.startsWith('https://')) })), v.minLength(1)),
});

export const WatchDataSchema = v.object({
  $comment: v.optional(v.string()),
  categories: v.object({
    saying: Category,
    emotive: Category,
    editorial: Category,
    unsupported: Category,
    'name-calling': Category,
    metaphor: Category,
  }),
  cues: v.record(v.pipe(v.string(), v.regex(/^[a-z-]+$/)), v.pipe(v.array(Cue), v.minLength(1))),
  words: v.pipe(
    v.array(
      v.strictObject({
        forms: v.pipe(v.array(Lower), v.minLength(1)),
        category: v.picklist(WATCH_CATEGORIES),
        level: v.picklist(WATCH_LEVELS),
        alternative: v.pipe(v.string(), v.minLength(3)),
        frame: v.optional(v.literal('speech')),
        frameWords: v.optional(v.array(Lower)),
        needs: v.optional(v.array(v.string())),
        needsNext: v.optional(v.array(v.string())),
        unless: v.optional(v.array(v.string())),
        notNext: v.optional(v.array(Lower)),
        notPrev: v.optional(v.array(Lower)),
        onlyAfter: v.optional(v.array(v.string())),
        lowerNext: v.optional(v.boolean()),
        experienced: v.optional(v.boolean()),
      }),
    ),
    v.minLength(1),
  ),
});

export type WatchData = v.InferOutput<typeof WatchDataSchema>;
export type WatchWord = WatchData['words'][number];

/** Checks beyond the shape: cue sets exist, and no form belongs to two words (the first would always win). */
export function watchDataProblems(data: WatchData): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const w of data.words) {
    for (const set of [...(w.needs ?? []), ...(w.needsNext ?? []), ...(w.unless ?? [])]) {
      if (!(set in data.cues)) problems.push(`"${w.forms[0]}" names the unknown cue set "${set}"`);
    }
    for (const f of w.forms) {
      const other = seen.get(f);
      if (other !== undefined) problems.push(`"${f}" is a form of both "${other}" and "${w.forms[0]}"`);
      seen.set(f, w.forms[0]!);
    }
  }
  return problems;
}

/** One word of the list, ready to test in context. */
export interface CompiledWatchWord {
  word: WatchWord;
  /** The word's headword, as the sidebar groups it ("slammed" for "slams"). */
  head: string;
  needs?: CueSet;
  /** The word right after the form must be one of these ("extremely angry", not "extremely rare"). */
  needsNext?: CueSet;
  unless?: CueSet;
}

export interface WatchBook {
  data: WatchData;
  /** Form (lower case, words joined by single spaces) → its word. */
  forms: ReadonlyMap<string, CompiledWatchWord>;
  /** The longest form, in words: how far a match may reach. */
  longest: number;
  /** Every beginning of a longer form ("kick the can" of "kick the can down the road"): a match reads on only from one. */
  prefixes: ReadonlySet<string>;
  statement: CueSet;
  /** Verbs of going through something ("felt", "experienced", "suffered"): a word for a feeling beside one describes what someone had. */
  experience: CueSet;
  /** Units of a technical measure ("megapixels", "GHz"): a number before one is a specification. */
  unit: CueSet;
}

export function watchBookOf(data: WatchData): WatchBook {
  const set = (names: readonly string[] | undefined) => (names?.length ? cueSet(names.flatMap((n) => data.cues[n] ?? [])) : undefined);
  const forms = new Map<string, CompiledWatchWord>();
  const prefixes = new Set<string>();
  let longest = 1;
  for (const word of data.words) {
    const compiled: CompiledWatchWord = { word, head: word.forms[0]!, needs: set(word.needs), needsNext: set(word.needsNext), unless: set(word.unless) };
    for (const f of word.forms) {
      const key = f.replace(/-/g, ' ');
      forms.set(key, compiled);
      const words = key.split(' ');
      longest = Math.max(longest, words.length);
      for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
    }
  }
  const named = (name: string) => cueSet(data.cues[name] ?? []);
  return { data, forms, longest, prefixes, statement: named('statement'), experience: named('experience'), unit: named('unit') };
}

let book: WatchBook | undefined;

/** The shipped list, compiled on first use. */
export function watchBook(): WatchBook {
  book ??= watchBookOf(shippedData(WatchDataSchema, raw));
  return book;
}
