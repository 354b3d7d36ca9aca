/**
 * Agentless casualties: deaths reported without saying who caused them, a framing note on who is left unnamed.
 *  - passive "killed" after "was/were/been" (an adverb may stand between: "were also killed"); "being killed" and
 *    "be killed" are hypothetical and left alone; active "X killed Y" names its agent;
 *  - "died", when the subject is a number or a plural ("12 people died", "civilians died"), and not a natural death
 *    ("died aged 82", "died of cancer");
 *  - "has claimed the lives of…", "claimed more than 400,000 lives", "lost their lives".
 * An agent is stated by "by …" shortly after the verb, or by a clause naming an actor, a label or a side descriptor
 * ("as army units targeted…"). For "claimed … lives" the agent would be the subject, so the sentence before the verb
 * is read instead: "The conflict in Syria … has claimed the lives of…" names no actor, so it is flagged (the war
 * is made the killer), unless the sentence names both sides ("shelling by both sides in the conflict which has claimed
 * almost 2,600 lives"): there is no single agent to name. Sources (people, NGOs, outlets, international bodies) are not
 * agents.
 * Not casualties without an agent, so left alone:
 *  - negation and hypotheticals: "no one was killed", "could have been killed", "if they were killed"; and what a
 *    law requires to be proved, of an indefinite "someone" ("manslaughter, in which prosecutors have to show someone
 *    was killed because of recklessness"): a definition, no death reported;
 *  - an agent named just before: "A gunman opened fire on Sunday. Five people were killed." (an actor, a label, a
 *    side descriptor, an attacker noun or a country with a verb of attack, in the sentence before or earlier in this
 *    one: "India attacked six locations, killing eight people. He said five civilians were killed in Ahmedpur East"),
 *    or a bombing told killing ("suicide bombs detonated outside the embassy, killing nearly two dozen people. … at
 *    least 23 people were killed") or pointed back to ("a pair of bombs ripped through neighborhoods … At least 27
 *    people died in that attack"), or attackers who "staged" or "carried out" the attacks ("suspected rebels staged two
 *    grenade attacks. … killed … in one of the blasts");
 *  - a claim of responsibility by an actor, in the sentence or the one before ("four Americans were killed … and
 *    Islamic State's claim of responsibility"); "no group has claimed responsibility" names nobody;
 *  - an agent named in the attack the sentence tells after the verb: "killed in the Pakistani firing", "killed in the
 *    Indian strikes and shelling", "killed … because of the shelling by the Indian force", "killed … in a Taliban
 *    militant attack", "killed in militant attacks", "killed in a police shootout" (a country, an actor, a label, a
 *    descriptor or a force — police, army, military — in the two words before a word of attack, or a word of attack
 *    followed by "by"), or told by the clause after it whose subject does the violence ("killed when a white
 *    supremacist drove into a crowd", "when a man drove a truck into a market"), or told with its attackers in a
 *    clause of its own ("killed … in a terror incident in London in which three male attackers were shot dead"; "14
 *    were killed in San Bernardino, Calif., in which a married Muslim couple …", the place first), or a raid or a
 *    shootout whose force the next lines name ("Was Killed In Raid, French Authorities Say" above "killed during a
 *    violent police raid conducted by French authorities");
 *  - natural and disease deaths: "died at his home", "died of Ebola", "the pandemic has claimed the lives of" (a
 *    disease as the subject), a tally in a sentence about an outbreak, deaths
 *    in an earthquake, a storm, a crash, a "disaster" (not a humanitarian one), a building's collapse, a crowd crush
 *    or a building on fire ("those who died were unable to escape as
 *    only one emergency exit was available"), told in the same sentence or in the one before (no attack told there);
 *  - "died with him": a chance or a secret that ended with someone's death, not a count of the dead;
 *  - deaths in fighting between sides, told in the same sentence or the one before (however many blank lines stand
 *    between): "killed in the fighting",
 *    "in clashes", "caught in the crossfire", "when Indian and Pakistani soldiers exchanged mortar and gunfire",
 *    "a five-hour standoff with security forces", "a gun battle with police",
 *    "from artillery exchanges": there is no single agent to name (a tally such as "2,500 civilians have been killed
 *    in the fighting, according to the United Nations" counts every side's dead);
 *  - a definition's threshold: "mass killings, in which four or more people were killed", "all killings in which four
 *    or more people died": a count of "N or more" in a relative clause after "killings", "shootings", "incidents" or
 *    "events" says which events a tally counts, it reports none;
 *  - "died" in a relative clause of a mass attack it names: "the March 15 shootings at two mosques in … Christchurch in
 *    which 50 died", "the 2017 bombing in Manchester, in which 22 people died": the attack is the deaths' cause, told
 *    as the clause's antecedent, as "At least 27 people died in that attack" after the bombs; not shelling or strikes,
 *    where which side fired is the question ("the shelling of the town, in which 50 died" still flags), nor "killed";
 *  - victims named as the object of mourning, the verb closing their relative clause: "condolences to the relatives of
 *    the two people who were killed and …", "entrust to the Lord all those who were tragically killed", "asking for
 *    remembrance of the six who died", "in memory of the 17 students who died in Parkland, Florida" (a place alone may
 *    follow): the words point back to deaths the article reports, to mourn them, and tell no event whose agent is left
 *    out; a cause after the verb is a report and keeps the flag ("mourn the three children and three adults who were
 *    killed in a shooting at a Christian school");
 *  - "died" closing its clause right after a sentence that tells a killing or a mass attack ("the killing continued.
 *    Except that tens of thousands more have died", "Guards … repelled an attack … Two employees died", "a 66-day
 *    killing spree … More than 4,500 people died"): the deaths are that violence's outcome, its cause told, as "died in
 *    that attack"; not shelling or strikes, where which side fired is the question, nor "died" with a cause of its own
 *    after it ("1,500 people died in the violence"), nor "killed", whose note is about the agent;
 *  - a rate in the deaths' own clause: "4X as many kids were killed per year back then", "died each year", "a year",
 *    "annually": a statistic of deaths per period tells no event whose agent is left out;
 *  - "died" whose own clause has no number or plural subject ("since 1968, when my grandfather died": a year is not
 *    a count), or whose verb is in the singular ("Channel surfing has died");
 *  - "died" of legislation or a political effort ("when efforts died in the Senate", "the bills died"), or "died in"
 *    a legislature or a committee: a measure that failed, the figurative sense; nobody died.
 */
