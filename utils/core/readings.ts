/**
 * How each glossary match reads in its place. An actor's name is kept only where it names that actor
 * (utils/core/identity.ts), decided before any rule runs. A term with an ordinary sense is flagged only where its
 * sentence shows the framing sense (data/senses.json); it stays in the scan either way, so a rule can still read it
 * ("so-called rebels"). A wrong flag costs more than a missed one.
 */
import type { DescriptorMatch } from './descriptors';
import { readActorNames } from './identity';
import type { CompiledGlossary } from './compile';
import type { EntryMatch } from './rules/rule';
import { sentenceEnd, sentenceStart, skipSpaces } from './rules/words';
import { deniedBefore } from './denial';
import { inPageFurniture } from './furniture';
import { hasCue, overlapsMatchOf, senses, type SenseBook } from './senses';

export function readMatches(
  text: string,
  compiled: CompiledGlossary,
  matches: readonly EntryMatch[],
): EntryMatch[] {
  return readActorNames(text, compiled, matches, senses());
}

const NON_BEFORE = /(?<![\p{L}])non-$/iu;
/** A capitalised word and "for", "of" or "against" before a match: "Everytown for", "Campaign against". */
const NAME_BEFORE = /(?<![\p{L}])\p{Lu}[\p{L}'’-]*\s+(?:for|of|against)\s+(?:the\s+)?$/u;

/**
 * A label after an indefinite article in an alternative opened by "whether" ("whether agents of a tyrant or a mob of
 * thugs or a deranged killer"): a kind of adversary imagined, no one named. "whether Hamas terrorists or …" and
 * "whether they are terrorists" name or ask about someone, and still flag.
 */
const WHETHER_BEFORE = /(?<![\p{L}])whether\s+[^.;:!?]{0,160}$/iu;
const INDEFINITE_BEFORE = /(?<![\p{L}])(?:or\s+)?an?\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const OR_NEAR = /(?<![\p{L}])or(?![\p{L}])/iu;

function imaginedAlternative(text: string, from: number, m: EntryMatch): boolean {
  const before = text.slice(from, m.start);
  const whether = WHETHER_BEFORE.exec(before);
  if (!whether || !INDEFINITE_BEFORE.test(before)) return false;
  const after = text.slice(m.end, Math.min(text.length, m.end + 40, Math.max(m.end, sentenceEnd(text, m.end))));
  return OR_NEAR.test(whether[0]) || /^\s+or\s+an?\s/iu.test(after);
}

/**
 * "If you're a terrorist, I know you won't like the bill", "if someone is a thug": a label put to a hypothetical
 * "you" or "someone", the kind a measure aims at; nobody is given it. "If they are terrorists" asks about someone.
 */
const IF_YOU_ARE_A = /(?<![\p{L}])if\s+(?:you(?:['’]re|\s+are|\s+were)|(?:someone|somebody|anyone|anybody|one)\s+is)\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;

/**
 * "further violent clashes and 'terrorist attacks' are expected across Turkey", "possible clashes": a two-sided event
 * only forecast, with no sides named ("clashes between the army and …"), casts no event that happened as mutual.
 */
const FORECAST_TERMS: ReadonlySet<string> = new Set(['term-clashes']);
const FORECAST_AFTER =
  /^(?:\s+(?:and|or)\s+[^.;:!?]{0,40}?)?\s+(?:are|is|were|was)\s+(?:(?:also|now|widely|still)\s+)?(?:expected|feared|likely|forecast|predicted)(?![\p{L}])/iu;
const FORECAST_BEFORE = /(?<![\p{L}])(?:possible|potential|expected|feared|likely|future)\s+(?:[\p{Ll}-]+\s+)?$/iu;
/** "the risk of direct clashes with forces of Syrian President Bashar Assad": a risk between armies, nothing that
 * happened; clashes risked with a crowd ("the risk of clashes with protesters") still flag. */
const RISK_BEFORE = /(?<![\p{L}])(?:risks?\s+of|danger\s+of|avoid(?:ing)?|prevent(?:ing)?)\s+(?:[\p{Ll}-]+\s+)?$/iu;
const WITH_ARMED_FORCES = /^\s+with\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:forces|troops|army|armies|military)(?![\p{L}])/iu;

function onlyForecast(text: string, from: number, m: EntryMatch): boolean {
  if (!FORECAST_TERMS.has(m.entry.id)) return false;
  const after = text.slice(m.end, Math.max(m.end, sentenceEnd(text, m.end)));
  if (RISK_BEFORE.test(text.slice(from, m.start)) && WITH_ARMED_FORCES.test(after)) return true;
  if (/^\s+(?:between|with|among)(?![\p{L}])/iu.test(after)) return false;
  return FORECAST_AFTER.test(after) || FORECAST_BEFORE.test(text.slice(from, m.start));
}

/**
 * "it liberated Jews from taking any of the anti-Semites' attacks seriously", "liberated workers from the burden of
 * commuting": people freed from a duty or a worry, the ordinary sense; the entry's sense takes a place ("liberated the
 * town from the militants", "liberated Mosul from the Islamic State" still flag).
 */
const FREED_FROM_A_BURDEN_TERMS: ReadonlySet<string> = new Set(['term-liberated']);
const FREED_FROM_A_BURDEN =
  /^\s+(?:[\p{L}'’-]+\s+){1,4}?from\s+(?:\p{Ll}{2,}ing(?![\p{L}])|(?:(?:the|any|all|their|his|her|its|our|a)\s+)?(?:burdens?|need|obligations?|dut(?:y|ies)|worr(?:y|ies)|fears?|guilt|shame|responsibilit(?:y|ies)|debts?|pressures?|chores?|drudgery)(?![\p{L}]))/u;

function freedFromABurden(text: string, m: EntryMatch): boolean {
  return FREED_FROM_A_BURDEN_TERMS.has(m.entry.id) && FREED_FROM_A_BURDEN.test(text.slice(m.end, Math.max(m.end, sentenceEnd(text, m.end))));
}

/**
 * A label the speaker takes for himself ("I am a consultant terrorist. I wear a suit, not explosives", "I'm a radical,
 * I admit"): a self-description, often a persona or a joke, not a label the writer gives anyone. A label others give
 * the speaker ("they called me a terrorist"), or one tied to a named group ("Let's suppose I am an Islamic State
 * terrorist"), still flags.
 */
const SELF_LABEL_BEFORE = /(?<![\p{L}])[Ii](?:\s+am|['’]m)\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * A label in a condition that makes no one it: a class supposed ("If there were lots of criminals and terrorists
 * trying to sneak across the border"), or a classification held open ("If what happened here is, in fact, an
 * organized terror attack"). A condition about people or an event taken as real ("If the terrorists strike again",
 * "if the attack was carried out by terrorists"), or one whose supposed thing is another ("if there were victors of the
 * American invasion"), still flags.
 */
const SUPPOSED_BEFORE =
  /(?<![\p{L}])[Ii]f\s+(?:there\s+(?:were|was|are|is)\s+(?:(?:lots|many|any|some|few|hundreds|thousands|dozens|scores)\s+of\s+)?(?:[\p{Ll}-]+\s+(?:and|or)\s+)?(?:[\p{Ll}-]+\s+)?|(?:what\s+[^,;:.!?]{0,40}|this|that|it)\s+(?:is|was|were|turns\s+out\s+to\s+be|proves\s+to\s+be)(?:,?\s+(?:in\s+fact|really|actually|indeed),?)?\s+an?\s+(?:[\p{Ll}-]+\s+){0,2})$/u;

/** A name on a line of its own: short, opening with a capital or a digit, with no closing stop or comma. */
const NAME_LINE = /^[\p{Lu}\d][^\n]{0,120}$/u;
const LINE_CLOSE = /[.!?:;,”"’')]$/u;
/** How many such lines in a row make a list of names (a headline, a byline and a date make three). */
const LIST_RUN = 4;

function isNameLine(p: string): boolean {
  const line = p.trim();
  return NAME_LINE.test(line) && !LINE_CLOSE.test(line) && line.split(/\s+/).length <= 12;
}

/**
 * Whether the match stands in a list of names, one to a paragraph ("Signatories to the letter include:", then
 * "Chinese Human Rights Defenders", "The Hong Kong Society for Asylum-seekers and refugees" …): its line is a name in
 * title case (most of its longer words capitalised, whatever the list's own capitals), in a run of at least four such
 * lines. A heading stands above prose, not among other lines of names.
 */
function inListOfNames(text: string, m: EntryMatch): boolean {
  const { text: own } = paragraphOf(text, m.start, m.end);
  if (!isNameLine(own)) return false;
  const words = own.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 <= words.length) return false;
  let run = 1;
  for (let at = text.lastIndexOf('\n\n', m.start); at > 0 && run < LIST_RUN; ) {
    const open = text.lastIndexOf('\n\n', at - 1);
    if (!isNameLine(text.slice(open < 0 ? 0 : open + 2, at))) break;
    run++;
    at = open;
  }
  for (let at = text.indexOf('\n\n', m.end); at >= 0 && run < LIST_RUN; ) {
    const close = text.indexOf('\n\n', at + 2);
    if (!isNameLine(text.slice(at + 2, close < 0 ? text.length : close))) break;
    run++;
    at = close;
  }
  return run >= LIST_RUN;
}

/** Terms that also name a branch of work in a post's title ("director of global counter-terrorism operations"). */
const POST_TERMS: ReadonlySet<string> = new Set(['term-counter-terrorism-operation']);
/** "director / head / chief of (global) …": the match is the field of a post. */
const POST_BEFORE = /(?<![\p{L}])(?:director|directors|head|heads|chief|chiefs|deputy|manager|coordinator|officer|vice\s+president)\s+(?:of|for)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?$/iu;

/** A capitalised word before the match, or one and a joining word ("Terrorism and"): the name began before it. */
const CAPITAL_BEFORE = /(?<![\p{L}])\p{Lu}[\p{L}'’-]*\s+(?:(?:and|of|for|on|&)\s+)?$/u;
/** The name runs on, through up to three capitalised words, to the word for a research or public body. */
const INSTITUTION_AFTER = /^(?:\s+(?:(?:and|of|for|on|&)\s+)?\p{Lu}[\p{L}'’-]*){0,3}?\s+(?:Center|Centre|Institute|Program|Programme)(?![\p{L}])/u;

/**
 * The head of a body's name and its joining word before the match, with up to three capitalised words between
 * ("Program on Extremism", "Task Force on Domestic Terrorism", "Center for the Study of Terrorism"): the name began
 * with the body it names. "on" is read only after such a head, so a headline's "Cracks Down on Extremists" is not.
 */
const INSTITUTION_HEAD_BEFORE =
  /(?<![\p{L}])(?:Program|Programme|Project|Center|Centre|Institute|Office|Council|Commission|Committee|Foundation|Initiative|Bureau|Department|Ministry|Society|Alliance|Coalition|Network|Consortium|Forum|Task\s+Force|Unit|Division|Agency|Academy|School)\s+(?:on|for|of|against)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:and|of|for|on|&)\s+)?){0,3}$/u;

/**
 * The title of a law runs on, through up to three capitalised words, to "Act" ("Partial-Birth Abortion Ban Act",
 * "the Illegal Immigration Reform and Immigrant Responsibility Act"); a capitalised word after "Act" would make it a
 * verb in a headline set in title case ("Militants Act Fast"). `u` without `i`: "Act" is capitalised.
 */
const STATUTE_AFTER = /^(?:\s+(?:(?:and|of|for|on|&)\s+)?\p{Lu}[\p{L}'’-]*){0,3}?\s+Act(?![\p{L}])(?!\s+\p{Lu})/u;

/** Whether every word of the match is capitalised: a name, or a heading in title case. */
function capitalised(text: string, m: EntryMatch): boolean {
  return text.slice(m.start, m.end).split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Whether the match, every word of it capitalised, continues a name ("Everytown for Gun Safety"), stands inside one
 * that ends on "Center", "Centre", "Institute" or "Program" ("IHS Jane's Terrorism and Insurgency Center"), or follows
 * the head of one ("George Washington University's Program on Extremism").
 */
function inOrganisationName(text: string, from: number, m: EntryMatch): boolean {
  if (!capitalised(text, m)) return false;
  const before = text.slice(from, m.start);
  if (NAME_BEFORE.test(before) || INSTITUTION_HEAD_BEFORE.test(before)) return true;
  return CAPITAL_BEFORE.test(before) && INSTITUTION_AFTER.test(text.slice(m.end, sentenceEnd(text, m.end)));
}

/** Whether the match, every word of it capitalised, opens or continues the title of a law ("Partial-Birth Abortion Ban Act"). */
function inStatuteTitle(text: string, m: EntryMatch): boolean {
  return capitalised(text, m) && STATUTE_AFTER.test(text.slice(m.end, sentenceEnd(text, m.end)));
}

/**
 * Whether a term with an ordinary sense stands, here, in its framing sense. Terms without a sense entry always do,
 * unless "non-" joins them to another word or the sentence denies the label they are.
 */
export function termReadsAsFraming(
  text: string,
  m: EntryMatch,
  matches: readonly EntryMatch[],
  descriptors: readonly DescriptorMatch[],
  book: SenseBook = senses(),
): boolean {
  // "non-violent extremism": the match is the tail of another word.
  if (NON_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) return false;
  const from = sentenceStart(text, m.start);
  // "Everytown for Gun Safety", "Jane's Terrorism and Insurgency Center": the words are part of a capitalised name.
  if (m.start > from && inOrganisationName(text, from, m)) return false;
  // "the Partial-Birth Abortion Ban Act was struck down": the official title of a law, a name that takes no side.
  if (inStatuteTitle(text, m)) return false;
  // "for newspapers:I'm a journalism student … 'fake news.'", "Read more: …", a related story's headline in capitals,
  // "James WalzTrump slams … white supremacists attending demonstrations … MORE", a photo credit: not the article.
  if (inPageFurniture(text, from, m.start, m.end)) return false;
  // "Signatories … include:" and one name to a line, "Chinese Human Rights Defenders": the term is part of a name.
  if (inListOfNames(text, m)) return false;
  // "not that they are terrorists", "No one … has ever conducted a terrorist attack": a label named only to be denied.
  // (A euphemism denied is still its speaker's claim: "there was no collateral damage".)
  if (m.entry.term?.category === 'label' && deniedBefore(text.slice(from, m.start))) return false;
  // "whether agents of a tyrant or a mob of thugs": a kind of adversary imagined, no one named.
  if (m.entry.term?.category === 'label' && imaginedAlternative(text, from, m)) return false;
  // "If you're a terrorist, I know you won't like the bill": a kind put to a hypothetical "you", no one named.
  if (m.entry.term?.category === 'label' && IF_YOU_ARE_A.test(text.slice(from, m.start))) return false;
  // "further violent clashes … are expected": a two-sided event only forecast, no sides named.
  if (onlyForecast(text, from, m)) return false;
  // "the former director of global counter-terrorism operations at British MI6": a post's title, no campaign named.
  if (POST_TERMS.has(m.entry.id) && POST_BEFORE.test(text.slice(from, m.start))) return false;
  // "it liberated Jews from taking … seriously": freed from a burden, no place taken.
  if (freedFromABurden(text, m)) return false;
  // "I am a consultant terrorist": the speaker's own persona. "If there were … terrorists": a class supposed.
  if (m.entry.term?.category === 'label' && SELF_LABEL_BEFORE.test(text.slice(Math.max(from, m.start - 80), m.start))) return false;
  if (m.entry.term?.category === 'label' && SUPPOSED_BEFORE.test(text.slice(Math.max(from, m.start - 160), m.start))) return false;
  const sense = book.terms.get(m.entry.id);
  if (!sense) return true;
  const to = Math.max(m.end, sentenceEnd(text, m.end));
  if (sense.fixed && overlapsMatchOf(sense.fixed, text, from, to, m.start, m.end)) return false;
  if (sense.unlessParagraph && hasCue(sense.unlessParagraph, blankOut(paragraphOf(text, m.start, m.end), m))) return false;
  // The term itself is no evidence of its own sense: "rebels" does not show that "rebels" is meant in war.
  const around = text.slice(from, m.start) + ' '.repeat(m.end - m.start) + text.slice(m.end, to);
  if (sense.unless) {
    // A heading says little by itself: the sentence under it tells an ordinary or settled sense ("The first genocide
    // of the 20th century" above "The genocide against the Herero and Nama…"). Read only for the ordinary sense, so a
    // heading gains no flag from the paragraph below it.
    const under = isHeading(text, from, to) ? text.slice(to, sentenceEnd(text, skipSpaces(text, to))) : '';
    if (hasCue(sense.unless, around + under) && !(sense.despite && hasCue(sense.despite, around + under))) return false;
  }
  if (!sense.needs || hasCue(sense.needs, around)) return true;
  const inSentence = (s: number) => s >= from && s < to && (s < m.start || s >= m.end);
  return (
    matches.some((o) => inSentence(o.start) && (sense.actors.has(o.entry.kind) || (sense.labels && o.entry.term?.category === 'label'))) ||
    (sense.sides && descriptors.some((d) => inSentence(d.start)))
  );
}

/** The block (between blank lines) the match stands in, with the text's offsets kept by its start. */
function paragraphOf(text: string, start: number, end: number): { text: string; from: number } {
  const open = text.lastIndexOf('\n\n', start);
  const close = text.indexOf('\n\n', end);
  const from = open < 0 ? 0 : open + 2;
  return { text: text.slice(from, close < 0 ? text.length : close), from };
}

/** The paragraph with the term itself blanked: the term is no evidence of its own sense. */
function blankOut(p: { text: string; from: number }, m: EntryMatch): string {
  const s = m.start - p.from;
  return p.text.slice(0, s) + ' '.repeat(m.end - m.start) + p.text.slice(s + m.end - m.start);
}

/** A heading: a short line of its own (a line break after it) with no closing stop. */
function isHeading(text: string, from: number, to: number): boolean {
  const line = text.slice(from, to).trim();
  if (line === '' || /[.!?:;,”"’')]$/u.test(line) || line.split(/\s+/).length > 12) return false;
  return /^[ \t]*(?:\n|$)/.test(text.slice(to, to + 4)) && (from === 0 || text[from - 1] === '\n');
}
