/**
 * Whether a name in the text names the glossary actor it spells.
 *  - A person's bare surname ("Obama") names the person only when it is capitalised, the article has named the
 *    person in full before it or a title stands before it ("President Obama"), no other given name stands before it
 *    ("Michelle Obama", "Ivanka Trump": a relative) and no word of a thing named after the person follows it
 *    ("Trump Tower", "Obama Foundation", "Trump Jr."). A surname the glossary does not list on its own ("Clinton")
 *    is found the same way after the full name ("Hillary Clinton … Clinton said").
 *  - An outlet's one-word name after a given name is the person the outlet is named after ("Andrew Breitbart").
 *  - An acronym inside a run of capitals is part of a heading, not a name ("PATIENCE IS A VIRTUE").
 *  - A term the glossary spells in lower case, written with a capital in mid-sentence beside other capitalised words
 *    ("the Refugees in Towns Project", "a VOA Extremism Watch Desk reporter") or as the speaker of a verb of saying
 *    ("Mujahid said", the surname of a spokesman), is part of a name, not the label. In a headline in title case
 *    capitals prove nothing, and there the term is read as usual. Written as one word in capitals, such a term is an
 *    acronym inside a company's name where a name joins it ("CNN/ORC"), a capitalised word follows it ("ORC
 *    International") or a poll does ("an ORC poll").
 *  - A term in the short title given in brackets after a ballot measure's or a bill's number ("Proposition 4
 *    (property tax relief)", "H.R. 1 (tax relief for families)") is that measure's name, not the writer's wording.
 *  - A short name that is also a word or a product name (data/senses.json `ambiguousAcronyms`: "RT" in "Surface RT",
 *    "AAH" in algebra) resolves only when the article names the actor another way, the sentence holds another actor
 *    or a conflict word, or it stands in a photo credit or a line of reporting ("/ AP", "via AP", "(AP)", "AP
 *    reported").
 */
import type { Entry } from '../glossary/schema';
import type { CompiledGlossary } from './compile';
import { CLASS_UPPER, foldTables } from './normalize';
import type { EntryMatch } from './rules/rule';
import { sentenceEnd, sentenceStart, wordAt, wordBefore } from './rules/words';
import { hasCue, type SenseBook } from './senses';

export function readActorNames(text: string, compiled: CompiledGlossary, matches: readonly EntryMatch[], book: SenseBook): EntryMatch[] {
  const all = [...matches, ...bareSurnames(text, compiled, matches)].sort((a, b) => a.start - b.start);
  const kept: EntryMatch[] = [];
  const namedInFull = new Set<string>();
  for (const m of all) {
    if (m.entry.kind === 'term') {
      if (!isHeadingCaps(text, m, all) && !termInName(text, m, book) && !termInMeasureTitle(text, m)) kept.push(m);
      continue;
    }
    const spelled = text.slice(m.start, m.end);
    if (isHeadingCaps(text, m, all)) continue;
    if (book.ambiguousAcronyms.has(spelled) && !acronymAgrees(text, m, all, book)) continue;
    // An outlet named after its founder: "Andrew Breitbart" is the man, "Breitbart" alone or "a Breitbart editor" the site.
    if (m.entry.kind === 'outlet' && !/\s/.test(spelled) && otherGivenNameBefore(text, m.start, book)) continue;
    if (m.entry.kind === 'person') {
      if (namedAfterFollows(text, m.end, book)) continue;
      if (!/\s/.test(spelled)) {
        if (spelled === spelled.toLowerCase() || otherGivenNameBefore(text, m.start, book)) continue;
        if (!namedInFull.has(m.entry.id) && !titleBefore(text, m.start, book)) continue;
      } else {
        namedInFull.add(m.entry.id);
      }
    }
    kept.push(m);
  }
  return kept;
}

function isCapitalised(word: string): boolean {
  return (foldTables().charClass[word.charCodeAt(0)]! & CLASS_UPPER) !== 0;
}

const isAllCaps = (w: string) => w.length >= 2 && /^[\p{Lu}\d]+$/u.test(w) && /\p{Lu}/u.test(w);