import type { Entry } from '../../glossary/schema';
import { livesAfter } from './casualty-phrases';
import type { Candidate, Rule, RuleContext } from './rule';
import { PRIORITY_COMPOUND, PRIORITY_PATTERN, entriesOf, matchesOf } from './rule';
import { senses } from '../senses';
import { hasDemonymEnding, previousSentenceStart, sentenceEnd, sentenceStart } from './words';

const GENERIC_ID = 'term-agentless-casualties';
const KILLED_ID = 'term-killed';
const DIED_ID = 'term-died';

const AGENT_KINDS: ReadonlySet<Entry['kind']> = new Set(['group', 'party', 'state-body', 'security-force']);

const PASSIVE_BEFORE = /(?:^|[^\p{L}])((?:was|were|been)\s+(?:(?:\p{L}+ly|also|all|both|then|later|just)\s+)?)$/iu;
const PERFECT_BEFORE = /(?:^|[^\p{L}])((?:has|have|had)\s+)$/iu;
const NUMBER_BEFORE =
  /(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores?|hundreds|thousands|several|many))(?:\s+[^\s.;:!?]+){0,4}\s+$/iu;
const PLURAL_BEFORE = /\p{L}{2,}s\s+(?:(?:have|had|also|all|both|later|\p{L}+ly)\s+)*$/iu;
/** "John Capes": a capitalised word in -s after a capitalised word that is no demonym is a surname, not a plural
 * ("Syrian Kurds", "Israeli Jews" stay plural). */
const CAPITALISED_PAIR_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]*)\s+\p{Lu}\p{L}+s\s+(?:(?:have|had|also|all|both|later|\p{L}+ly)\s+)*$/u;

/** Whether the words before "died" end in a plural subject. */
function pluralSubject(subject: string): boolean {
  if (!PLURAL_BEFORE.test(subject)) return false;
  const pair = CAPITALISED_PAIR_BEFORE.exec(subject);
  return !pair || hasDemonymEnding(pair[1]!);
}

/**
 * "when efforts died in the Senate", "both bills died": a measure or a political effort as the subject of "died", the
 * figurative sense of a proposal that failed. Plain ASCII classes: the words are English and few.
 */
const MEASURE_SUBJECT =
  /(?<![A-Za-z])(?:bills?|measures?|efforts?|proposals?|legislation|amendments?|nominations?|resolutions?|negotiations|talks|plans?|reforms?|initiatives?|deals?)\s+(?:(?:have|had|also|all|both|later|quietly|eventually|then)\s+)*$/i;
/** "died in the Senate", "died in committee": where a measure fails. No case-insensitive flag: the bodies are capitalised. */
const IN_LEGISLATURE = /^\s+in\s+(?:the\s+)?(?:Senate|House|Congress|Parliament|[Cc]ommittees?|(?:[A-Z][a-z]+\s+)?[Ll]egislature)(?![A-Za-z])/;

/** "Channel surfing has died": a verb in the singular before "died" tells of one thing, not a count of the dead. */
const SINGULAR_VERB_BEFORE = /(?<![\p{L}])(?:has|is|was)\s+(?:(?:also|just|now|finally|\p{L}+ly)\s+)*$/iu;
const NATURAL_DEATH =
  /\s+(?:\p{L}+ly\s+)?(?:aged|at\s+(?:the\s+)?age|(?:of|from)\s+(?:natural\s+causes|old\s+age|(?:an?\s+|the\s+)?(?:\p{L}+\s+)?(?:cancer|covid(?:-19)?|coronavirus|virus|ebola|cholera|measles|malaria|tuberculosis|aids|hiv|flu|influenza|pneumonia|stroke|heart\s+attack|heart\s+failure|illness|disease|infection|infections|complications|dementia|overdoses?|(?:accidental\s+)?poisoning|sepsis|leukemia|leukaemia|diabetes|heatstroke|hypothermia)|alzheimer)|peacefully|with\s+(?:him|her|them)(?![\p{L}])|at\s+(?:his|her|their)\s+homes?|at\s+home|in\s+(?:his|her|their)\s+sleep|after\s+a\s+(?:long\s+|short\s+|brief\s+)?(?:illness|battle\s+with))\b/iuy;
/** A sentence about an outbreak or illness: its deaths are a disease tally, not violence. */
const DISEASE_SENTENCE =
  /\b(?:outbreak|epidemic|pandemic|virus|infections?|infected|cases|patients|vaccin\p{L}*|hospitali[sz]ed|disease|cholera|ebola|measles|covid|coronavirus|flu|overdoses?|heat\s*wave|heatwave)\b/iu;
