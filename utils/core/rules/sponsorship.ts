/**
 * Sponsorship: "X-backed", "X-funded", "X-sponsored", "X-affiliated" and "backed by X" for any country, demonym,
 * region or actor. One rule over the trigger words, not a list of compounds: X qualifies when it is a glossary
 * entry (then `targetEntryId`), a proper name or demonym, or one of data/descriptors.json's `sponsorWords`
 * ("foreign", "state"), so "mortgage-backed" and "backed by evidence" are left alone. A glossary entry that lists a
 * compound as its own pattern ("foreign-backed") wins over the generic entry. Backing of a bill, a loan or a study
 * ("a stimulus bill backed by the administration", "state-funded universal pre-K", "Malaysian-affiliated carriers",
 * a lobby's or a party's push for a policy: "NRA-backed attempts to expand gun rights", "Republican-backed tax cuts";
 * data/senses.json `sponsoredThings`), or of media ("state-funded information", "a state-funded or state-directed media
 * outlet": the label for government-financed media), introduces no group and is left alone. Nor is backing in an election or a union
 * vote by a sponsor that is neither a glossary actor nor a country ("a coalition backed by TDU has taken the
 * driver's seat in the international union"): a caucus endorsing a slate, not an outside power behind a group; a
 * country or a listed actor backing a side in a vote ("a Kremlin-backed candidate") is still flagged. Nor is a
 * legislator's sponsorship ("a provision sponsored by Senator John McCain", data/senses.json `lawmakers`) or a party's
 * ("backed by Republicans", `partyWords`), nor "backed by"/"sponsored by" after a thing named a few words before it
 * with no group between ("an Indiana law, passed in 2005, that is backed by…", "a conference last month in
 * Annapolis, Md., sponsored by Bush"), nor "was backed by" whose sentence opens on such a thing, a move or a policy,
 * however long the phrase after it ("The move to strip judges and local police's options in dealing with unclaimed
 * guns was backed by the National Rifle Association": a lobby's support for a law). Nor is "funded by" a government department, ministry or agency ("meals are funded
 * by the U.S. Department of Agriculture", "funded by the federal government") in a sentence with no word of armed
 * conflict: public finance of a programme, not a group introduced through its sponsor ("a militia funded by the
 * Ministry of Defence" is still flagged).
 */
import type { Candidate, Rule, RuleContext } from './rule';
import { PRIORITY_COMPOUND, PRIORITY_PATTERN, entriesOf, matchesOf } from './rule';
import { hasCue, senses } from '../senses';
import { compoundHead, coveredByMatch, isProperName, sentenceEnd, sentenceStart, skipSpaces, skipSpacesBack, wordAt, wordBefore, type Word } from './words';

/** The entry that stands for every sponsorship compound no specific entry lists. */
export const GENERIC_SPONSORSHIP_ID = 'term-sponsor-backed';

const BY = /\s+by\s+(?:the\s+)?/iy;

export const sponsorship: Rule = {
  id: 'sponsorship',
  triggers: ['backed', 'funded', 'sponsored', 'affiliated'],
  apply(ctx) {
    const found: Candidate[] = [];
    for (const m of matchesOf(ctx, 'sponsorship')) {
      found.push({
        entryId: m.entry.id,
        start: m.start,
        end: m.end,
        flag: 'framing',
        source: 'sponsorship',
        note: `"${ctx.text.slice(m.start, m.end)}" introduces the group by who backs it, not by what it is or does.`,
        priority: PRIORITY_PATTERN,
      });
    }
    const entries = entriesOf(ctx, 'sponsorship');
    const generic = entries.find((e) => e.id === GENERIC_SPONSORSHIP_ID) ?? entries.find((e) => e.patterns.length === 0);
    if (!generic) return found;
    for (const t of ctx.triggers) {
      if (!this.triggers.includes(t.word)) continue;
      const head = compoundHead(ctx, t.start - 1, ctx.vocabulary.sponsorWords);
      if (head) {
        if (coveredByMatch(ctx, head.start, t.end) || qualifiesAThing(ctx.text, t.end)) continue;
        if (!head.target && electoralBacking(ctx.text, head.word, head.start, t.end)) continue;
        found.push({
          entryId: generic.id,
          start: head.start,
          end: t.end,
          flag: 'framing',
          source: 'sponsorship',
          targetEntryId: head.target,
          note: `"${ctx.text.slice(head.start, t.end)}" introduces the group through its sponsor (${head.word}).`,
          priority: PRIORITY_COMPOUND,
        });
        continue;
      }
      if (t.word === 'affiliated' || thingBackedBefore(ctx, t.start) || subjectIsAThing(ctx, t.start)) continue;
      BY.lastIndex = t.end;
      const by = BY.exec(ctx.text);
      if (!by) continue;
      const after = BY.lastIndex;
      const sponsor = ctx.matchStartingAt(after);
      const word = wordAt(ctx.text, after);
      if (word && (senses().lawmakers.has(word.word.toLowerCase()) || partyAlone(ctx.text, word))) continue;
      if (!sponsor && !(word && (ctx.vocabulary.sponsorWords.has(word.word.toLowerCase()) || isProperName(ctx.text, word)))) continue;
      if (!sponsor && word && electoralBacking(ctx.text, word.word, t.start, after)) continue;
      if (t.word === 'funded' && publicFunding(ctx.text, t.start, after)) continue;
      const end = t.end + by[0].replace(/\s+the\s+$/i, '').trimEnd().length;
      found.push({
        entryId: generic.id,
        start: t.start,
        end,
        flag: 'framing',
        source: 'sponsorship',
        targetEntryId: sponsor?.entry.id,
        note: `"${ctx.text.slice(t.start, end)} ${sponsor ? sponsor.entry.name : word!.word}" introduces the group through its sponsor.`,
        priority: PRIORITY_COMPOUND,
      });
    }
    return found;
  },
};

