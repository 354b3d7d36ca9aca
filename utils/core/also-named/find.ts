/**
 * Organisations and people the glossary does not know, found in the article's text, with the labels the article
 * hangs on them ("Ennahda, the Islamist party" → Islamist; "a group called X" → distancing). Pure: strings and
 * offsets in, a list out.
 *
 * Conservative by design (a wrong name listed costs more than a missed one): a run of capitalised words is listed only
 * with evidence of what it is, namely
 *  - an organisation's head word ("… Party", "Army of …") in a run of two words or more;
 *  - a person's title or role before it ("Senator Jane Doe", "spokesman John Roe"), or a verb of saying after it
 *    ("Jane Doe said") when the surname stands alone elsewhere in the article ("Doe added"), as news copy refers back;
 *  - a label the article attaches: an appositive ("X, a far-right group,"; "the militant group X"), distance
 *    ("a group called X", "the self-styled X") or a designation ("X, which Y designates as a terrorist organisation").
 * Words at the start of a sentence ("But", "The"), titles, dates, places' leading words and all-caps acronyms are no
 * part of a name; lines in title case (headlines) are not read for names; a name the glossary knows anywhere is never
 * listed. Names inside quotations are counted like any other; a label inside one is marked as quoted (someone's words).
 */
import { isInside, type Range } from '../rules/quotation';
import {
  CALENDAR,
  DISTANCING_BEFORE,
  GROUP_NOUNS,
  LEADING_WORDS,
  NOT_PERSON,
  ORGANISATION_HEADS,
  PERSON_NOUNS,
  PERSON_ROLES,
  PERSON_TITLES,
  PLAIN_MODIFIERS,
  SAYING,
} from './words';

export type AlsoNamedLabelKind = 'descriptor' | 'distancing' | 'designation';

export interface AlsoNamedLabel {
  /** The article's words: "Islamist", "far-right", "a group called", "terrorist organisation". */
  label: string;
  kind: AlsoNamedLabelKind;
  /** Who designates, for a designation ("the United States"), as the article names them. */
  by?: string;
  /** Inside a quotation: a source's words, not the article's own. */
  quoted: boolean;
}

export interface AlsoNamed {
  name: string;
  kind: 'organisation' | 'person';
  /** Occurrences in the text (for a person, the surname alone counts too). */
  count: number;
  /** Offset of the first occurrence. */
  first: number;
  labels: AlsoNamedLabel[];
}

export interface AlsoNamedOptions {
  /** Spans the glossary names: a name overlapping one is the glossary's, not unknown. */
  known: readonly Range[];
  /** Quoted passages (sorted, non-overlapping), to mark labels given in someone else's words. */
  quotes: readonly Range[];
  /** At most this many names, the most frequent first. */
  cap?: number;
}

export const ALSO_NAMED_CAP = 30;

interface Token {
  start: number;
  end: number;
  lower: string;
  /** Starts with a capital and has lower-case letters (an all-caps word is an acronym or a heading, not a name). */
  cap: boolean;
  /** All capitals, two letters or more: an acronym, part of a longer name ("ANZAC Day Commemoration Committee"). */
  upper: boolean;
}

/** A candidate: a run of name words, and what it is if the run says so itself. */
interface Run {
  start: number;
  end: number;
  tokens: Token[];
  /** The words before the name that say it is a person (a title, a role noun). */
  titled: boolean;
  /** The run began with a preposition ("In Tunisia"): a place, more often than not. */
  afterPreposition: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'del', 'la', 'le', 'du', 'da', 'von', 'van', 'der', 'bin', 'ibn']);
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'rev', 'st', 'jr', 'sr']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'to', 'into', 'across', 'near', 'outside', 'inside', 'throughout', 'around', 'toward', 'towards']);
const ARABIC_ARTICLE = /^(?:al|el|ad|ash|as|at|an|ar|az|abu)-\p{Lu}/u;
const CAPITALISED = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