/** An all-capital match with an all-capital neighbour word that is not itself a name: a heading in capitals. */
function isHeadingCaps(text: string, m: EntryMatch, all: readonly EntryMatch[]): boolean {
  const spelled = text.slice(m.start, m.end);
  if (!m.entry.patterns.some((p) => typeof p !== 'string' && p.case === 'sensitive' && p.text === spelled && isAllCaps(spelled))) return false;
  const isName = (s: number) => all.some((o) => o !== m && o.start <= s && o.end > s);
  const gapBefore = text.slice(Math.max(0, m.start - 1), m.start);
  const before = gapBefore === ' ' ? wordBefore(text, m.start - 1) : undefined;
  const after = text[m.end] === ' ' ? wordAt(text, m.end + 1) : undefined;
  const capsNeighbour = (w: typeof before) => w !== undefined && (isAllCaps(w.word) || w.word === 'A') && !isName(w.start);
  return capsNeighbour(before) || capsNeighbour(after);
}

/** Words that join the parts of a name ("Refugees in Towns Project", "Office for Democratic Institutions"). */
const NAME_LINKS = new Set(['of', 'in', 'for', 'and', 'on', 'the', 'de', 'du', 'al']);
const DEMONYM = /(?:ian|ean|an|ese|i|ish|ic)$/;
/** Verbs of saying after a speaker's name ("Mujahid said"). */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'tweeted', 'stated', 'explained', 'insisted']);
const POSSESSIVE = /^['’]s?(?= )/u;
/** Characters after which a capital starts a new clause: an opening quotation mark or bracket, a colon. */
const CLAUSE_OPENERS = /[“‘«([{:]$|(?:^|\s)["']$/u;

/** A lower-case term written with a capital in mid-sentence, inside a name or as the speaker of "said". */
function termInName(text: string, m: EntryMatch, book: SenseBook): boolean {
  const spelled = text.slice(m.start, m.end);
  if (!isCapitalised(spelled)) return false;
  if (isAllCaps(spelled.split(/[\s-]/)[0]!)) return acronymInName(text, m, spelled);
  const first = spelled[0]!.toLowerCase();
  const patterns = m.entry.patterns.map((p) => (typeof p === 'string' ? p : p.text)).filter((p) => p[0]!.toLowerCase() === first);
  if (patterns.some((p) => isCapitalised(p))) return false;
  const from = sentenceStart(text, m.start);
  const lead = text.slice(from, m.start).trimEnd();
  if (lead === '' || CLAUSE_OPENERS.test(lead)) return false;
  const to = Math.max(m.end, sentenceEnd(text, m.end));
  if (isTitleCase(text.slice(from, to))) return false;
  const before = text[m.start - 1] === ' ' ? wordBefore(text, m.start - 1) : undefined;
  // A capitalised word before: a name's earlier part ("VOA Extremism Watch Desk"), unless it only opens the sentence,
  // is a title or is a demonym ("Afghan Mujahideen" is the label, capitalised as writers often do).
  if (before && isCapitalised(before.word) && !book.titles.has(before.word.toLowerCase()) && !DEMONYM.test(before.word)) {
    if (isAllCaps(before.word) || text.slice(from, before.start).trim() !== '') return true;
  }
  // A possessive closes the term's word inside a name as well ("central Martyrs' Square", "Martyr’s Day").
  const possessive = POSSESSIVE.exec(text.slice(m.end, m.end + 3))?.[0].length ?? 0;
  let next = text[m.end + possessive] === ' ' ? wordAt(text, m.end + possessive + 1) : undefined;
  if (next && possessive === 0 && SPEECH_VERBS.has(next.word) && !/\s/.test(spelled)) return true;
  if (next && NAME_LINKS.has(next.word)) next = text[next.end] === ' ' ? wordAt(text, next.end + 1) : undefined;
  return next !== undefined && isCapitalised(next.word) && !isAllCaps(next.word);
}

/** After an outlet's capitals and a slash, the partner of a joint poll or byline ("CNN/ORC", "ABC/Ipsos"). */
const JOINT_NAME_BEFORE = /(?<![\p{L}])\p{Lu}{2,}\/$/u;
/** Words of polling after an acronym: the acronym is the pollster ("ORC poll", "ORC survey"). */
const POLL_AFTER = /^\s+(?:polls?|polling|polled|surveys?|surveyed)(?![\p{L}])/iu;

/**
 * A lower-case term written as one word in capitals in mid-sentence is an acronym that spells the word, not the word:
 * a company's name where it is joined to another name ("CNN/ORC"), goes on with a capitalised word ("ORC
 * International", Opinion Research Corporation) or names a poll ("an ORC poll"). A heading in capitals is read
 * before this (isHeadingCaps); "orcs" in lower case stays the label.
 */
function acronymInName(text: string, m: EntryMatch, spelled: string): boolean {
  if (/[\s-]/.test(spelled) || m.entry.patterns.some((p) => (typeof p === 'string' ? p : p.text) === spelled)) return false;
  if (JOINT_NAME_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return true;
  const after = text.slice(m.end, m.end + 40);
  if (POLL_AFTER.test(after)) return true;
  const next = text[m.end] === ' ' ? wordAt(text, m.end + 1) : undefined;
  return next !== undefined && isCapitalised(next.word) && !isAllCaps(next.word);
}

/**
 * A ballot measure's or a bill's number (digits, or one capital: "Proposition B") and an opening bracket, with at most
 * a few words of its title before the term.
 */
const MEASURE_BEFORE =
  /(?:^|[^\p{L}])(?:Propositions?|Props?\.?|Measures?|Questions?|Amendments?|Initiatives?|Issues?|Ballot\s+[Mm]easures?|Bills?|H\.\s?R\.|S\.|Senate\s+Bill|House\s+Bill|SB|HB|AB)\s+(?:\d[\p{L}\d.-]*|\p{Lu}(?!\p{L}))\s*\(\s*(?:[^()\n]{0,40}\s)?$/u;
const MEASURE_AFTER = /[^()\n]{0,40}\)/y;

/** "Proposition 4 (property tax relief)": the term stands in the measure's short title, in brackets after its number. */
function termInMeasureTitle(text: string, m: EntryMatch): boolean {
  if (!MEASURE_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))) return false;
  MEASURE_AFTER.lastIndex = m.end;
  return MEASURE_AFTER.test(text);
}

/** A headline: nearly all of its longer words capitalised (a sentence full of names stays below). */
function isTitleCase(sentence: string): boolean {
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter(isCapitalised).length >= 0.85 * words.length;
}

/** An ambiguous short name resolves only when something around it agrees. */
function acronymAgrees(text: string, m: EntryMatch, all: readonly EntryMatch[], book: SenseBook): boolean {
  const spelled = text.slice(m.start, m.end);
  if (all.some((o) => o.entry === m.entry && text.slice(o.start, o.end) !== spelled && !book.ambiguousAcronyms.has(text.slice(o.start, o.end)))) {
    return true;
  }
  const from = sentenceStart(text, m.start);
  const to = Math.max(m.end, sentenceEnd(text, m.end));
  if (all.some((o) => o !== m && o.start >= from && o.start < to && o.entry.kind !== 'term' && o.entry.kind !== 'person' && !book.ambiguousAcronyms.has(text.slice(o.start, o.end)))) {
    return true;
  }
  const around = text.slice(from, m.start) + ' '.repeat(m.end - m.start) + text.slice(m.end, to);
  if (hasCue(book.armedConflict, around)) return true;
  return m.entry.kind === 'outlet' && inCredit(text, m, book);
}

/** "Jane Doe / AP", "(AP)", "via AP", "Photo: AP", "told AP", "AP reported". */
function inCredit(text: string, m: EntryMatch, book: SenseBook): boolean {
  const before = text.slice(Math.max(0, m.start - 3), m.start).trimEnd();
  if (/[/(|©:]$/.test(before)) return true;
  const w = wordBefore(text, m.start - 1);
  if (w !== undefined && text[m.start - 1] === ' ' && book.creditWords.has(w.word.toLowerCase())) return true;
  const next = text[m.end] === ' ' ? wordAt(text, m.end + 1) : undefined;
  return next !== undefined && book.reportWords.has(next.word.toLowerCase());
}

/** A capitalised word right before a bare surname that is not a title: another person of the family. */
function otherGivenNameBefore(text: string, start: number, book: SenseBook): boolean {
  if (text[start - 1] !== ' ') return false;
  const w = wordBefore(text, start - 1);
  if (!w || !isCapitalised(w.word) || isAllCaps(w.word)) return false;
  if (book.notGivenNames.has(w.word) || titleBefore(text, start, book)) return false;
  return true;
}

/** "President Obama", "Vice President Biden", "Mr. Trump": an office or form of address before the surname. */
function titleBefore(text: string, start: number, book: SenseBook): boolean {
  const before = text.slice(Math.max(0, start - 40), start).replace(/\.\s*$/, ' ').trimEnd();
  const words = before.split(/\s+/).slice(-3).map((w) => w.replace(/[.,]$/, '').toLowerCase());
  for (let n = 1; n <= words.length; n++) if (book.titles.has(words.slice(-n).join(' '))) return true;
  return false;
}

/** "Trump Tower", "Obama Foundation", "Donald Trump Jr.": the name of a thing or of a relative. */
function namedAfterFollows(text: string, end: number, book: SenseBook): boolean {
  if (text[end] !== ' ' && text[end] !== ',') return false;
  const w = wordAt(text, end + (text[end] === ',' ? 2 : 1));
  return w !== undefined && book.namedAfter.has(w.word);
}

interface SurnameTable {
  pattern: RegExp;
  people: ReadonlyMap<string, readonly Entry[]>;
}

const surnameTables = new WeakMap<CompiledGlossary, SurnameTable>();

/**
 * People's surnames the glossary does not list on their own: the last word of the name ("Clinton"; "Assad" from
 * "Bashar al-Assad"), skipping names built on "bin"/"Abu" and surnames another entry already spells.
 */
function surnameTable(compiled: CompiledGlossary): SurnameTable {
  const cached = surnameTables.get(compiled);
  if (cached) return cached;
  const people = new Map<string, Entry[]>();
  for (const e of compiled.entries) {
    if (e.kind !== 'person' || /\b(?:bin|ibn|Abu|Ki-moon)\b/.test(e.name)) continue;
    const last = e.name.split(/\s+/).pop()!;
    for (const surname of new Set([last, last.replace(/^al-/, '')])) {
      if (surname.length < 4 || !isCapitalised(surname)) continue;
      const scan = compiled.automaton.scan(surname);
      if (scan.matchCount > 0) continue;
      people.set(surname, [...(people.get(surname) ?? []), e]);
    }
  }
  const names = [...people.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(names.length ? `(?<![\\p{L}\\p{N}-])(?:${names.join('|')})(?![\\p{L}\\p{N}])` : '(?!)', 'gu');
  const table = { pattern, people };
  surnameTables.set(compiled, table);
  return table;
}

/** Bare surnames after a person's full name, resolved to the person named in full most recently. */
function bareSurnames(text: string, compiled: CompiledGlossary, matches: readonly EntryMatch[]): EntryMatch[] {
  const { pattern, people } = surnameTable(compiled);
  if (people.size === 0) return [];
  const fullNames = matches.filter((m) => m.entry.kind === 'person' && /\s/.test(text.slice(m.start, m.end)));
  if (fullNames.length === 0) return [];
  const found: EntryMatch[] = [];
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(text); hit; hit = pattern.exec(text)) {
    const start = hit.index;
    const end = start + hit[0].length;
    if (matches.some((m) => m.start < end && m.end > start)) continue;
    const candidates = people.get(hit[0])!;
    let latest: EntryMatch | undefined;
    for (const f of fullNames) if (f.end <= start && candidates.includes(f.entry) && (!latest || f.start > latest.start)) latest = f;
    if (latest) found.push({ start, end, entry: latest.entry });
  }
  return found;
}