/**
 * Whether the compound ending at `end` qualifies a thing rather than a group: the next word, or the one after a single
 * modifier ("state-funded universal pre-K", "Malaysian-affiliated carriers", "Saudi-funded religious schools"), read
 * past a compound joined to it ("a state-funded or state-directed media outlet").
 */
function qualifiesAThing(text: string, end: number): boolean {
  let first = hyphenated(text, wordAt(text, skipSpaces(text, end)));
  const joined = first && /^(?:or|and)$/i.test(first.word) ? hyphenated(text, wordAt(text, skipSpaces(text, first.end))) : undefined;
  if (joined && joined.word.includes('-')) first = hyphenated(text, wordAt(text, skipSpaces(text, joined.end)));
  if (!first) return false;
  if (backsAThing(first)) return true;
  const gap = text.slice(first.end, skipSpaces(text, first.end));
  return gap.length > 0 && !/\n/.test(gap) && backsAThing(hyphenated(text, wordAt(text, first.end + gap.length)));
}

/** The word at `start` with a hyphenated continuation ("pre-K"), so a listed compound is read whole. */
function hyphenated(text: string, w: Word | undefined): Word | undefined {
  if (!w || !/[-‐‑]/.test(text[w.end] ?? '')) return w;
  const next = wordAt(text, w.end + 1);
  return next ? { start: w.start, end: next.end, word: `${w.word}-${next.word}` } : w;
}

/**
 * How far before "backed by" the thing backed may be named: "an Indiana law, passed in 2005, that is backed by", "the
 * Judiciary, Kenya Police, public education and even the free condoms you use … are all funded by".
 */
const THING_REACH_WORDS = 12;

/**
 * Whether "backed by", "sponsored by"… follows a thing rather than a group: the nearest of a listed thing ("a
 * conference last month in Annapolis, Md., sponsored by Bush") and a named actor, label or side descriptor ("the
 * militia, sponsored by Iran") within a few words before it in the sentence, if it is the thing.
 */
function thingBackedBefore(ctx: RuleContext, start: number): boolean {
  const from = sentenceStart(ctx.text, start);
  let at = start;
  for (let words = 0; words < THING_REACH_WORDS; ) {
    at = skipSpacesBack(ctx.text, at);
    if (at <= from) return false;
    const w = wordBefore(ctx.text, at);
    if (!w) {
      at--; // a comma or a bracket between the words
      continue;
    }
    if (backsAThing(w)) return true;
    if (ctx.matches.some((m) => m.start <= w.start && w.start < m.end) || ctx.descriptors.some((d) => d.start <= w.start && w.start < d.end)) return false;
    words++;
    at = w.start;
  }
  return false;
}