export function findAlsoNamed(text: string, options: AlsoNamedOptions): AlsoNamed[] {
  const tokens = tokenise(text);
  const headlines = titleCase(text, tokens, options.quotes);
  const runs = nameRuns(text, tokens).filter((r) => !isInside(headlines, r.start, r.end));
  const found = new Map<string, { kind: AlsoNamed['kind']; labels: AlsoNamedLabel[] }>();
  const note = (name: string, kind: AlsoNamed['kind'], label?: AlsoNamedLabel) => {
    let item = found.get(name);
    if (!item) found.set(name, (item = { kind, labels: [] }));
    if (label && !item.labels.some((l) => l.label === label.label && l.kind === label.kind && l.quoted === label.quoted)) item.labels.push(label);
  };
  const quoted = (start: number, end: number) => isInside(options.quotes, start, end);

  for (const run of runs) {
    const name = text.slice(run.start, run.end);
    const labels = labelsOf(text, run, quoted);
    const words = run.tokens.filter((t) => !CONNECTORS.has(t.lower));
    if (labels.length && !run.afterPreposition) {
      const kind = labels.some((l) => l.label.kind === 'descriptor' && PERSON_NOUNS.has(l.noun)) || run.titled ? 'person' : 'organisation';
      for (const l of labels) note(name, kind, l.label);
    } else if (words.length >= 2 && isOrganisation(run)) {
      note(name, 'organisation');
    } else if (isPersonName(run) && (run.titled || (says(text, run) && surnameAlone(text, run)))) {
      note(name, 'person');
    }
  }

  const knownNames = new Set(options.known.map(([s, e]) => text.slice(s, e).toLowerCase()));
  const listed: AlsoNamed[] = [];
  for (const [name, { kind, labels }] of found) {
    if (knownNames.has(name.toLowerCase())) continue;
    const spans = occurrences(text, name);
    if (spans.some(([s, e]) => overlapsAny(options.known, s, e))) continue;
    let count = spans.length;
    if (kind === 'person') count += surnameOccurrences(text, name).filter(([s, e]) => !overlapsAny(options.known, s, e)).length;
    listed.push({ name, kind, count, first: spans[0]?.[0] ?? 0, labels });
  }
  // A shorter name inside a longer one listed ("Islamic Front" in "Syrian Islamic Front") is the same thing, or unsure.
  const kept = listed.filter((a) => !listed.some((b) => b !== a && b.name.length > a.name.length && b.name.includes(a.name)));
  kept.sort((a, b) => b.count - a.count || a.first - b.first);
  return kept.slice(0, options.cap ?? ALSO_NAMED_CAP);
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    // A possessive is no part of the name; nor is a hyphen or apostrophe at the end.
    word = word.replace(/['’]s$/u, '').replace(/[-'’]+$/u, '');
    if (!word) continue;
    const start = m.index;
    const cap = (CAPITALISED.test(word) && (HAS_LOWER.test(word) || word.length === 1)) || ARABIC_ARTICLE.test(word);
    const upper = !cap && word.length >= 2 && !HAS_LOWER.test(word) && CAPITALISED.test(word);
    tokens.push({ start, end: start + word.length, lower: word.toLowerCase(), cap, upper });
  }
  return tokens;
}

/** Whether the text between two tokens lets a name run on: one space, or ". " after an abbreviation or an initial. */
function joins(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === ' ' || gap === '\u00a0') return true;
  return gap === '. ' && (ABBREVIATIONS.has(a.lower) || a.end - a.start === 1);
}

