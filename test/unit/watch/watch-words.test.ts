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
  ['The flood-prone district near the border is home to refugees.', []],  // grown by category (issue 10): every rule with a loaded use and an ordinary one that stays quiet
  // emotive judgements
  ['The reckless decision put thousands at risk.', ['reckless']],
  ['He was charged with reckless driving.', []],
  ['The disgraced former minister spoke on Monday.', ['disgraced']],
  ['The rollout was a fiasco from start to finish.', ['fiasco']],
  ['The ridiculous proposal was rejected.', ['ridiculous']],
  ['The ludicrous claim was repeated.', ['ludicrous']],
  ['The film’s plot is absurd and charming.', []],
  ['The tyrannical government banned the paper.', ['tyrannical']],
  ['They called the vote a sham.', ['sham']],
  ['The couple entered a sham marriage to obtain visas.', []],
  ['The evil plan was exposed by the committee.', ['evil']],
  ['The villain has an evil laugh in the film.', []],
  ['Woe to them that call evil good, says the Lord.', []],
  ['It was a blatant violation of the law.', ['blatant']],
  ['The referee called a flagrant foul late in the match.', []],
  ['It was a vicious attack on the press.', ['vicious']],
  ['Debt is a vicious cycle for poor households.', []],
  ['The unhinged post was deleted.', ['unhinged']],
  ['The hysteria over the report grew.', ['hysteria']],
  ['The report was disturbingly vague.', ['disturbingly']],
  ['The findings were frighteningly close to the forecast of the storm.', []],
  ['The onslaught of lawsuits against the judge continued.', ['onslaught']],
  ['The onslaught on the city killed dozens of soldiers.', []],
  ['He smeared his rivals in a series of posts.', ['smeared']],
  ['His shirt was smeared with blood.', []],
  ['She had a smear test at the clinic.', []],
  ['They did his dirty work for years.', ['dirty work']],
  ['The dirty dishes piled up in the sink.', []],
  ['His brazen lies were repeated on air.', ['brazen']],
  ['The hideous scheme cost pensioners their savings.', ['hideous']],
  ['The hideous monster appears in the movie’s last scene.', []],
  ['The arrogant minister refused to answer.', ['arrogant']],
  ['The dumb decision cost the city millions.', ['dumb']],
  ['They won through dumb luck.', []],
  ['The report whitewashed the abuses.', ['whitewashed']],
  ['They whitewashed the walls of the cottage.', []],
  ['He is hellbent on revenge.', ['hellbent']],
  // emotive, at the more level
  ['The horrific treatment of prisoners was documented.', ['horrific']],
  ['The horrific plane crash killed 50 people.', []],
  ['The catastrophic policy failed within a year.', ['catastrophic']],
  ['Catastrophic flooding hit the coast.', []],
  ['The loss of the flight capped a catastrophic year.', []],
  ['The reform was a disaster for the party.', ['disaster']],
  ['The aviation disaster killed 162 people.', []],
  ['It was a tragic mistake by the government.', ['tragic']],
  ['The tragic accident killed two children.', []],
  ['The vote was rigged, he said.', ['rigged']],
  ['The building was rigged with explosives.', []],
  ['A media frenzy followed the arrest.', ['frenzy']],
  ['The corrupt officials took bribes.', ['corrupt']],
  ['The corrupt file could not be opened.', []],
  ['The plan was utterly wrong.', ['utterly']],
  ['The night was utterly cold.', []],
  ['The gross negligence of the board was exposed.', ['gross']],
  ['Gross domestic product rose by 2 per cent.', []],
  ['The infamous decree was signed in secret.', ['infamous']],
  ['The notorious pirate was hanged in the 17th century.', []],
  ['Rampant corruption has hollowed out the ministry.', ['rampant']],
  ['Rampant flooding followed the storm.', []],
  ['A malicious campaign was run against him.', ['malicious']],
  ['Malicious software infected the computers.', []],
  ['Prices skyrocketed under the new policy.', ['skyrocketed']],
  ['They want to annihilate the opposition.', ['annihilate']],
  ['The army annihilated the enemy battalion.', []],
  ['The policy wreaked havoc on farmers.', ['havoc']],
  ['The storm wreaked havoc on the coast.', []],
  ['He was tormented by the disease for years.', []],
  // verbs of saying
  ['The senator lambasted the agency.', ['lambasted']],
  ['He railed against the elites.', ['railed against', 'elites']],
  ['She bragged about the deal.', ['bragged']],
  ['He scoffed at the idea.', ['scoffed']],
  ['The paper demonized the strikers.', ['demonized']],
  ['They slandered the judge.', ['slandered']],
  ['He parroted the party line.', ['parroted']],
  ['The parrot learned ten words.', []],
  ['He spewed lies at the rally.', ['spewed']],
  ['The volcano spewed ash into the sky.', []],
  ['The minister hailed the deal as historic.', ['hailed']],
  ['She hailed a taxi outside the hotel.', []],
  ['He mocked the reporter.', ['mocked']],
  ['The comedy mocked the genre in the film.', []],
  ['He bashed the governor over the budget.', ['bashed']],
  ['He bashed into the wall with his car.', []],
  ['Activists decried the ruling.', ['decried']],
  ['He lashed back at his critics.', ['lashed back']],
  ['She chastised the board.', ['chastised']],
  // name-calling
  ['He called his rival a liar.', ['liar']],
  ['They are hypocrites.', ['hypocrites']],
  ['Those idiots in parliament voted for it.', ['idiots']],
  ['The idiot in the comedy series is the best role.', []],
  ['The president is a tyrant.', ['tyrant']],
  ['The tyrant ruled the city in the 15th century.', []],
  ['He is a charlatan.', ['charlatan']],
  ['The senator called him a psychopath.', ['psychopath']],
  ['The psychopath in the film kills his neighbours.', []],
  ['The post blamed libtards and commies.', ['libtards', 'commies']],
  ['Snowflakes fell on the town during the storm.', []],
  ['They are fanatics.', ['fanatics']],
  ['Football fanatics filled the stadium for the match.', []],
  ['He is a partisan hack.', ['hack']],
  ['The hack exposed the passwords of users.', []],
  ['The president’s minions carried out the purge.', ['minions']],
  ['The minions in the film sing a song.', []],
  ['The mayor became the bogeyman of the campaign.', ['bogeyman']],
  ['Those losers have ruined the country.', ['losers']],
  ['The losers of the match shook hands.', []],
  // war, disaster and theatre metaphors
  ['Officials warned of an invasion of migrants.', ['invasion']],
  ['The invasion of Normandy began at dawn.', []],
  ['A tsunami of migrants is heading for the border.', ['tsunami']],
  ['The tsunami destroyed a refugee camp on the coast.', []],
  ['The bill is an assault on democracy.', ['assault on']],
  ['He was charged with sexual assault on a woman.', []],
  ['The show is an assault on the senses.', []],
  ['The vote was the death knell for the plan.', ['death knell']],
  ['A firestorm of criticism followed.', ['firestorm']],
  ['A firestorm swept through the forest after the wildfire.', []],
  ['The party faces an apocalyptic defeat.', ['apocalyptic']],
  ['The horror film ends in an apocalyptic battle.', []],
  ['His crusade against the press continued.', ['crusade']],
  ['The crusades of the 12th century reshaped Europe.', []],
  ['The hearing was political theater.', ['political theater']],
  ['The article was a hit job.', ['hit job']],
  ['He promised to drain the swamp.', ['drain the swamp']],
  ['The riot became an orgy of violence.', ['orgy of']],
  // editorialising and unsupported attribution
  ['Ironically, the bill passed.', ['ironically']],
  ['Needless to say, it failed.', ['needless to say']],
  ['Many people say the vote was unfair.', ['many people say']],
  ['Many people, including the mayor, say the vote was unfair.', []],
  ['It is said that he fled the country.', ['it is said']],
  // fourth pass: emotive judgements, hyperbole nouns, name-calling of groups, verbs of saying that show a mood
  ['The callous decision left families without support.', ['callous']],
  ['The cowardly attack on reporters was condemned.', ['cowardly']],
  ['The barbaric practice of the 12th century is described in the museum.', []],
  ['The disingenuous argument was repeated.', ['disingenuous']],
  ['The monstrous villain of the film returns.', []],
  ['The new stadium is a boondoggle.', ['boondoggle']],
  ['The bill is a power grab.', ['power grab']],
  ['The jaw-dropping bill was passed.', ['jaw-dropping']],
  ['The jaw-dropping goal won the match.', []],
  ['The inept handling of the crisis cost votes.', ['inept']],
  ['The incompetent minister was fired.', ['incompetent']],
  ['He was convicted of petty theft.', []],
  ['Police called it a senseless killing.', ['senseless']],
  ['The treacherous plan was revealed.', ['treacherous']],
  ['Drivers were warned of treacherous roads.', []],
  ['The virulent campaign against the judge went on.', ['virulent']],
  ['A virulent strain of the virus spread.', []],
  ['The rollout was a catastrophe.', ['catastrophe']],
  ['The earthquake was a catastrophe for the region.', []],
  ['The tender was a debacle.', ['debacle']],
  ['Rock salt on icy streets can cause mayhem.', []],
  ['Officials denied a coverup.', ['coverup']],
  ['She used tape to cover up the holes.', []],
  ['Prophets of old called it an abomination, says the Bible.', []],
  ['The minister’s lapdogs in the press cheered.', ['lapdogs']],
  ['The poodle is a lapdog.', []],
  ['The board is full of yes-men.', ['yes-men']],
  ['A cabal of donors runs the party.', ['cabal']],
  ['The elites ignored the vote.', ['elites']],
  ['Hooligans attacked the office.', ['hooligans']],
  ['Police arrested hooligans after the football match.', []],
  ['The governor fumed at the delay.', ['fumed']],
  ['The senator grumbled about the budget.', ['grumbled']],
  ['The agency stonewalled the inquiry.', ['stonewalled']],
  ['He flip-flopped on the tax.', ['flip-flopped']],
  ['She wore flip-flops to the beach.', []],
  ['He trumpeted the deal as a triumph.', ['trumpeted']],
  ['The elephant trumpeted at the zoo.', []],
  ['The minister raged against the court’s decision.', ['raged']],
  ['The fire raged for three days.', []],
  ['He peddled the theory that the vote was rigged.', ['peddled', 'rigged']],
  ['He peddled drugs for a gang.', []],
  ['Conveniently, the files were lost.', ['conveniently']],
  // third pass: more emotive words, animals and history kept apart, theatre and tyranny metaphors
  ['The senator blasted Democrats for the delay.', ['blasted']],
  ['The policy is a perversion of justice.', ['perversion']],
  ['He was jailed for attempting to pervert the course of justice.', []],
  ['The minister’s venomous attack on judges drew protests.', ['venomous']],
  ['The venomous snake bit a hiker.', []],
  ['Online predators target lonely teenagers.', ['predators']],
  ['Wolves are the main predators of deer in the park’s habitat.', []],
  ['He protects the creatures from extinction and predators.', []],
  ['The trial was a kangaroo court.', ['kangaroo court']],
  ['The country has become a police state.', ['police state']],
  ['The reign of terror of 1793 ended with Robespierre’s death in the 18th century.', []],
  ['The party’s meltdown continued after the vote.', ['meltdown']],
  ['The nuclear meltdown forced an evacuation.', []],
  ['They called the protesters vermin.', ['vermin']],
  ['Vermin and other animals spread the disease.', []],
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