/** Deaths in a disaster or an accident have no agent to name. */
const DISASTER_SENTENCE =
  /\b(?:earthquakes?|quakes?|aftershocks?|hurricanes?|typhoons?|cyclones?|storms?|tornado(?:e?s)?|floods?|flooding|flash\s+floods?|landslides?|mudslides?|avalanches?|wildfires?|bushfires?|blazes?|house\s+fire|(?:nightclub|club|factory|building|apartment|hotel|hospital|tower)\s+fires?|fire\s+broke\s+out|caught\s+fire|smoke\s+inhalation|toxic\s+smoke|(?:emergency|fire)\s+exits?|(?<!humanitarian\s)disasters?|(?:building|bridge|roof|ceiling|stand|mine|dam|tower|wall)\s+collapse[sd]?|tsunami|volcan\p{L}*|(?:crowd\s+)?crush(?:es)?|stampedes?|crowd\s+surge|eruption|heat\s*wave|heatwave|lightning|(?:car|road|traffic|plane|air|helicopter|bus|train|rail|boat)\s+(?:crash|accident|collision)e?s?|crash(?:ed)?|accidents?|collisions?|derail\p{L}*|capsi[sz]ed|sank|shipwreck|wreck|lost\s+control\s+of\s+the\s+(?:car|vehicle|truck|bus|plane|aircraft|boat)|overturned|rolled\s+over|flipped)\b/iu;
/** Fighting between sides: deaths there have no single agent. */
const MUTUAL_FIGHTING =
  /(?<![\p{L}])(?:(?:in|during|amid)\s+(?:the\s+)?(?:fighting|clashes|crossfire|cross-fire|gun\s*battles?|firefights?|shoot-?outs?|exchanges?\s+of\s+fire)|(?:stand-?offs?|shoot-?outs?|gun\s*battles?|firefights?)\s+with\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:police|security\s+forces|forces|troops|soldiers|army|officers|agents|guards)|crossfire|exchang(?:ed|ing|es?)\s+(?:of\s+)?(?:[\p{L}-]+\s+(?:and\s+)?){0,2}?(?:fire|gunfire|mortars?|shelling|artillery|rockets?|shots)|(?:artillery|mortar|rocket|cross-border|border)\s+exchanges?)(?![\p{L}])/iu;
/** Words of an attack: a crash told beside them may be an attack's, whose agent matters. */
const ATTACK_WORDS = /\b(?:bomb\p{L}*|explosi\p{L}*|explod\p{L}*|attack\p{L}*|shoot\p{L}*|shot|gunfire|gunm[ae]n|airstrikes?|missiles?|rockets?|shell(?:ing|ed)|rammed)\b/iu;
/** Clause openers: the subject of "died" stands after the last of these. */
const CLAUSE_BREAK = /(?:[,;:()\u2014]|\b(?:when|after|as|because|since|while|and|but|before|until|if|though|although)\b)(?![\s\S]*(?:[,;:()\u2014]|\b(?:when|after|as|because|since|while|and|but|before|until|if|though|although)\b))/iu;
/** A relative pronoun alone is no subject: "12 people who died" reads the clause before it. */
const RELATIVE_ONLY = /^\s*(?:who|that|which)(?:\s+(?:have|had|also|later|\p{L}+ly))*\s*$/iu;
const YEAR = /\b(?:1[89]|20)\d{2}s?\b/g;
/** Negation and hypotheticals before the passive: "no one has been killed", "could have been killed". */
const NOT_REAL =
  /(?:\b(?:no\s+one|nobody|none|no\s+\p{L}+|not\s+a\s+single\s+\p{L}+|neither)\s+(?:\p{L}+\s+){0,2}?|\b(?:could|would|might|may|must|should|will|can)\s+(?:not\s+|never\s+)?(?:have\s+)?|\bif\s+(?:\S+\s+){0,6}?)(?:(?:has|have|had|was|were|is|are|been)\s+)*(?:\p{L}+ly\s+|also\s+)?$/iu;
/**
 * "prosecutors have to show someone was killed", "must prove that a person was killed": what a law requires, of an
 * indefinite person, so a definition and no report. Plain ASCII classes: the words are English and few.
 */
const PROOF_OF_SOMEONE =
  /(?<![A-Za-z])(?:prove|proves|proved|proving|show|shows|showed|showing|establish|establishes|establishing|demonstrate|demonstrates|demonstrating)\s+(?:that\s+)?(?:someone|somebody|anyone|anybody|a\s+person|another\s+person|a\s+human\s+being)\s+$/i;
/** Attack verbs that make the actor before them the agent of the deaths that follow ("a truck drove into a crowd",
 * "suspected rebels staged two grenade attacks"). */
const ATTACK =
  /\b(?:(?:staged|carried\s+out|mounted)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|bombings?|raids?|ambush(?:es)?|assaults?)|opened\s+fire|fired|shot|shelled|bombed|attacked|stormed|stabbed|struck|detonated|blew\s+up|rammed|ambushed|raided|targeted|launched|killed|massacred|executed|gunned\s+down|hit|drove\s+(?:into|through)|plough?ed\s+(?:into|through)|mowed\s+down)\b/iu;
const ATTACKER = /\b(?:gunm[ae]n|shooters?|attackers?|assailants?|bombers?|suspects?|perpetrators?|killers?|snipers?|police(?:\s+officers?)?|officers?|soldiers?|troops|forces|militants?|jets?|warplanes?|drones?|aircraft|trucks?|lorr(?:y|ies)|drivers?)\b/iu;
/** Words of an attack that a country or an actor before them, or "by" after them, makes the agent of the deaths. */
const ATTACK_NOUN =
  '(?:firing|fire|gunfire|artillery|mortars?|shelling|shells|strikes?|airstrikes?|air\\s+strikes?|attacks?|bombings?|bombardments?|raids?|shoot-?outs?|missiles?|rockets?|drones?|offensive)';