/** Runs of capitalised words, with connectors inside ("Front for the Liberation of …"), trimmed to the name. */
function nameRuns(text: string, tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  const named = (t: Token) => t.cap || t.upper;
  while (i < tokens.length) {
    if (!named(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let ofOrFor = false;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      if (!joins(text, tokens[j]!, next)) break;
      if (named(next)) {
        j++;
        continue;
      }
      // Up to two connectors, if a capitalised word follows them.
      // "and" only after "of" or "for", and alone ("Organisation for Economic Co-operation and Development"): elsewhere
      // it joins two names ("Jane Doe and John Roe", "the Army of Islam and the Front …").
      const connects = (t: Token) => !t.cap && (CONNECTORS.has(t.lower) || (ofOrFor && t.lower === 'and'));
      let k = j + 1;
      while (k < tokens.length && k - j <= 2 && connects(tokens[k]!) && joins(text, tokens[k - 1]!, tokens[k]!)) k++;
      const between = tokens.slice(j + 1, k);
      const andAlone = !between.some((t) => t.lower === 'and') || between.length === 1;
      if (k > j + 1 && andAlone && k < tokens.length && named(tokens[k]!) && joins(text, tokens[k - 1]!, tokens[k]!)) {
        ofOrFor ||= between.some((t) => t.lower === 'of' || t.lower === 'for');
        j = k;
      } else break;
    }
    const run = trim(tokens, i, j);
    // A run of acronyms alone (a heading in capitals, "NATO") is no name this detector can vouch for.
    if (run?.tokens.some((t) => t.cap)) runs.push(run);
    i = j + 1;
  }
  return runs;
}

function trim(tokens: readonly Token[], from: number, to: number): Run | null {
  let a = from;
  let afterPreposition = a > 0 && PREPOSITIONS.has(tokens[a - 1]!.lower);
  while (a <= to && LEADING_WORDS.has(tokens[a]!.lower)) {
    if (PREPOSITIONS.has(tokens[a]!.lower)) afterPreposition = true;
    a++;
  }
  let titled = a > 0 && PERSON_ROLES.has(tokens[a - 1]!.lower) && !tokens[a - 1]!.cap;
  // Titles go unless the run is an organisation's name ("General Assembly", "Council of …").
  const whole = tokens.slice(a, to + 1);
  if (!(whole.length >= 2 && isOrganisationTokens(whole))) {
    while (a <= to && PERSON_TITLES.has(tokens[a]!.lower)) {
      titled = true;
      a++;
    }
  }
  let b = to;
  while (b >= a && CONNECTORS.has(tokens[b]!.lower)) b--;
  if (b < a) return null;
  const kept = tokens.slice(a, b + 1);
  if (kept.some((t) => CALENDAR.has(t.lower))) return null;
  // A capitalised "At", "The", "Of" inside the run: the title of a work or an event, set in title case.
  if (kept.some((t, n) => n > 0 && t.cap && (LEADING_WORDS.has(t.lower) || CONNECTORS.has(t.lower)))) return null;
  return { start: kept[0]!.start, end: kept[kept.length - 1]!.end, tokens: kept, titled, afterPreposition };
}

function isOrganisation(run: Run): boolean {
  return isOrganisationTokens(run.tokens);
}

function isOrganisationTokens(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1]!;
  if (ORGANISATION_HEADS.has(last.lower)) return true;
  // "Army of …", "Front for …".
  return tokens.length >= 3 && ORGANISATION_HEADS.has(tokens[0]!.lower) && (tokens[1]!.lower === 'of' || tokens[1]!.lower === 'for');
}

/** Two or three capitalised words, none of them a place's, an institution's, a date's or a sentence's first word. */
function isPersonName(run: Run): boolean {
  const t = run.tokens;
  if (t.length < 2 || t.length > 3) return false;
  return t.every(
    (w) => w.cap && !NOT_PERSON.has(w.lower) && !ORGANISATION_HEADS.has(w.lower) && !LEADING_WORDS.has(w.lower) && !PERSON_TITLES.has(w.lower) && !CONNECTORS.has(w.lower),
  );
}

