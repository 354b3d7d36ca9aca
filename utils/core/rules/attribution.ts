/**
 * Attribution verbs that comment on what they report ("claimed", "admitted", "insisted", "alleged", "purported",
 * "conceded") against the neutral "said". Only the verb forms listed as patterns match, so the noun "allegations"
 * never does. Left alone, because the word is not a verb of saying there or carries no doubt:
 *  - fixed phrases: "claimed responsibility/credit/victory/asylum/sovereignty", "claimed the lives of" (a casualty
 *    phrase, see agentless.ts), "as claimed" closing a proof or an argument (the text's own claim);
 *  - "claimed" of a plea or a legal protection: "claimed self-defense", "claimed insanity", "claimed diplomatic
 *    immunity", "claimed the Fifth" (the usual legal wording, which a plainer verb would not say);
 *  - "claimed" of an attack ("has claimed Wednesday's deadly bomb attack"): responsibility taken, unless a clause
 *    about the attack follows ("claimed the attack was staged", a statement); and "claimed" of a tie to an armed group
 *    of the glossary ("claimed to be members of al Qaeda in the Arabian Peninsula", "claimed allegiance to the Islamic
 *    State"), the routine wording of such a claim;
 *  - "claimed" of a claim to land or sea: "the region … is claimed by both in its entirety", "the waterway claimed
 *    almost entirely by Beijing" (the passive with "by", which a verb of saying hardly takes), "its claimed sections
 *    of the South China Sea", "claimed territory";
 *  - "admitted" in the passive or to an institution: "was admitted to intensive care", "admitted to the bar",
 *    "admitted to the federal Bureau of Prisons", "patients admitted to New York hospitals", or of someone taken into
 *    care ("forcibly admitted him to a psychiatric ward");
 *  - "admitted" of a formal admission in a legal case ("admitted it misled clients and agreed to pay $35 million in
 *    a settlement with regulators", "admitted the charges") or to officers questioning someone ("during the
 *    inspection, one of the occupants admitted to entering the country illegally", "admitted to police that he
 *    drove") or under cross-examination, which holds for "conceded" too ("he conceded under cross-examination
 *    that she had been cleared"), or a plea in a court report, told by the name-and-age formula of such reports ("Gareth Rigby, 43,
 *    admitted a single charge", "Daniel Robinson, 37, admitted possessing a hammer") or by the person's plea,
 *    conviction or sentence told in the sentence before, the verb's subject a pronoun ("Cohen … is serving a
 *    three-year prison sentence from campaign finance violations … He admitted arranging payments"): there the word is
 *    the precise legal one, and "said" would misreport it;
 *  - "insisted on", "insisted in confirming…", "insisted that the team cut…" (a demand, in the subjunctive) and "insisted that Gadhafi must
 *    leave" (a demand with "must" or "should"), not a statement; nor "insisted that he had 'nothing' to say" (a
 *    refusal to comment);
 *  - a verb that introduces a direct question: a question states nothing to doubt;
 *  - "conceded" of an election: "conceded defeat", "conceded the race", or with no object and no quotation in a
 *    sentence about candidates or a vote ("both candidates have alleged … fraud, and Abdullah hasn't conceded"), or
 *    to a rival named after it, with no "that" clause, in such a sentence ("Bevin conceded to Beshear last month after
 *    requesting … the results of the gubernatorial election"): a loser's acceptance of the result, no statement cast
 *    as reluctant;
 *  - "admitted" of letting people in ("the country had admitted more than 1.4 million Syrian refugees", "among the
 *    first admitted"), or to a place, an event or a right ("admitted to Trump's event", "admitted to the rights of
 *    suffrage", "admitted to membership");
 *  - "claimed" of taking a thing as one's own ("claimed it as their own", "claimed the idea for themselves"), or a
 *    person as one of one's own ("The Islamic State group claimed the attacker as one of its 'soldiers'", the claim of
 *    responsibility in other words), or of winning a prize ("claimed the title", "claimed a bronze medal");
 *  - a verb after a modal ("would then have claimed", "could have admitted"): a hypothetical reports no statement;
 *  - "alleged"/"allegedly" before an accusation against someone ("allegedly shot", "the alleged gunman", "alleged
 *    involvement"): the hedge news style requires for an accusation not yet decided; it comments only as a verb of
 *    saying or before a disputed event of war (see ALLEGED_EVENT), and not even as a verb of saying in a legal case
 *    ("prosecutors alleged that…", "the lawsuit alleged that…"), where the accuser is named and a court is to decide,
 *    nor of a report's or an inquiry's findings ("the report alleged that in four cases…") or of an accusation
 *    against a named person ("Khan also alleged that Munir was behind the crackdown") or of a crime done to the
 *    accuser ("Mr. Posobiec … alleged that he was assaulted"): the accuser is named, the accusation is not yet
 *    decided, and "alleged" is the verb style guides ask for. An attack "allegedly planned" or plotted is a charge
 *    against its planner, not an event of war ("Arrested Coast Guard Officer Allegedly Planned Attack"). An "alleged
 *    incident" is an event of war only in a sentence about armed conflict; elsewhere ("investigated for alleged
 *    incidents involving agents") it is an accusation under investigation, and "alleged" the hedge.
 * Each kept occurrence gets a note for its own word, true of that occurrence: "purported" and "alleged" qualify
 * material or an accusation as unproven, which is not the same as a verb of saying against "said".
 */
