import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import raw from '../../../data/watch-words.json';
import { analyze } from '../../../utils/core/analyze';
import { WatchDataSchema, watchBook, watchDataProblems, type WatchLevel } from '../../../utils/core/watch/data';
import { findWatchWords } from '../../../utils/core/watch/find';

const find = (text: string, level: WatchLevel = 'more') => findWatchWords(text, watchBook(), { level, isQuoted: () => false });
const words = (text: string, level: WatchLevel = 'more') => find(text, level).map((f) => f.text.toLowerCase());

describe('the words-to-watch list', () => {
  test('matches its schema and has no unknown cue set or doubled form', () => {
    const data = v.parse(WatchDataSchema, raw);
    expect(watchDataProblems(data)).toEqual([]);
  });
  test('every category cites the page of its guidance, not a home page', () => {
    for (const c of Object.values(watchBook().data.categories)) for (const s of c.sources) expect(new URL(s.url).pathname.length).toBeGreaterThan(8);
  });
});

// Each row: a sentence and the words to watch it must yield (at the "more" level). Positive rows show the loaded use,
// negative rows (expecting nothing) the ordinary senses that must stay quiet.
const TABLE: ReadonlyArray<readonly [string, readonly string[]]> = [
  // verbs of saying
  ['The senator slammed the proposal as costly.', ['slammed']],
  ['Critics of the mayor slammed his decision on Twitter.', ['slammed']],
  ['“This is a disgrace,” she blasted.', ['disgrace', 'blasted']],
  ['The governor lashed out at reporters on Monday.', ['lashed out']],
  ['The president doubled down on his remarks.', ['doubled down']],
  ['The minister fired back at his opponents.', ['fired back']],
  ['He boasted that the economy had never been stronger.', ['boasted']],
  ['The company touted the deal as a turning point.', ['touted']],
  ['The official admitted that mistakes were made.', ['admitted']],
  ['She conceded that the plan had flaws.', ['conceded']],
  ['He insists that the vote was fair.', ['insists']],
  ['The spokesman claims that no one was hurt.', ['claims']],
  ['He slammed the door and left.', []],
  ['A hurricane slammed into the coast overnight.', []],
  ['The car slammed into a wall.', []],
  ['Music blasted from the speakers.', []],
  ['Troops fired back when the convoy came under attack.', []],
  ['The city boasts a fine museum.', []],
  ['He was admitted to hospital on Friday.', []],
  ['She was admitted to the bar in 1998.', []],
  ['The candidate conceded defeat late on Tuesday.', []],
  ['The crash claimed the lives of three people.', []],
  ['The group claimed responsibility for the attack.', []],
  ['The insurance claims were paid in full.', []],
  ['He insisted on paying for dinner.', []],
  ['Ticket touts were arrested outside the stadium.', []],
  // emotive and intensifying words
  ['It was a stunning reversal for the government.', ['stunning']],
  ['The outrageous proposal drew protests.', ['outrageous']],
  ['The disastrous policy cost billions.', ['disastrous']],
  ['The report was a devastating blow to the minister.', ['devastating']],
  ['He called it a phony investigation.', ['phony']],
  ['The bombshell report named three officials.', ['bombshell']],
  ['The draconian law bans all protests.', ['draconian']],
  ['The brutal crackdown on dissent continued.', ['brutal']],
  ['The embattled minister resigned.', ['embattled']],
  ['Heinous acts were described in the filing.', ['heinous']],
  ['The hotel offers a stunning view of the bay.', []],
  ['She wore a stunning dress to the premiere.', []],
  ['He scored a stunning goal in the second half.', []],
  ['The devastating earthquake killed hundreds.', []],
  ['The disastrous floods of 1927 displaced thousands.', []],
  ['The brutal heat wave lasted a week.', []],
  ['She was brutally honest about it.', []],
  ['The film Bombshell opened in December.', []],
  ['The embattled town was shelled by artillery for weeks.', []],
  // editorialising
  ['Clearly, the plan has failed.', ['clearly']],
  ['The plan is clearly unworkable.', ['clearly']],
  ['Obviously, nobody expected this.', ['obviously']],
  ['The minister, of course, denied it.', ['of course']],
  ['Unfortunately, the talks collapsed.', ['unfortunately']],
  ['Remarkably, the bill passed.', ['remarkably']],
  ['The exits are clearly marked.', []],
  ['Please speak clearly into the microphone.', []],
  ['The sign was clearly visible from the road.', []],
  ['The ship made a change of course near the coast.', []],
  ['He followed the course of the river.', []],
  // unsupported attribution
  ['Critics say the law goes too far.', ['critics say']],
  ['Some argue that the tax is unfair.', ['some argue']],
  ['Many believe the election was stolen.', ['many believe']],
  ['Critics, including two former judges, say the law goes too far.', []],
  ['Some of the critics said the law went too far.', []],
  // name-calling
  ['The dictator and his henchmen fled the capital.', ['henchmen']],
  ['The mayor handed contracts to his cronies.', ['cronies']],
  ['They dismissed the elitist professors.', ['elitist']],
  ['He called them stooges of the oil industry.', ['stooges']],
  ['The villain and his henchmen appear in the film’s final scene.', []],
  // war and disaster metaphors
  ['The governor declared war on drugs.', ['declared war on']],
  ['Activists accuse him of a war on women.', ['war on']],
  ['Germany declared war on France in 1914.', []],
  ['The war on terror began in 2001.', []],
  ['Migrants flood across the border every day.', ['flood']],
  ['A swarm of migrants was reported at the border.', ['swarm']],
  ['Officials warned of hordes of migrants.', ['hordes']],
  ['The river flooded the town after heavy rain.', []],
  ['A swarm of bees settled on the roof.', []],
  ['He called the inquiry a witch hunt.', ['witch hunt']],
  ['She called it a witch-hunt against her family.', ['witch-hunt']],
  ['The Salem witch trials were a witch hunt of the 17th century.', []],
  ['The flood-prone district near the border is home to refugees.', []],
];

describe('words to watch in context', () => {
  test.each(TABLE)('%s', (sentence, expected) => {
    expect(words(sentence)).toEqual(expected);
  });
});

describe('levels', () => {
  test('the default level shows the clearly loaded words only', () => {
    const text = 'The senator slammed the plan as costly. Clearly, the plan has failed.';
    expect(words(text, 'default')).toEqual(['slammed']);
    expect(words(text, 'more')).toEqual(['slammed', 'clearly']);
  });
  test('analyze finds none when the reader turns the layer off', () => {
    expect(analyze('The senator slammed the plan as costly.', [], { watchLevel: 'off' }).watch).toEqual([]);
    expect(analyze('The senator slammed the plan as costly.', []).watch.map((w) => w.word)).toEqual(['slammed']);
  });
});

describe('each finding says what it is', () => {
  test('category, headword, alternative and voice', () => {
    const text = 'The senator slams the plan as costly. “They are cronies,” he said.';
    const found = analyze(text, []).watch;
    expect(found).toMatchObject([
      { text: 'slams', word: 'slammed', category: 'saying', alternative: 'criticised; said', quoted: false, start: 12, end: 17 },
      { text: 'cronies', word: 'cronies', category: 'name-calling', quoted: true },
    ]);
  });
  test('a word the glossary speaks for is not flagged twice', async () => {
    const { BUILTIN_ENTRIES } = await import('../../../utils/glossary/builtin');
    const found = analyze('He said the thugs attacked the crowd.', BUILTIN_ENTRIES).watch;
    expect(found).toEqual([]);
  });
});