/** "Jane Doe said", "Jane Doe, 45, said", "said Jane Doe". */
function says(text: string, run: Run): boolean {
  const after = /^(?:,\s*\d{1,3},)?\s+(\p{Ll}+)/u.exec(text.slice(run.end, run.end + 20));
  if (after && SAYING.has(after[1]!)) return true;
  return /\bsaid\s+$/u.test(text.slice(Math.max(0, run.start - 6), run.start));
}

/** The surname standing alone somewhere ("Doe added"): how news copy refers back to a person it named in full. */
function surnameAlone(text: string, run: Run): boolean {
  return surnameOccurrences(text, text.slice(run.start, run.end)).length > 0;
}

function surnameOccurrences(text: string, name: string): Range[] {
  const surname = name.slice(name.lastIndexOf(' ') + 1);
  if (surname.length < 3 || NOT_PERSON.has(surname.toLowerCase())) return [];
  return occurrences(text, surname).filter(([s, e]) => {
    // Not the end of the full name or of another capitalised run ("Jane Doe", "John Doe"), nor the start of one.
    const before = /(\p{L}+)\.? $/u.exec(text.slice(Math.max(0, s - 30), s));
    if (before && CAPITALISED.test(before[1]!) && !ABBREVIATIONS.has(before[1]!.toLowerCase()) && !PERSON_TITLES.has(before[1]!.toLowerCase())) return false;
    return !/^ \p{Lu}/u.test(text.slice(e, e + 2));
  });
}

/** Every whole-word occurrence of `name`, case as written. */
function occurrences(text: string, name: string): Range[] {
  const spans: Range[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const end = i + name.length;
    if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    spans.push([i, end]);
  }
  return spans;
}

function overlapsAny(spans: readonly Range[], start: number, end: number): boolean {
  return spans.some(([s, e]) => s < end && start < e);
}

/**
 * Blocks (lines) set in title case (headlines, section titles, bylines: three words of four letters or more, nearly all
 * capitalised, no sentence end) and short quotations in title case.
 */
function titleCase(text: string, tokens: readonly Token[], quotes: readonly Range[]): Range[] {
  const spans: Range[] = [];
  const isTitle = (from: number, to: number) => {
    let long = 0;
    let capital = 0;
    for (let t = firstTokenFrom(tokens, from); t < tokens.length && tokens[t]!.start < to; t++) {
      const token = tokens[t]!;
      if (token.end - token.start < 4) continue;
      long++;
      if (CAPITALISED.test(text[token.start]!)) capital++;
    }
    return long >= 3 && capital / long >= 0.75;
  };
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (!/[.!?]["”’]?\s*$/u.test(text.slice(from, to)) && isTitle(from, to)) spans.push([from, to]);
    from = to + 1;
  }
  // The quoted title of a book, an article or a film.
  for (const [s, e] of quotes) if (e - s < 200 && isTitle(s, e)) spans.push([s, e]);
  spans.sort((a, b) => a[0] - b[0]);
  // Sorted and merged, as isInside() needs.
  const merged: Range[] = [];
  for (const [s, e] of spans) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) merged[merged.length - 1] = [last[0], Math.max(last[1], e)];
    else merged.push([s, e]);
  }
  return merged;
}

function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A label with the noun it was hung on, for telling a person's label from a group's. */
interface FoundLabel {
  label: AlsoNamedLabel;
  noun: string;
}