/** "… by the Indian force", "the shelling by the Indian force": a word of attack with its agent after "by". */
const ATTACK_BY = new RegExp(`(?<![\\p{L}])${ATTACK_NOUN}\\s+(?:(?:carried\\s+out|launched|fired)\\s+)?by\\s+`, 'iu');
/**
 * "in the Pakistani firing", "in the Indian strikes and shelling", "from Russian missiles", "in a Taliban militant
 * attack", "in militant attacks": who attacked, in the one or two words before the word of attack (checked to be a
 * country, an actor, a label or a side descriptor).
 */
const ATTACK_OF = new RegExp(
  `(?<![\\p{L}])(?:in|from|during|amid|under|because\\s+of|due\\s+to)\\s+(?:the\\s+|an?\\s+)?((?:[\\p{L}][\\p{L}.-]*(?:['’]s)?\\s+){1,2}?(?:(?:and|or)\\s+[\\p{L}][\\p{L}.-]*\\s+)?)(?=${ATTACK_NOUN}(?![\\p{L}]))`,
  'giu',
);
/** "killed in a police shootout", "an army raid", "a military strike": the force as the noun before the word of
 * attack names who attacked, as a country or an actor there does. */
const FORCE_BEFORE_ATTACK = /(?<![\p{L}])(?:police|army|military|security|troops|soldiers|navy|naval|marines?|swat|fbi|commandos?)\s+$/iu;
/** "a Hamas attack on Israel, where 1,400 civilians were killed": who attacked, in the one or two words before a word
 * of attack told before the deaths (checked as ATTACK_OF's are). */
const ANY_ATTACK_NOUN = new RegExp(ATTACK_NOUN, 'i');
const ATTACK_NAMED = new RegExp(`(?<![\\p{L}])((?:[\\p{L}][\\p{L}.-]*(?:['’]s)?\\s+){1,2}?)(?=${ATTACK_NOUN}(?![\\p{L}]))`, 'giu');
/** "died in the missile strikes", "killed and 81 wounded in the attack", "died in that attack": an attack the article
 * has already told. */
const DEFINITE_ATTACK = new RegExp(`^\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?in\\s+(?:the|that|this)\\s+(?:[\\p{L}-]+\\s+)?${ATTACK_NOUN}(?![\\p{L}])`, 'iu');
/**
 * "killed … in a terror incident in London in which three male attackers were shot dead": the attack the deaths
 * happened in, told with its attackers in a clause of its own ("in which", "where", "during which"). The attacker nouns
 * are the perpetrators only: police or soldiers there may be the ones who stopped them.
 */
const ATTACKERS_OF_ATTACK =
  /(?<![\p{L}])(?:in|during)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:attacks?|incidents?|shootings?|bombings?|stabbings?|rampage|assault)(?![\p{L}])[^.;!?]{0,80}?(?:in\s+which|during\s+which|where)\s+(?:[^.;!?\s]+\s+){0,4}?(?:gunm[ae]n|attackers?|assailants?|bombers?|shooters?|perpetrators?|knifem[ae]n|hijackers?)(?![\p{L}])/iu;
/**
 * "A pair of bombs ripped through neighborhoods": a bombing told with the bombs as the subject of the blast. It names
 * the deaths' cause when it is told killing ("suicide bombs detonated outside the embassy, killing nearly two dozen
 * people") or when the deaths point back to it ("died in that attack"); a blast told beside deaths it is not said to
 * have caused ("The car flipped after the bomb exploded. Five people were killed.") does not.
 */
const BOMBING_TOLD =
  /(?<![\p{L}])(?:bombs?|explosives?|blasts?|explosions?|IEDs?)\s+(?:(?:was|were|had|have|has|been|also|then|later)\s+)*(?:detonated|exploded|went\s+off|ripped\s+through|tore\s+through)(?![\p{L}])/iu;
const BOMBING_KILLING = new RegExp(`${BOMBING_TOLD.source}[^.;!?]{0,120}?,\\s*killing(?![\\p{L}])`, 'iu');
/**
 * "14 were killed in San Bernardino, Calif., in which a married Muslim couple …": the place of the deaths, then a
 * clause of its own naming who did it. The person noun is the perpetrators', not the victims' ("in which a couple were
 * shot" tells victims, and still flags).
 */