import { livesAfter } from './casualty-phrases';
import type { Candidate, Rule, RuleContext } from './rule';
import { PRIORITY_PATTERN, matchesOf } from './rule';
import { hasCue, senses } from '../senses';
import { previousSentenceStart, sentenceEnd, sentenceStart } from './words';

const NOT_DOUBT: readonly { stem: RegExp; after: RegExp }[] = [
  {
    stem: /^claim/i,
    after:
      /\s+(?:(?:full\s+|the\s+)?responsibility|(?:the\s+)?credit|(?:a\s+|the\s+)?victory|asylum|benefits?|refunds?|compensation|damages|sovereignty|ownership|jurisdiction|(?:the\s+|a\s+|his\s+|her\s+|their\s+|its\s+)?(?:title|crown|throne|prize|seat|record|gold|medal|trophy|win|spot|place|top\s+spot)\b)/iy,
  },
  // "claimed self-defense", "claimed insanity", "claimed diplomatic immunity", "claimed the Fifth": the usual words of a
  // plea or a legal protection invoked, with no plainer verb to set them against; not "claimed self-defense was…".
  {
    stem: /^claim/i,
    after:
      /\s+(?:self-defen[cs]e|(?:temporary\s+)?insanity|diminished\s+responsibility|(?:diplomatic\s+|legal\s+|sovereign\s+|parliamentary\s+|qualified\s+)?immunity|(?:the\s+)?fifth(?:\s+amendment)?|(?:executive\s+|attorney-client\s+|spousal\s+)?privilege|refugee\s+status)(?![a-z-])(?!\s+(?:was|were|is|are|had|has|would|will|could|did|does)(?![a-z]))/iy,
  },
  // "has claimed Wednesday's deadly bomb attack": responsibility for an attack, not a statement (unless a clause
  // about the attack follows: "claimed the attack was staged").
  {
    stem: /^claim/i,
    after:
      /\s+(?:(?:the|a|an|this|that|these|those|its|their|[\p{L}.-]+['’]s?)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:attacks?|bombings?|assassinations?|killings?|kidnappings?|abductions?|blasts?|explosions?|raids?|ambush(?:es)?|shootings?|hijackings?|beheadings?|massacres?)\b(?!\s+(?:was|were|is|are|had|has|have|never|did|came|happened|took)\b)/iuy,
  },
  {
    stem: /^admit/i,
    after:
      /\s+(?:to|into)\s+(?:a\s+|an\s+|the\s+)?(?:local\s+|federal\s+|state\s+|nearby\s+)?(?:hospitals?|clinics?|intensive\s+care|icu|emergency|er\b|wards?|care|school|university|college|bar|programs?|programmes?|prisons?|jail|bureau\s+of\s+prisons|custody|facility|membership|the\s+union|nato|the\s+eu|club|party)\b/iy,
  },
  // "insisted on a recount"; "insisted in confirming the results" (a demand, as a translation may word it), but not
  // where the word in -ing is a noun: "insisted in writing", "in a morning briefing".
  {
    stem: /^insist/i,
    after: /\s+(?:on|upon|in\s+(?!(?:writing|morning|evening|meeting|hearing|briefing|ruling|filing|building|spring|something|nothing)(?![\p{L}]))\p{L}+ing)(?![\p{L}])/iuy,
  },
  // "insisted that he had 'nothing' to say": holding to a refusal to comment, no statement to doubt.
  {
    stem: /^insist/i,
    after: /\s+(?:that\s+)?(?:he|she|they|we|it|I)\s+(?:had|has|have|would\s+have)\s+(?:["“'‘]?nothing["”'’]?\s+(?:more\s+|further\s+)?to\s+(?:say|add)|no\s+(?:further\s+)?comment)\b/iuy,
  },
];

/**
 * "admitted to New York hospitals", "admitted to Mount Sinai Hospital": a care institution after a place's or its own
 * name (capitalised words, so "admitted to reporters that the hospital…" is not read as one).
 */
/** Care institutions, capitalised or not, for the expressions below that read where someone was admitted. */
const CARE_PLACE = String.raw`[Hh]ospitals?|[Cc]linics?|[Mm]edical\s+[Cc]ent(?:er|re)s?|[Ii]nfirmary|[Ww]ards?`;
const ADMITTED_TO_NAMED_PLACE = new RegExp(
  String.raw`\s+(?:to|into)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:${CARE_PLACE}|[Pp]risons?|[Jj]ail|[Uu]niversity|[Cc]ollege|[Ss]chool)(?![\p{L}])`,
  'uy',
);
/**
 * "forcibly admitted him to a psychiatric ward", "doctors admitted the boy to intensive care": a person taken into
 * care, the object between the verb and the place (a pronoun, a person's noun after a determiner, or a capitalised
 * name), not a confession; "admitted it to hospital officials", "admitted them to the hospital staff" and
 * "admitted lying to the hospital board" are not read so. ASCII classes and spelled capitals, no case-insensitive Unicode class.
 */
const ADMITTED_PERSON_TO_CARE = new RegExp(
  String.raw`\s+(?:him|her|them|me|us|(?:the|a|an|his|her|their|its|our)\s+(?:[a-z-]+\s+)?(?:patients?|m[ae]n|wom[ae]n|boys?|girls?|child|children|bab(?:y|ies)|infants?|sons?|daughters?|mother|father|wife|husband|officers?|veterans?|teenagers?|students?|inmates?|prisoners?|detainees?|victims?)|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})\s+(?:to|into)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[a-z-]+\s+|[A-Z][a-z'’.-]*\s+){0,3}?(?:${CARE_PLACE}|[Ii]nstitutions?|[Aa]sylums?|[Ss]anatori(?:um|a)|[Hh]ospices?|[Ff]acilit(?:y|ies)|[Uu]nits?|ICU|intensive\s+care|(?:nursing|care)\s+homes?|rehab(?:ilitation)?)(?![A-Za-z])(?!\s+(?:staff|board|officials?|administrators?|executives?|directors?|spokes(?:man|woman|person)|managers?|workers?|employees?|doctors?|nurses?|chiefs?|authorities)(?![A-Za-z]))`,
  'y',
);
/**
 * "admitted to Trump's event", "admitted to the rights of suffrage", "admitted to membership": let in to a place or an
 * event, or granted a right or a standing; a confession takes an act instead ("admitted to lying", "admitted to the
 * affair", "admitted to reporters"), or a "that" clause ("admitted to the chamber that the figures were wrong").
 */
const ADMITTED_TO_PLACE_OR_RIGHT =
  /\s+(?:to|into)\s+(?:(?:the|a|an|his|her|their|its|our)\s+|\p{Lu}[\p{L}.'’-]*['’]s\s+)?(?:[\p{L}-]+\s+)?(?:events?|rall(?:y|ies)|venues?|halls?|arenas?|stadiums?|auditoriums?|chambers?|galler(?:y|ies)|concerts?|ceremon(?:y|ies)|conventions?|screenings?|premieres?|courses?|programs?|programmes?|academ(?:y|ies)|bar|rights?|privileges?|franchise|suffrage|membership|citizenship|fellowship|priesthood|union|country)(?![\p{L}'’])(?!\s*,?\s+that(?![\p{L}]))/iuy;
/** "among the first admitted": the first people let in, never a confession. */
const LET_IN_FIRST = /(?:^|[^\p{L}])the\s+(?:first|last|few)\s+(?:\d+\s+)?(?:(?:people|ones|guests|fans|visitors)\s+)?(?:to\s+be\s+)?$/iu;
/**
 * "the number of Asian Americans admitted", "the share of applicants admitted each year": a count of people let in,
 * with nothing confessed after the verb (no "that", no object); "the number of officials admitted that…" still reads
 * as an admission.
 */
const LET_IN_COUNT = /(?:^|[^A-Za-z])the\s+(?:number|share|proportion|percentage|count|total)\s+of\s+(?:[A-Za-z-]+\s+){1,3}$/i;
const NOTHING_CONFESSED_AFTER = /\s*(?:$|[.,;:!?)]|\s(?:to|into|each|every|this|last|per|in|at|from|under|since|by|annually)\b)/iy;
/** "Both men claimed nine victims": a count of the dead after "claimed", a death toll, not a statement. */
const VICTIMS_AFTER =
  /\s+(?:(?:more\s+than|at\s+least|nearly|almost|about|some|over)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)\s+(?:of\s+)?(?:victims|lives)(?![A-Za-z])/iy;
/** "the territory ISIL has claimed", "the land the rebels have claimed": land taken and held, not a statement. */
const HELD_LAND_BEFORE =
  /(?:^|[^A-Za-z])(?:territory|territories|land|lands|ground|towns?|cities|villages?|regions?|areas?)\s+(?:(?:that|which)\s+)?(?:the\s+)?(?:[A-Za-z][\w.'’-]*\s+){1,3}(?:has|have|had)\s+$/;
/** "was admitted", "were admitted", "being admitted": the passive of letting in, never a confession. */
const PASSIVE_BEFORE = /(?:^|[^\p{L}])(?:was|were|is|are|been|being|be|get|got|gets)\s+(?:\p{L}+ly\s+)?$/iu;
/**
 * "insisted that Gadhafi must leave", "insisted that the talks should resume": a demand told with "must" or "should"
 * (not "must have", which states a conclusion).
 */
const DEMAND_MODAL_AFTER = /\s+that\s+(?:[^\s.;:!?]+\s+){1,5}?(?:must|should)\s+(?!have\b)(?:not\s+)?\p{L}/iuy;
/** "insisted that the team cut": a singular subject with a bare verb, the subjunctive of a demand. */
const DEMAND_AFTER =
  /\s+that\s+(?:(?:he|she|it|(?:the|a|an|his|her|its|their|our|every|each)\s+(?:[\p{L}-]+\s+)?\p{L}+(?<!s))\s+(?:\p{L}+ly\s+)?(?:(?:not\s+)?(?:be|cut|stop|leave|remain|go|take|make|pay|return|resign|withdraw|apologi[sz]e|step|drop|end|give|keep|get|use|stay|move|accept|include|allow|play|start|change|sign|hire|fire|release)\b)|\S+(?:\s+\S+){0,4}?\s+be\b)/iuy;
/** Words of a legal case in the sentence: an admission there is a formal one (a plea, a settlement), not a confession read into a statement. */
const LEGAL_CASE =
  /(?<![\p{L}])(?:settle(?:d|ment|ments)?|plea|pleaded|pleads|guilty|wrongdoing|liability|indictment|charges|(?:a|the|one|single)\s+charge|counts?\s+of|prosecutors?|regulators?|court|judge|jury|sentenced|convicted|jailed|imprisoned)(?![\p{L}])/iu;
/**
 * Officers questioning someone: an admission made to them is a formal one too ("during the inspection, … admitted
 * to"). Testimony to lawmakers is not among them: a concession there is still one ("admitted in testimony before
 * Congress that his ideology was flawed").
 */
/** "conceded defeat", "conceded the election", "conceded the race to Ghani": an election's loss accepted. */
const CONCEDED_CONTEST = /\s+(?:(?:the|his|her|their|its)\s+)?(?:defeat|election|race|victory|nomination|primary|contest|runoff|run-off)(?![\p{L}])/iuy;
/** "conceded" with nothing after it but the sentence's end or a new clause: no object, no statement. */
const CONCEDED_ALONE = /\s*(?:[.;!?]|$|,?\s+(?:and|but|yet|so|as|after|before|until|despite|even)\s)/iuy;
/** Words that put the sentence in an election; a quotation mark puts a statement beside the verb. */
const ELECTION_WORDS = /(?<![\p{L}])(?:elections?|electoral|candidates?|votes?|voters?|voting|ballots?|polls?|runoff|run-off|race|recount|primary)(?![\p{L}])/iu;
const QUOTE_MARK = /["“”]/u;

/**
 * "conceded to Beshear", "conceded to Scott Stringer": a rival named after "to" (capitalised words), so "conceded to
 * reporters" is not read so. Case sensitive, no case-insensitive Unicode class.
 */
const CONCEDED_TO_NAMED = /\s+to\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/uy;
/** A "that" clause after the rival named: a statement made to someone ("conceded to Fox News that the bill had flaws"). */
const THAT_CLAUSE = /(?<![\p{L}])that(?![\p{L}])/u;

/** "conceded" of an election's result: a loss accepted, no statement. */
function concededContest(text: string, sentence: string, end: number): boolean {
  if (test(CONCEDED_CONTEST, text, end)) return true;
  if (!ELECTION_WORDS.test(sentence) || QUOTE_MARK.test(sentence)) return false;
  if (test(CONCEDED_ALONE, text, end)) return true;
  CONCEDED_TO_NAMED.lastIndex = end;
  return CONCEDED_TO_NAMED.test(text) && !THAT_CLAUSE.test(text.slice(CONCEDED_TO_NAMED.lastIndex, sentenceEnd(text, end)));
}

const QUESTIONED =
  /(?<![\p{L}])(?:inspection|interrogat(?:ion|ed)|cross-examin(?:ation|ed)|police\s+questioning|questioning\s+by\s+(?:the\s+)?(?:police|officers|detectives)|to\s+(?:the\s+)?(?:police|officers|detectives|investigators|(?:border|customs|federal)\s+agents))(?![\p{L}])/iu;

/** "Gareth Rigby, 43, admitted …": a name and an age between commas, the formula of a court report's plea. */
const NAME_AND_AGE = /\p{Lu}[\p{L}'’-]+,\s+\d{1,3},\s+(?:\p{L}+ly\s+|also\s+)?$/u;
/**
 * A person's plea, conviction or sentence: told in the sentence before "He admitted …", it makes the admission the
 * plea's. Narrower than LEGAL_CASE (no "court", "judge" or "prosecutors", which a concession about a ruling may
 * follow). Lower case, so no case-insensitive Unicode class.
 */
const PLEA_TOLD =
  /(?<![\p{L}])(?:pleaded|pleads|guilty|convicted|sentenced|jailed|imprisoned|(?:prison|jail)\s+(?:sentence|term)|serving\s+(?:a|an|his|her|their)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:sentence|term))(?![\p{L}])/u;
/** "He admitted", "she later admitted": a pronoun subject, the person of the sentence before. */
const PRONOUN_SUBJECT = /(?:^|[^\p{L}])(?:He|She|he|she|They|they)\s+(?:(?:also|later|previously|earlier|has|had|have)\s+)?$/u;

/** Whether the sentence before the one holding `start` tells the plea, conviction or sentence of the pronoun's person. */
function pleaToldBefore(text: string, before: string, start: number): boolean {
  if (!PRONOUN_SUBJECT.test(before)) return false;
  const from = sentenceStart(text, start);
  const prev = previousSentenceStart(text, from);
  return prev < from && PLEA_TOLD.test(text.slice(prev, from));
}

/** "admitted more than 1.4 million Syrian refugees": a number of people let in, never a confession. */
const ADMITTED_PEOPLE =
  /\s+(?:(?:more|fewer|less)\s+than\s+|about\s+|some\s+|over\s+|nearly\s+|almost\s+|around\s+|roughly\s+|up\s+to\s+|only\s+|just\s+)?(?:\d[\d.,]*(?:\s+(?:million|thousand|hundred|billion))?|(?:a|one|two|three|four|five|half\s+a)\s+(?:million|thousand|hundred)|hundreds|thousands|millions|tens\s+of\s+thousands|dozens)\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}?(?:refugees|migrants|immigrants|asylum[-\s]seekers|people|persons|students|pupils|patients|applicants|children|members|visitors|newcomers|families|women|men)(?![\p{L}])/iuy;
/** "would then have claimed", "could have admitted": a modal before the verb, a hypothetical statement. */
const MODAL_BEFORE = /(?:^|[^\p{L}])(?:would|could|might|should|may|must)(?:\s+(?:then|not|never|also|surely|probably|certainly))?\s+have\s+$/iu;
/** Words of a criminal or civil case: "alleged" there is the accuser's charge, named, before a court decides. */
const LEGAL_ACCUSATION =
  /(?<![\p{L}])(?:prosecutors?|indictment|indicted|lawsuits?|suit|plaintiffs?|grand\s+jury|charging\s+documents?|court\s+(?:filings?|papers|documents)|criminal\s+complaint|attorneys?\s+general|district\s+attorney)(?![\p{L}])/iu;

/** "as claimed" closing a clause: the claim the text itself made ("so AAH = AHA, as claimed"). */
const OWN_CLAIM = /(?:^|[^\p{L}])as\s+$/iu;
/** "is claimed by both", "claimed almost entirely by Beijing": the passive of claiming land or sea. */
const CLAIMED_BY = /\s+(?:(?:almost|nearly|largely|mostly|partly|partially|wholly|entirely|fully|also|in\s+full|in\s+(?:its|their)\s+entirety)\s+)*by(?![\p{L}])/iuy;
/** "claimed territory", "claimed waters": land or sea claimed, whatever stands before. */
const CLAIMED_LAND =
  /\s+(?:territor(?:y|ies)|waters|islands?|islets?|reefs?|shoals?|airspace)(?![\p{L}])/iuy;
/** "claimed it as their own", "claimed the idea for themselves": took a thing as one's own, no statement. */
const CLAIMED_AS_OWN =
  /\s+(?:it|them|this|that|(?:the|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:as\s+(?:their|his|her|its|our|my|your)\s+own|for\s+(?:themselves|himself|herself|itself|ourselves|myself))(?![\p{L}])/iuy;
/**
 * "claimed the attacker as one of its soldiers", "claimed him as their member": a group taking a person as one of its
 * own, which "said" cannot replace ("said the attacker as…"). Plain ASCII classes: the words are English and few.
 */
const CLAIMED_AS_ONE_OF =
  /\s+(?:him|her|them|(?:the|a|an|this|that|these|those)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+as\s+(?:(?:one|some|two|three|four)\s+of\s+)?(?:its|their|his|her|our)\s+/iy;
/** "claimed the title", "claimed a bronze medal": won a prize, no statement (not "claimed the medal was fake"). */
const CLAIMED_PRIZE =
  /\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:titles?|crowns?|troph(?:y|ies)|prizes?|championships?|medals?|pennant|throne|jackpot)(?![\p{L}])(?!\s+(?:of|was|were|is|are|had|has|would|will|could|belonged)(?![\p{L}]))/iuy;
/** "its claimed sections of the sea", "China's claimed areas": parts of a place claimed, after a determiner (so "he claimed parts of the story…" is a statement). */
const CLAIMED_PART = /\s+(?:sections?|parts?|areas?|zones?|regions?|lands?|seas?|borders?|boundar(?:y|ies))(?![\p{L}])/iuy;
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:its|their|his|her|our|the|\p{Lu}\p{L}*['’]s)\s+$/u;
/** "the report alleged", "the inquiry alleged": the accuser is a document of findings. */
const FINDINGS_BEFORE =
  /(?:^|[^\p{L}])(?:report|reports|investigation|inquiry|probe|audit|complaint|dossier|findings|study)\s+(?:also\s+|further\s+)?$/iu;
/** "alleged that Munir was behind…": an accusation against someone named by a capitalised name. */
const AGAINST_NAMED = /\s+that\s+(\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:had\s+|was\s+|were\s+|is\s+|has\s+)?\p{Ll}/uy;
/**
 * "alleged that he was assaulted": a person's accusation of a crime done to him (the accuser is the one who says it,
 * the assailant is yet to be found or tried). One person's pronoun, and crimes against a person, not acts of war.
 */
const DONE_TO_ACCUSER =
  /\s+that\s+(?:he|she|I)\s+(?:was|had\s+been|has\s+been)\s+(?:(?:\p{L}+ly|also|repeatedly)\s+)?(?:assaulted|beaten|raped|abused|harassed|threatened|robbed|stabbed|punched|kicked|groped|molested|stalked|mugged|mistreated|spat\s+on|discriminated\s+against|defrauded|drugged|choked|strangled)(?![\p{L}])/iuy;
const OWN_CLAIM_END = /\s*(?:[.;:!?)]|$)/y;

/**
 * Where "alleged" comments rather than hedges: as a verb of saying ("the ministry alleged that…") and before an
 * event of war that one side reports and the other denies ("the alleged attack", "the alleged chemical attack").
 * Before an accusation against a person ("allegedly shot", "alleged involvement", "alleged breaches") it is the hedge
 * style guides require until a court or an inquiry decides, and it is left alone.
 */
const ALLEGED_EVENT =
  /\s+(?:[\p{L}-]+\s+)?(?:attacks?|strikes?|airstrikes?|air\s+strikes?|massacres?|bombings?|bombardment|shelling|chemical|gas|atrocit(?:y|ies)|genocide|ethnic\s+cleansing|ceasefire\s+violations?)\b/iuy;
/**
 * "Coast Guard Officer Allegedly Planned Attack", "the alleged plotted bombing": a plan or plot charged against
 * someone, not an event one side reports and the other denies; nothing happened to dispute, and "allegedly" is the
 * hedge for the charge. The verb sits where ALLEGED_EVENT takes a qualifier ("alleged chemical attack").
 */
const ALLEGED_PLOT = /\s+(?:plann(?:ed|ing)|plans|plott(?:ed|ing)|plots|conspired|conspiring)\s/iy;
/**
 * "the alleged incident": an event of war only where the sentence is about one (a word of armed conflict there); else
 * the incident is an accusation under investigation ("programs being investigated for alleged incidents involving
 * agents", "the alleged incident was reported in this week's issue"), where "alleged" is the hedge.
 */
const ALLEGED_INCIDENT = /\s+(?:[\p{L}-]+\s+)?incidents?\b/iuy;
const ALLEGED_SAYING = /\s+(?:that\b|in\s+(?:a|an|its|his|her|their)\s+(?:statement|complaint|letter|lawsuit|report)\b|[,.;:])/iuy;

/** A verb that introduces a direct question ("insisted, “you stole that coat, didn’t you?”") reports no claim. */
const QUESTION_AFTER = /[,:]?\s*[“"«][^”"»\n]{1,200}\?[”"»]/y;

const NOTES: Readonly<Record<string, string>> = {
  claim: 'where the neutral verb is "said": it can suggest the statement is doubtful or self-serving.',
  admit: 'where the neutral verb is "said": it can suggest the speaker confessed something damaging.',
  insist: 'where the neutral verb is "said": it can suggest the speaker holds to the statement against doubt.',
  concede: 'where the neutral verb is "said": it can suggest a reluctant admission.',
  allege:
    'marks the point as asserted but not proven. Style guides want it for an accusation not yet decided, with the accuser named; for an event known to have happened, or for one side’s accusations only, it casts doubt.',
  purport: 'marks the material as unverified. Style guides accept that where it cannot be checked, and warn that it can imply the thing is false.',
};

export const attribution: Rule = {
  id: 'attribution',
  triggers: [],
  apply(ctx) {
    const found: Candidate[] = [];
    for (const m of matchesOf(ctx, 'attribution')) {
      const verb = ctx.text.slice(m.start, m.end);
      if (notAStatement(ctx.text, verb, m.start, m.end) || allegianceClaimed(ctx, verb, m.end)) continue;
      const stem = Object.keys(NOTES).find((s) => verb.toLowerCase().startsWith(s));
      found.push({
        entryId: m.entry.id,
        start: m.start,
        end: m.end,
        flag: 'framing',
        source: 'attribution',
        note: `"${verb}" ${stem ? NOTES[stem] : NOTES.claim}`,
        priority: PRIORITY_PATTERN,
      });
    }
    return found;
  },
};

/**
 * "claimed to be members of al Qaeda in the Arabian Peninsula", "claimed allegiance to the Islamic State", "claimed to
 * belong to": attackers' claim of a tie to an armed group, the routine wording of such a claim as "claimed
 * responsibility" is of the attack itself; the doubt is the claim's own, not one the writer adds. Only before a
 * glossary group: "claimed to be a member of the Navy SEALs" or "claimed to be members of the club" still flag. ASCII
 * classes.
 */
const ALLEGIANCE_AFTER =
  /\s+(?:allegiance\s+to|membership\s+(?:of|in)|to\s+(?:be|have\s+been)\s+(?:an?\s+)?(?:members?|part|fighters?)\s+of|to\s+belong\s+to|to\s+be\s+acting\s+(?:for|on\s+behalf\s+of))\s+(?:the\s+)?/iy;

function allegianceClaimed(ctx: RuleContext, verb: string, end: number): boolean {
  if (!/^claim/i.test(verb)) return false;
  ALLEGIANCE_AFTER.lastIndex = end;
  if (!ALLEGIANCE_AFTER.test(ctx.text)) return false;
  return ctx.matchStartingAt(ALLEGIANCE_AFTER.lastIndex)?.entry.kind === 'group';
}

function test(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** "admitted" in the passive, of a formal admission, or of letting people or patients in, or taking someone into care. */
function admittedNotConfessed(text: string, before: string, sentence: string, end: number): boolean {
  return (
    PASSIVE_BEFORE.test(before) ||
    NAME_AND_AGE.test(before) ||
    LEGAL_CASE.test(sentence) ||
    QUESTIONED.test(sentence) ||
    test(ADMITTED_PEOPLE, text, end) ||
    test(ADMITTED_TO_NAMED_PLACE, text, end) ||
    test(ADMITTED_PERSON_TO_CARE, text, end) ||
    test(ADMITTED_TO_PLACE_OR_RIGHT, text, end) ||
    LET_IN_FIRST.test(before) ||
    (LET_IN_COUNT.test(before) && test(NOTHING_CONFESSED_AFTER, text, end))
  );
}

/** An accusation whose accuser is a legal case or a document of findings, or whose target is a named person. */
function accusationNamed(text: string, before: string, sentence: string, end: number): boolean {
  if (LEGAL_ACCUSATION.test(sentence) || FINDINGS_BEFORE.test(before) || test(DONE_TO_ACCUSER, text, end)) return true;
  AGAINST_NAMED.lastIndex = end;
  const named = AGAINST_NAMED.exec(text);
  return named !== null && !senses().nations.has(named[1]!) && !/^(?:The|This|That|These|Those|It|In|On|At|A|An)$/.test(named[1]!);
}

/**
 * "alleged" before an event of war: an attack, a massacre…, or an incident in a sentence about armed conflict; not an
 * attack only planned or plotted, which is a charge against someone.
 */
function allegedEventOfWar(text: string, sentence: string, start: number, end: number): boolean {
  if (test(ALLEGED_EVENT, text, end)) return !test(ALLEGED_PLOT, text, end);
  if (!test(ALLEGED_INCIDENT, text, end)) return false;
  const from = sentenceStart(text, start);
  const without = sentence.slice(0, start - from) + sentence.slice(end - from);
  return hasCue(senses().armedConflict, without);
}

function notAStatement(text: string, verb: string, start: number, end: number): boolean {
  const lower = verb.toLowerCase();
  const before = text.slice(Math.max(0, start - 40), start);
  if (lower.startsWith('claim')) {
    if (livesAfter(text, end) >= 0 || test(VICTIMS_AFTER, text, end) || HELD_LAND_BEFORE.test(before)) return true;
    if (OWN_CLAIM.test(before) && test(OWN_CLAIM_END, text, end)) return true;
    if ((!OWN_CLAIM.test(before) && test(CLAIMED_BY, text, end)) || test(CLAIMED_LAND, text, end)) return true;
    if (DETERMINER_BEFORE.test(before) && test(CLAIMED_PART, text, end)) return true;
    if (test(CLAIMED_AS_OWN, text, end) || test(CLAIMED_AS_ONE_OF, text, end) || test(CLAIMED_PRIZE, text, end)) return true;
  }
  const sentence = text.slice(sentenceStart(text, start), Math.max(end, sentenceEnd(text, end)));
  if (MODAL_BEFORE.test(before)) return true;
  if (lower.startsWith('admit') && (admittedNotConfessed(text, before, sentence, end) || pleaToldBefore(text, before, start))) return true;
  if (lower.startsWith('conced') && (QUESTIONED.test(sentence) || concededContest(text, sentence, end))) return true;
  if (lower.startsWith('insist') && (test(DEMAND_AFTER, text, end) || test(DEMAND_MODAL_AFTER, text, end))) return true;
  if (test(QUESTION_AFTER, text, end)) return true;
  if (lower.startsWith('alleg') && !allegedEventOfWar(text, sentence, start, end) && (!test(ALLEGED_SAYING, text, end) || accusationNamed(text, before, sentence, end))) {
    return true;
  }
  return NOT_DOUBT.some(({ stem, after }) => stem.test(verb) && test(after, text, end));
}