/** A sentence that opens on a thing backed: "The move to …", "This new policy …", "The bill's …" (its first two words). */
const THING_SUBJECT = /\s*(?:The|This|That|These|Those|Its|His|Her|Their|Our|A|An)\s+([\p{L}-]+?)(?:['’]s)?(?:\s+([\p{L}-]+?)(?:['’]s)?)?(?![\p{L}'’-])/uy;
const PASSIVE_BE = /(?<![\p{L}])(?:is|are|was|were|be|been|being)\s+(?:(?:also|now|largely|strongly|widely|heavily)\s+)?$/iu;
/** A clause of its own between the subject and the verb ("…, which were backed by"): the verb may be its own. */
const CLAUSE_BETWEEN = /[,;:()—–]|(?<![\p{L}])(?:which|who|whom|whose|that)(?![\p{L}])/iu;

/**
 * Whether "backed by" follows "was" (or another form of "be") in a sentence whose subject, at its opening, is a thing
 * backed or a move or a policy, with no comma or relative clause between the two: the thing is what is backed,
 * however far away ("The move to strip judges … of their options … was backed by the NRA").
 */
function subjectIsAThing(ctx: RuleContext, start: number): boolean {
  const from = sentenceStart(ctx.text, start);
  const before = ctx.text.slice(from, start);
  if (!PASSIVE_BE.test(before)) return false;
  THING_SUBJECT.lastIndex = from;
  const subject = THING_SUBJECT.exec(ctx.text);
  if (!subject) return false;
  if (!backedThingWord(subject[1]) && !backedThingWord(subject[2])) return false;
  return !CLAUSE_BETWEEN.test(before.slice(subject[0].length));
}

/** Whether a word names a thing backed (data/senses.json `sponsoredThings`) or a move or a policy. */
function backedThingWord(w: string | undefined): boolean {
  return w !== undefined && (senses().sponsoredThings.has(w.toLowerCase()) || MOVES.has(w.toLowerCase()));
}

/** What a government or a lobby does, backed as a thing is: a move, a policy, a decision. */
const MOVES: ReadonlySet<string> = new Set(['move', 'moves', 'policy', 'policies', 'decision', 'decisions', 'effort', 'efforts', 'push', 'change', 'changes', 'rule', 'rules', 'ban', 'order']);

/**
 * "backed by Republicans": a party's support, said by its name alone (a capitalised word after it, as in "the
 * Democratic Republic of Congo", makes it part of another name).
 */
function partyAlone(text: string, word: Word): boolean {
  if (!senses().partyWords.has(word.word.toLowerCase())) return false;
  const next = wordAt(text, skipSpaces(text, word.end));
  return !(next && next.start === word.end + 1 && /^\p{Lu}/u.test(next.word));
}

/** Whether the word backed is a bill, a loan, a study…: not a group introduced through its sponsor. */
function backsAThing(w: Word | undefined): boolean {
  return w !== undefined && senses().sponsoredThings.has(w.word.toLowerCase());
}

/**
 * Whether a sponsor that is no glossary actor and no country backs someone in an election or a union vote, as the
 * sentence tells (data/senses.json, the `unless` cues of the generic entry), with no word of armed conflict there.
 */
function electoralBacking(text: string, sponsor: string, start: number, end: number): boolean {
  const book = senses();
  const sense = book.terms.get(GENERIC_SPONSORSHIP_ID);
  if (!sense?.unless || book.nations.has(sponsor)) return false;
  const sentence = text.slice(sentenceStart(text, start), Math.max(end, sentenceEnd(text, end)));
  return hasCue(sense.unless, sentence) && !(sense.despite && hasCue(sense.despite, sentence));
}

/** "the U.S. Department of Agriculture", "the Ministry of Health", "the Environmental Protection Agency", "the federal
 * government", "the U.S. taxpayer": a government's own department or agency, or public money, read at the word after
 * "funded by (the)". */
const GOVERNMENT_FUNDER =
  /(?:(?:[\p{Lu}][\p{L}.]*|federal|state|local|national)\s+){0,3}?(?:(?:Department|Dept\.|Ministry)\s+(?:of|for)\s|Agency(?![\p{L}])|(?:federal|state|local|national)\s+government(?![\p{L}])|taxpayers?(?![\p{L}]))/uy;

/** Whether "funded by" at `start` names a government department as the funder (`after`, past "by the") in a sentence
 * with no word of armed conflict (data/senses.json, the `despite` cues of the generic entry). */
function publicFunding(text: string, start: number, after: number): boolean {
  GOVERNMENT_FUNDER.lastIndex = after;
  if (!GOVERNMENT_FUNDER.test(text)) return false;
  const despite = senses().terms.get(GENERIC_SPONSORSHIP_ID)?.despite;
  return !(despite && hasCue(despite, text.slice(sentenceStart(text, start), sentenceEnd(text, start))));
}
