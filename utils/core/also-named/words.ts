/**
 * The small vocabularies the also-named detector reads names with: what makes a capitalised run an organisation or a
 * person, and what rules it out. Lower case; looked up with the token folded to lower case.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** The last word of an organisation's name ("… Party", "… Front"), or its first before "of"/"for" ("Army of …"). */
export const ORGANISATION_HEADS = set(`
  party front movement brigade brigades battalion battalions army council alliance organisation organization
  association committee coalition federation corps militia militias network institute foundation society
  congress assembly fund caucus guard guards forces mujahideen jihad group collective brotherhood fellowship
  confederation syndicate cartel gang
`);

/** Words a run starts with that say a person's name follows ("Senator Jane Doe", "Mr. Doe"). */
export const PERSON_TITLES = set(`
  mr mrs ms miss dr prof professor sir dame lord lady sen senator rep representative congressman congresswoman gov
  governor president vice prime minister chancellor secretary mayor judge justice sheikh shaikh imam rabbi pastor reverend rev
  bishop archbishop cardinal pope prince princess emir gen lt col colonel maj capt captain sgt sergeant commander
  chairman chairwoman ambassador
`);

/** Lower-case role nouns before a name ("spokesman Jane Doe", "activist John Roe"). */
export const PERSON_ROLES = set(`
  spokesman spokeswoman spokesperson activist lawyer attorney leader founder commander cleric preacher campaigner
  chairman chairwoman director analyst researcher professor candidate lawmaker legislator official organiser
  organizer member figure blogger commentator writer author
`);

/** Verbs of saying right after a name ("Jane Doe said"), or "said" right before one. */
export const SAYING = set(`said says told added wrote argued explained noted stated asked replied`);

/** Words a sentence starts with that are no part of the name after them ("But Jane Doe said"). */
export const LEADING_WORDS = set(`
  the a an this that these those in on at by for from with without but and or so if when while after before as since
  although though yet meanwhile however still also then now today yesterday it he she they we i you his her their our
  my its some many most all both each every several one two three four five no not there here what who where why how
  according under over during about against between like unlike among despite only even just much more less such
  another other
`);

/** Day and month names: a date, not a name. */
export const CALENDAR = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december
`);

/**
 * Words that make a two-word capitalised run something other than a person ("North Korea said", "White House said",
 * "Fox News said"): points of the compass, places' first words, and the nouns of places, institutions and media.
 */
export const NOT_PERSON = set(`
  north south east west northern southern eastern western central new united saudi sri hong costa puerto san santa
  los las st saint great greater upper lower gaza bank house street avenue road square station airport city county
  state states republic kingdom island islands valley river sea ocean mountain mountains times news post journal
  press today daily weekly magazine radio television tv network media department ministry office agency police court
  university college school hospital church mosque council committee government parliament senate congress federal
  national international global world european african asian american british arab israeli palestinian iranian
  russian chinese american washington london paris moscow beijing minister president human rights watch amnesty
  international
`);

/** Determiners and size words that say nothing of what a group is ("a small group", "the new party"). */
export const PLAIN_MODIFIERS = set(`
  a an the its their his her small large big new old main major minor largest biggest smallest little local another
  other same first second third one two three latest recently-formed newly-formed
`);

/** The nouns a label is hung on ("X, the Islamist party"; "the militant group X"). */
export const GROUP_NOUNS = set(`
  group party movement organisation organization militia faction network outfit coalition alliance front collective
  sect cult gang cell wing bloc charity union insurgency insurgents organisation force brigade brotherhood
`);

/** The nouns a person's label is hung on ("X, a far-right activist"). */
export const PERSON_NOUNS = set(`activist preacher cleric commentator blogger influencer militant campaigner ideologue`);

/** Distancing cues before a name ("a group called X", "the self-styled X"). */
export const DISTANCING_BEFORE = ['self-styled', 'self-proclaimed', 'self-declared', 'so-called'] as const;