const NOUNS = [...GROUP_NOUNS, ...PERSON_NOUNS].join('|');
/** ", a far-right group," / ", the Islamist party that …" right after the name. */
const APPOSITIVE_AFTER = new RegExp(`^, (?:a|an|the) ((?:[\\p{L}-]+ ){0,4}?)(${NOUNS})(?=[,.;:)]| that | which | who | whose | founded | based | led | —|$)`, 'u');
/** "the militant group " right before the name. */
const APPOSITIVE_BEFORE = new RegExp(`\\b(?:[Tt]he|[Aa]n?) ((?:[\\p{L}-]+ ){0,4}?)(${NOUNS}) ["“]?$`, 'u');
/** "a group called ", "an organisation known as ", "a movement calling itself " right before the name. */
const CALLED_BEFORE = new RegExp(`\\b((?:[Aa]n?|[Tt]he) (?:[\\p{L}-]+ ){0,3}?(?:${NOUNS}) (?:called|named|dubbed|known as|calling itself|that calls itself|which calls itself)) ["“]?$`, 'u');
const DISTANCE_BEFORE = new RegExp(`\\b(${DISTANCING_BEFORE.join('|')}) ["“]?$`, 'u');
const DESIGNATION = 'terrorist (?:organi[sz]ation|group|entity)|terror (?:organi[sz]ation|group)|foreign terrorist organi[sz]ation';
/** ", which the United States designates as a terrorist organisation" after the name. */
const DESIGNATED_BY_SUBJECT = new RegExp(
  `^, (?:which|that) ((?:the )?(?:\\p{Lu}[\\p{L}.]*(?: of| and)? ?){1,5}?) (?:has |have |had )?(?:designated|designates|designate|lists|listed|list|classifies|classified|considers|considered|brands|branded) (?:it )?(?:as )?an? (${DESIGNATION})`,
  'u',
);
/** ", designated a terrorist organisation by the United States" / ", which is listed as a terrorist group by …". */
const DESIGNATED_PASSIVE = new RegExp(
  `^, (?:which|that|who)?(?: is| are| was| has been| have been)? ?(?:designated|listed|classified|branded|considered) (?:as )?an? (${DESIGNATION}) by ((?:the )?(?:\\p{Lu}[\\p{L}.]*(?: of| and)? ?){1,5})`,
  'u',
);

function labelsOf(text: string, run: Run, quoted: (s: number, e: number) => boolean): FoundLabel[] {
  const found: FoundLabel[] = [];
  const after = text.slice(run.end, run.end + 160);
  const before = text.slice(Math.max(0, run.start - 80), run.start);
  const beforeStart = run.start - before.length;
  const add = (label: string, kind: AlsoNamedLabelKind, noun: string, at: number, by?: string) =>
    found.push({ label: { label, kind, quoted: quoted(at, at + label.length), ...(by !== undefined && { by: by.trim() }) }, noun });

  const appositive = APPOSITIVE_AFTER.exec(after);
  if (appositive) {
    const words = descriptive(appositive[1]!);
    if (words) add(words, 'descriptor', appositive[2]!, run.end + 2);
  }
  const preceding = APPOSITIVE_BEFORE.exec(before);
  if (preceding) {
    const words = descriptive(preceding[1]!);
    if (words) add(words, 'descriptor', preceding[2]!, beforeStart + preceding.index);
  }
  const called = CALLED_BEFORE.exec(before);
  if (called) add(called[1]!, 'distancing', '', beforeStart + called.index);
  const distance = DISTANCE_BEFORE.exec(before);
  if (distance) add(distance[1]!, 'distancing', '', beforeStart + distance.index);
  const designated = DESIGNATED_BY_SUBJECT.exec(after);
  if (designated) add(designated[2]!, 'designation', '', run.end + designated.index, designated[1]!);
  const passive = DESIGNATED_PASSIVE.exec(after);
  if (passive) add(passive[1]!, 'designation', '', run.end + passive.index, passive[2]!);
  return found;
}

/** The words that say what the group is, without determiners and size words; null if none, or if they run on. */
function descriptive(words: string): string | null {
  const kept = words
    .trim()
    .split(' ')
    .filter((w) => w && !PLAIN_MODIFIERS.has(w.toLowerCase()));
  if (!kept.length) return null;
  // A clause, not a modifier ("the leader of the", "the one that"): no label.
  if (kept.some((w) => CONNECTORS.has(w.toLowerCase()) || LEADING_WORDS.has(w.toLowerCase()) || /\d/.test(w))) return null;
  return kept.join(' ');
}