const PLACE_THEN_ATTACKERS =
  /^\s+(?:[\p{L}\p{N}-]+\s+){0,2}?in\s+(?:\p{Lu}[\p{L}.'’-]*,?\s+){1,4}?(?:in\s+which|during\s+which|where)\s+(?:(?:an?|the|two|three|four)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:couple|gunm[ae]n|attackers?|assailants?|shooters?|bombers?|knifem[ae]n|hijackers?|perpetrators?)(?![\p{L}])(?!,?\s+(?:and\s+[^.;!?]{0,30}?)?(?:was|were|are|is)\s+(?:also\s+)?(?:killed|injured|wounded|among|hurt|hit|shot|victims))/u;
/**
 * "he is the one who fired the gun that claimed the officers' lives": the weapon someone fired, set off or threw is the
 * subject, and the one who used it is named in the clause before; the killing has its agent.
 */
const WEAPON_USED_BEFORE =
  /(?:^|[^A-Za-z])(?:fired|shot|detonated|planted|threw|set\s+off|triggered|pulled)\s+(?:the|a|an|his|her|their)\s+(?:[a-z-]+\s+)?(?:gun|rifle|pistol|weapon|bullets?|shots?|bomb|grenade|device|trigger|missile|rocket)\s+(?:that|which)\s+(?:has\s+|had\s+)?$/i;

/** "the pandemic has claimed the lives of …": a disease as the subject of "claimed … lives" is a death toll, with no
 * perpetrator to leave out. */
const DISEASE_SUBJECT =
  /(?<![\p{L}])(?:pandemic|virus|coronavirus|covid(?:-19)?|outbreak|epidemic|disease|flu|influenza|cancer|overdoses?)\s+(?:(?:has|have|had|already|now|also)\s+)*$/iu;
/** "killings in which four or more people were killed": a definition's threshold, told before the verb. */
const THRESHOLD_BEFORE =
  /(?<![\p{L}])(?:killings|shootings|murders|homicides|incidents|events|attacks)\s*,?\s+(?:in\s+which|where)\s+(?:at\s+least\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+or\s+more\s+(?:people|persons|victims|individuals)\s+(?:(?:were|are|have\s+been|had\s+been)\s+)?$/iu;
/**
 * "shootings at two mosques in Christchurch in which 50 died": a mass attack, the places it struck (phrases after "at",
 * "in", "on", "of"…), then a relative clause of a few words ending where "died" stands; a clause of its own between the
 * attack and "where" ("After the attack the army sealed off … the river where many more died") makes the place the
 * antecedent, not the attack. Shelling and strikes are left out: there the side that fired is the question. Plain ASCII
 * classes, no case-insensitive flag: the words are English and few.
 */
const MASS_ATTACK = '(?<![A-Za-z])(?:shootings?|bombings?|blasts?|explosions?|stabbings?|massacres?|rampages?|attacks?)(?![A-Za-z])';
const PLACE_PHRASES = '(?:,?\\s+(?:at|in|on|near|of|outside|inside|across)\\s+(?:[^\\s.;!?,]+\\s+){0,5}?[^\\s.;!?,]+){0,4}';
const RELATIVE_TO_VERB = ',?\\s+(?:(?:in|during)\\s+which|where)\\s+(?:[^\\s.;!?]+\\s+){0,3}?$';
const ATTACK_THEN_RELATIVE = new RegExp(`${MASS_ATTACK}${PLACE_PHRASES}${RELATIVE_TO_VERB}`);

/**
 * "condolences to the relatives of the two people who", "entrust to the Lord all those who", "remembrance of the six
 * who": a word of mourning, then at most ten words with no comma or clause mark between, then the relative pronoun
 * right before the verb of the deaths. Plain ASCII classes: the words are English and few.
 */
const MOURNED_BEFORE =
  /(?<![A-Za-z])(?:condolences?|sympathy|memory|memorial|remembrance|remember(?:ed|ing|s)?|mourn(?:ed|ing|s)?|pray(?:ed|ing|s)?|prayers?|entrust(?:ed|ing|s)?|honou?r(?:ed|ing|s)?|tributes?|vigils?|funerals?|griev(?:e|ed|es|ing)|commemorat[a-z]*)(?:\s+[^\s.,;:!?]+){0,10}?\s+(?:who|that)\s+$/i;
/** After the verb, the relative clause closes: the sentence ends, a clause mark or "and" follows, or a place alone
 * ("in Parkland, Florida") first. */
const CLAUSE_CLOSES_AFTER = /^(?:\s+in\s+[A-Z][A-Za-z.'’-]*(?:,?\s+[A-Z][A-Za-z.'’-]*){0,3})?\s*(?:$|[,;:)"”—]|and(?![A-Za-z]))/;

/** Whether the deaths, `start` to `end`, are victims pointed back to in words of mourning. */
function mourned(text: string, start: number, end: number): boolean {
  return MOURNED_BEFORE.test(text.slice(sentenceStart(text, start), start)) && CLAUSE_CLOSES_AFTER.test(text.slice(end, sentenceEnd(text, end)));
}

/**
 * "the killing continued.", "repelled an attack …", "a 66-day killing spree …": a sentence telling a killing or a mass
 * attack, as the cause of the deaths "died" reports in the next sentence. Shelling and strikes are left out, as for
 * ATTACK_THEN_RELATIVE. Plain ASCII classes.
 */
const KILLING_TOLD =
  /(?<![A-Za-z])(?:killings?|massacres?|shootings?|bombings?|blasts?|explosions?|stabbings?|rampages?|attacks?|extermination)(?![A-Za-z])/i;

/** Whether "died" (`start` to `end`) closes its clause right after a sentence that tells a killing or a mass attack. */
function killingJustBefore(text: string, start: number, end: number): boolean {
  if (!/^\s*(?:$|,)/.test(text.slice(end, sentenceEnd(text, end)))) return false;
  const here = sentenceStart(text, start);
  const prev = previousSentenceStart(text, here);
  return prev < here && KILLING_TOLD.test(text.slice(prev, here));
}

/**
 * "4X as many kids were killed per year back then", "died each year": deaths counted per period are a statistic, not
 * an event whose agent is left out. Read in the verb's own clause only, so "12 people were killed in the attack on
 * Sunday, the worst toll in a year" still flags. A "year" that dates ("a year ago", "a year after") is no rate, nor
 * one after "in", "for", "than" and the like ("in a year", "more than a year"). Plain ASCII classes: the words are
 * English and few.
 */
const RATE =
  /(?<![A-Za-z])(?:per\s+(?:year|month|week|day|annum|capita|\d)|(?:each|every)\s+year|(?<!(?:in|for|within|than|over|about|nearly|almost|after|of|under|half|from|past|last)\s)an?\s+year(?!\s+(?:ago|earlier|later|before|after|since|into|of|and|old|long|apart)(?![A-Za-z]))|annually|yearly)(?![A-Za-z])/i;
/** What closes a clause around the verb: the rate must be the deaths' own, not a clause beside them. */
const CLAUSE_MARK = /[,;:()\u2013\u2014]/;
const LAST_CLAUSE_MARK = /[,;:()\u2013\u2014](?=[^,;:()\u2013\u2014]*$)/;

/** Whether the clause of the deaths, `start` to `end`, counts them per period. */
function rateTold(text: string, start: number, end: number): boolean {
  const head = text.slice(sentenceStart(text, start), start);
  const tail = text.slice(end, sentenceEnd(text, end));
  const open = head.search(LAST_CLAUSE_MARK);
  const close = tail.search(CLAUSE_MARK);
  return RATE.test(head.slice(open + 1) + text.slice(start, end) + (close < 0 ? tail : tail.slice(0, close)));
}

/**
 * "Architect Of Paris Attacks Was Killed In Raid" (a headline): a raid or a shootout with no force named, whose force
 * the next lines name ("a violent police raid", "the raid conducted by French authorities"), so the agent is told.
 */
const RAID_AFTER = /^\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:in|during)\s+(?:an?\s+|the\s+)?(raid|shoot-?out|assault)s?(?![\p{L}])/iu;
const FORCE = '(?:police|army|military|security|troops|soldiers|swat|commandos?|special\\s+forces)';
/** How far after the deaths' sentence the force may be named: a headline told again over a picture, then the lede. */
const RAID_REACH = 600;

function raidForceAfter(text: string, end: number): boolean {
  const raid = RAID_AFTER.exec(text.slice(end, sentenceEnd(text, end)));
  if (!raid) return false;
  const noun = raid[1]!.toLowerCase().startsWith('shoot') ? 'shoot-?outs?' : `${raid[1]!.toLowerCase()}s?`;
  const named = new RegExp(`(?<![\\p{L}])(?:${FORCE}\\s+${noun}|${noun}\\s+(?:conducted|carried\\s+out|led|launched)\\s+by)(?![\\p{L}])`, 'iu');
  return named.test(text.slice(end, end + RAID_REACH));
}

/** "shelling by both sides", "attacks from all sides": the sentence names every side as an agent, so none is left out. */
const BOTH_SIDES = /(?<![\p{L}])(?:by|from|of|on)\s+(?:both|all|either)\s+sides?(?![\p{L}])/iu;
const AGENT_CLAUSE = /\s*(?:[^\s.;:!?,]+\s+){0,5}?(by|as|when|while|after)\s+/iy;
/**
 * "killed when a white supremacist drove into a crowd", "when a man drove a truck into a market", "as a gunman opened
 * fire": a clause whose subject, a person or thing told by a few words after an article, does the act of violence, so
 * the agent is told (not "when a bomb exploded", where nobody is named, nor "when a man was shot", a victim). Plain
 * ASCII classes: the words are English and few.
 */
const ACTOR_ATTACKS =
  /(?:an?|the|two|three|four|several)\s+(?:(?!(?:was|were|is|are|been|being|had|has|have)\s)[a-z-]+\s+){1,3}?(?:opened\s+fire|fired\s+(?:on|at|into)|shot|stabbed|drove\s+(?:an?\s+[a-z]+\s+)?(?:into|through)|rammed|plough?ed\s+(?:an?\s+[a-z]+\s+)?(?:into|through)|plowed\s+(?:an?\s+[a-z]+\s+)?(?:into|through)|detonated|blew\s+(?:himself|herself|themselves)\s+up|attacked|stormed|gunned\s+down|mowed\s+down)(?![a-z])/iy;
/** How far after a conjunction the agent may start. */
const AGENT_REACH = 40;

export const agentless: Rule = {
  id: 'agentless',
  triggers: ['killed', 'died', 'claimed', 'claims', 'lost their lives'],
  apply(ctx) {
    const entries = entriesOf(ctx, 'agentless');
    if (entries.length === 0) return [];
    const byId = (id: string) => entries.find((e) => e.id === id);
    const generic = byId(GENERIC_ID) ?? entries.find((e) => e.patterns.length === 0) ?? entries[0]!;
    const killed = byId(KILLED_ID) ?? generic;
    const died = byId(DIED_ID) ?? generic;
    const { text } = ctx;
    const found: Candidate[] = [];
    const propose = (entry: Entry, start: number, end: number, note: string, priority = PRIORITY_COMPOUND) =>
      found.push({ entryId: entry.id, start, end, flag: 'framing', source: 'agentless', note, priority });

    for (const m of matchesOf(ctx, 'agentless')) {
      if (!agentAfter(ctx, m.end)) propose(m.entry, m.start, m.end, unnamedNote(text.slice(m.start, m.end)), PRIORITY_PATTERN);
    }
    for (const t of ctx.triggers) {
      const before = text.slice(Math.max(0, t.start - 60), t.start);
      switch (t.word) {
        case 'killed': {
          const aux = PASSIVE_BEFORE.exec(before);
          if (!aux || agentAfter(ctx, t.end) || raidForceAfter(text, t.end)) break;
          const start = t.start - aux[1]!.length;
          const clauseBefore = text.slice(sentenceStart(text, t.start), start);
          if (NOT_REAL.test(clauseBefore) || PROOF_OF_SOMEONE.test(clauseBefore) || THRESHOLD_BEFORE.test(text.slice(sentenceStart(text, t.start), t.start))) break;
          if (agentJustBefore(ctx, start, t.end) || responsibilityClaimed(ctx, start, t.end)) break;
          if (accidentTold(text, t.start, t.end) || fightingTold(text, t.start, t.end) || rateTold(text, start, t.end)) break;
          if (mourned(text, start, t.end)) break;
          propose(killed, start, t.end, unnamedNote(text.slice(start, t.end)));
          break;
        }
        case 'died': {
          const subject = subjectOf(text, t.start).replace(YEAR, 'year');
          if (SINGULAR_VERB_BEFORE.test(subject) || (!NUMBER_BEFORE.test(subject) && !pluralSubject(subject))) break;
          const clauseBefore = text.slice(sentenceStart(text, t.start), t.start);
          if (NOT_REAL.test(subject) || THRESHOLD_BEFORE.test(clauseBefore) || ATTACK_THEN_RELATIVE.test(clauseBefore)) break;
          if (MEASURE_SUBJECT.test(subject) || IN_LEGISLATURE.test(text.slice(t.end, sentenceEnd(text, t.end)))) break;
          NATURAL_DEATH.lastIndex = t.end;
          if (NATURAL_DEATH.test(text) || agentAfter(ctx, t.end) || agentJustBefore(ctx, t.start, t.end)) break;
          const sentence = text.slice(sentenceStart(text, t.start), sentenceEnd(text, t.end));
          if (DISEASE_SENTENCE.test(sentence) || accidentTold(text, t.start, t.end) || fightingTold(text, t.start, t.end)) break;
          if (rateTold(text, t.start, t.end) || mourned(text, t.start, t.end) || killingJustBefore(text, t.start, t.end)) break;
          propose(died, t.start, t.end, `"died" reports the deaths without a cause or an agent.`);
          break;
        }
        case 'claimed':
        case 'claims': {
          const end = livesAfter(text, t.end);
          if (end < 0 || agentIn(ctx, sentenceStart(text, t.start), t.start) || DISEASE_SUBJECT.test(before) || WEAPON_USED_BEFORE.test(before)) break;
          if (BOTH_SIDES.test(text.slice(sentenceStart(text, t.start), sentenceEnd(text, end)))) break;
          const aux = PERFECT_BEFORE.exec(before);
          const start = aux ? t.start - aux[1]!.length : t.start;
          propose(
            generic,
            start,
            end,
            `"${text.slice(start, end)}" makes the event itself the killer: no actor is named as responsible.`,
          );
          break;
        }
        case 'lost their lives':
          if (!agentAfter(ctx, t.end)) propose(generic, t.start, t.end, unnamedNote(text.slice(t.start, t.end)));
          break;
      }
    }
    return found;
  },
};

/** The clause whose subject "died" has: after the last clause opener, or the clause before a bare "who". */
function subjectOf(text: string, at: number): string {
  const sentence = text.slice(sentenceStart(text, at), at);
  const { head, tail } = lastClause(sentence);
  return RELATIVE_ONLY.test(tail) ? lastClause(head).tail + tail : tail;
}

function lastClause(s: string): { head: string; tail: string } {
  const m = CLAUSE_BREAK.exec(s);
  return m ? { head: s.slice(0, m.index), tail: s.slice(m.index + m[0].length) } : { head: '', tail: s };
}

/**
 * Whether an attacker is named just before the deaths: the sentence before, or this sentence before the verb, holds
 * an actor, a label, a side descriptor, an attacker noun or a country, and a verb of attack ("A gunman opened fire …",
 * "India attacked six locations, killing eight people"). News copy gives most sentences a paragraph of their own, so
 * the sentence before may close the paragraph before; a heading (a line with no closing stop) ends the reach. Deaths
 * "in the strikes" point back to an attack already told, so there the two sentences before are read.
 */
function agentJustBefore(ctx: RuleContext, at: number, verbEnd: number): boolean {
  const { text } = ctx;
  let from = sentenceStart(text, at);
  const pointsBack = DEFINITE_ATTACK.test(text.slice(verbEnd, sentenceEnd(text, verbEnd)));
  if (pointsBack) {
    // "killed … in the attack" points back to an attack told before, however far back: the lead, a caption.
    from = 0;
  } else if (from > 1) {
    const prev = previousSentenceStart(text, from);
    if (/[.!?”"’')]\s*$/u.test(text.slice(prev, from))) from = prev;
  }
  const span = text.slice(from, at);
  if (attackNamedIn(ctx, from, span) || BOMBING_KILLING.test(span) || (pointsBack && BOMBING_TOLD.test(span))) return true;
  if (!ATTACK.test(span)) return false;
  return ATTACKER.test(span) || nationAttacks(span) || agentIn(ctx, from, at);
}

/** Whether `span` (the text from `from`) tells an attack with its attacker just before the word of attack. */
function attackNamedIn(ctx: RuleContext, from: number, span: string): boolean {
  // A word of attack first: the span may be the whole text before, and most hold none.
  if (!ANY_ATTACK_NOUN.test(span)) return false;
  for (const m of span.matchAll(ATTACK_NAMED)) {
    const who = m[1]!;
    const whoAt = from + m.index;
    if (nationIn(who) || FORCE_BEFORE_ATTACK.test(who) || agentIn(ctx, whoAt, whoAt + who.length)) return true;
  }
  return false;
}

/**
 * Whether the deaths are a disaster's or an accident's: told in this sentence, or in the sentence before, which may
 * close the paragraph before ("… the driver lost control of the vehicle, causing that car to flip," said the
 * detective. ¶ Police said the teenage driver was killed"), unless those sentences also tell of an attack.
 */
function accidentTold(text: string, start: number, end: number): boolean {
  const here = sentenceStart(text, start);
  if (DISASTER_SENTENCE.test(text.slice(here, sentenceEnd(text, end)))) return true;
  const prev = previousSentenceStart(text, here);
  if (prev === here) return false;
  const span = text.slice(prev, sentenceEnd(text, end));
  return DISASTER_SENTENCE.test(span) && !ATTACK_WORDS.test(span);
}

/** Whether the deaths are told as fighting between sides, in this sentence or the one before. */
function fightingTold(text: string, start: number, end: number): boolean {
  const here = sentenceStart(text, start);
  const prev = previousSentenceStart(text, here);
  return MUTUAL_FIGHTING.test(text.slice(prev, sentenceEnd(text, end)));
}

function unnamedNote(phrase: string): string {
  return `"${phrase}" does not say who did the killing: the agent is left unnamed.`;
}

const CAPITALISED = /[\p{Lu}][\p{L}.]*/gu;
/** After a country: a few words, then a verb of attack ("India attacked", "Russia's army shelled"). */
const THEN_ATTACKS =
  /^(?:['’]s)?((?:\s+[\p{L}-]+){0,3}?)\s+(?:opened\s+fire|fired|shot|shelled|bombed|attacked|stormed|struck|launched|killed|hit|targeted|raided)(?![\p{L}])/iu;
const PASSIVE_WORD = /(?<![\p{L}])(?:was|were|is|are|been|being|be)(?![\p{L}])/iu;

function isNation(word: string): boolean {
  const { nations } = senses();
  return nations.has(word) || nations.has(word.replace(/\.$/, ''));
}

/** Whether a country or a demonym of data/senses.json `nations` stands in `span`. */
function nationIn(span: string): boolean {
  for (const [w] of span.matchAll(CAPITALISED)) if (isNation(w)) return true;
  return false;
}

/** Whether a country in `span` is the subject of a verb of attack ("India attacked six locations"), not its object ("Ukraine was hit"). */
function nationAttacks(span: string): boolean {
  for (const m of span.matchAll(CAPITALISED)) {
    if (!isNation(m[0])) continue;
    const then = THEN_ATTACKS.exec(span.slice(m.index + m[0].length));
    if (then && !PASSIVE_WORD.test(then[1]!)) return true;
  }
  return false;
}

/**
 * Whether the rest of the sentence tells the attack with its agent: a word of attack followed by "by", or a country,
 * an actor or a side descriptor just before one ("in the Pakistani firing", "in the Indian strikes and shelling").
 */
function attackWithAgent(ctx: RuleContext, from: number, end: number): boolean {
  const rest = ctx.text.slice(from, end);
  if (ATTACK_BY.test(rest) || ATTACKERS_OF_ATTACK.test(rest) || PLACE_THEN_ATTACKERS.test(rest)) return true;
  for (const m of rest.matchAll(ATTACK_OF)) {
    const who = m[1]!;
    const whoAt = from + m.index + m[0].length - who.length;
    if (nationIn(who) || FORCE_BEFORE_ATTACK.test(who) || agentIn(ctx, whoAt, whoAt + who.length)) return true;
  }
  return false;
}

/** Whether the words after a casualty verb name who caused it. */
function agentAfter(ctx: RuleContext, from: number): boolean {
  const end = sentenceEnd(ctx.text, from);
  if (attackWithAgent(ctx, from, end)) return true;
  AGENT_CLAUSE.lastIndex = from;
  const clause = AGENT_CLAUSE.exec(ctx.text);
  if (!clause || AGENT_CLAUSE.lastIndex > end) return false;
  if (clause[1]!.toLowerCase() === 'by') return true;
  ACTOR_ATTACKS.lastIndex = AGENT_CLAUSE.lastIndex;
  if (clause[1]!.toLowerCase() !== 'after' && ACTOR_ATTACKS.test(ctx.text) && ACTOR_ATTACKS.lastIndex <= end) return true;
  return agentIn(ctx, AGENT_CLAUSE.lastIndex, Math.min(end, AGENT_CLAUSE.lastIndex + AGENT_REACH));
}

/** "Islamic State's claim of responsibility", "the Taliban claimed responsibility": who owned the attack. */
const RESPONSIBILITY_CLAIMED = /(?<![A-Za-z])(?:claim(?:ed|s|ing)?\s+(?:of\s+)?responsibility|responsibility\s+claims?)(?![A-Za-z])/gi;
/** What may stand between the claimant and its claim: a possessive, or an auxiliary ("has claimed"). */
const CLAIMANT_GAP = /^(?:['’]s)?\s+(?:(?:has|have|had|also|quickly|later|swiftly)\s+)*$/;
/** "No group has claimed responsibility", "has yet to claim": the attack owned by nobody yet. */
const NOBODY_BEFORE = /(?<![A-Za-z])(?:no|not|never|nobody|none|yet\s+to|n't)(?![A-Za-z])[^.;!?]{0,25}$/i;

/**
 * Whether an actor claimed the attack in this sentence or the one before ("four Americans were killed and three
 * wounded -- and Islamic State's claim of responsibility"): the claimant, right before the claim (its possessive or
 * its subject), is who the deaths' agent is told to be. A denied or awaited claim names nobody.
 */
function responsibilityClaimed(ctx: RuleContext, at: number, verbEnd: number): boolean {
  const { text } = ctx;
  let from = sentenceStart(text, at);
  if (from > 1) from = previousSentenceStart(text, from);
  const to = sentenceEnd(text, verbEnd);
  for (const m of text.slice(from, to).matchAll(RESPONSIBILITY_CLAIMED)) {
    const claimAt = from + m.index;
    if (NOBODY_BEFORE.test(text.slice(Math.max(from, claimAt - 50), claimAt))) continue;
    const owns = (end: number) => end <= claimAt && end >= from && CLAIMANT_GAP.test(text.slice(end, claimAt));
    if (ctx.matches.some((o) => (AGENT_KINDS.has(o.entry.kind) || o.entry.term?.category === 'label') && owns(o.end))) return true;
    if (ctx.descriptors.some((d) => owns(d.end))) return true;
  }
  return false;
}

/** Whether an actor, a label or a side descriptor starts within [from, to). */
function agentIn(ctx: RuleContext, from: number, to: number): boolean {
  for (const m of ctx.matches) {
    if (m.start < from || m.start >= to) continue;
    if (AGENT_KINDS.has(m.entry.kind) || m.entry.term?.category === 'label') return true;
  }
  return ctx.descriptors.some((d) => d.start >= from && d.start < to);
}
