/**
 * How a match reads in its place, with the shipped glossary: word senses (data/senses.json), names that are context
 * rather than framing, and actor identity (utils/core/identity.ts). Every sense has sentences where it fires and
 * sentences where the ordinary sense must be left alone; the cases named in issue 9 are among them.
 */
import * as v from 'valibot';
import { describe, expect, it, test } from 'vitest';
import raw from '../../../data/senses.json';
import { analyze } from '../../../utils/core/analyze';
import { SensesSchema, senses, sensesProblems } from '../../../utils/core/senses';
import type { Entry } from '../../../utils/glossary/schema';
import { readGlossaryFiles } from '../../../scripts/lib/glossary-files';

const entries = readGlossaryFiles().flatMap((f) => f.data as Entry[]);
const byId = new Map(entries.map((e) => [e.id, e]));

/** Framing findings as "entryId:text". */
const framing = (text: string) => analyze(text, entries).findings.filter((f) => f.flag === 'framing').map((f) => `${f.entryId}:${f.text}`);
/** Actor findings as "entryId:text". */
const actors = (text: string) => analyze(text, entries).findings.filter((f) => !f.entryId.startsWith('term-')).map((f) => `${f.entryId}:${f.text}`);

describe('data/senses.json', () => {
  it('is valid, and every cue set a term names exists', () => {
    expect(sensesProblems(v.parse(SensesSchema, raw))).toEqual([]);
  });
  it('names only glossary terms', () => {
    const ids = [...Object.keys(raw.terms), ...raw.names.map((n) => n.entryId)];
    expect(ids.filter((id) => byId.get(id)?.kind !== 'term')).toEqual([]);
  });
});

/** A list of signatories, one name to a paragraph, with `line` among them. */
const signatories = (line: string) =>
  `Signatories to the letter include:\n\nAmnesty International\n\nArticle 19\n\n${line}\n\nChristian Social Workers\n\nFreedom House`;

describe('word senses', () => {
  /** [term, a sentence in the framing sense, a sentence in an ordinary sense]: one pair for every sensed term. */
  const PAIRS: [string, string, string][] = [
    ['term-retaliation', 'Israel launched strikes in retaliation for the rocket fire.', 'She said she faced retaliation at work after filing a complaint.'],
    ['term-retaliation', 'The militia vowed retaliation after the drone attack.', 'China announced retaliatory tariffs in the trade dispute.'],
    ['term-retaliation', 'Russia launched a retaliatory missile strike on the city after the raid.', 'Putin oversaw a military drill simulating a massive retaliatory nuclear strike.'],
    ['term-retaliation', 'Officials, speaking on condition of anonymity, said the strike was retaliation for the rocket attack.', 'A resident of the camp, who feared militia retaliation and asked not to be identified, said the road was closed.'],
    ['term-retaliation', 'The police retaliated with tear gas after protesters threw stones at the station.', 'One NYPD officer tried to expose his colleagues’ misconduct — and the police department retaliated.'],
    ['term-retaliation', 'The army retaliated after gunmen attacked the checkpoint, exposing the base to fire.', 'He said the police department retaliated against him for testifying against two officers.'],
    ['term-retaliation', 'Government troops retaliated against the rebels after the attack on the checkpoint.', 'Workers claim the company has also retaliated against strike leaders.'],
    ['term-retaliation', 'The police retaliated with tear gas against striking miners after the strike turned violent.', 'Staff say the hospital retaliated against union members after the strike vote.'],
    ['term-retaliation', 'Russia vowed retaliation against European Union members that send weapons to Ukraine.', 'The labor board found retaliation against workers who joined the strike.'],
    ['term-refugee', 'Refugees fleeing the war crossed into Jordan.', 'Ecuador stripped him of his refugee status before the police took him into custody.'],
    ['term-refugee', 'Half of them are refugees from the Syrian civil war.', 'Thousands of displaced people live in the Rukban refugee camp near the border.'],
    ['term-security-operation', 'The army launched a security operation in the town, and dozens of residents were killed.', 'Joint military border security operations and air patrols give civilians some protection.'],
    ['term-security-operation', 'Police launched a security operation in the village after the protest, and two men died.', 'Lawyers of the National Security Division oversee the government’s domestic national-security operations.'],
    ['term-security-operation', 'The government called the assault on the town a security operation.', 'The FBI’s national security operations rely on warrants from a secret court.'],
    ['term-security-operation', 'Police launched a security operation against protesters outside the summit.', 'The security operation in Sochi "is the most impressive and well-fortified that we\'ve ever seen in Olympic history."'],
    ['term-security-operation', 'The army’s security operation in the region left 40 dead before the festival.', 'Thousands of officers joined the security operation for the inauguration on Monday.'],
    ['term-self-defence', 'Israel said the strikes on Gaza were an exercise of its right to self-defense.', 'The right to self-defense is a natural human right, like thought and speech.'],
    ['term-self-defence', 'Russia claimed a right to self-defence as its troops crossed the border, and gun sales soared in Kyiv.', 'The court held that the Second Amendment protects the right to self-defense in the home.'],
    ['term-self-defence', 'Ukraine invoked its right to self-defence under Article 51 of the UN Charter.', 'Gun owners said the law infringed their right to self-defense.'],
    ['term-self-defence', 'Israel says it is exercising its right to self-defense in Gaza.', 'Citizens shouldn’t be targeted for exercising their #2A right to self-defense, the attorney general tweeted.'],
    ['term-foreign-agent', 'Russia’s justice ministry added two more journalists to its list of foreign agents.', 'Court orders authorize the agents to collect information and monitor suspected foreign agents.'],
    ['term-foreign-agent', 'Georgia’s parliament passed a law that brands NGOs foreign agents, despite a court warrant for the protest leader.', 'The FBI obtained a warrant from the Foreign Intelligence Surveillance Court to watch a man it believed to be a foreign agent.'],
    ['term-clashes', 'Clashes between troops and rebels left 12 dead.', 'The senator clashed with the chairman over the budget.'],
    ['term-rebel', 'Rebels seized the town after days of fighting.', 'He was a rebel against political correctness.'],
    ['term-militant', 'Militants fired rockets at the town after the raid.', 'Since the sanitation strike broke, her activism is taking an increasingly militant tone.'],
    ['term-militant', 'A militant shot two soldiers, and the commander’s tone was calm.', 'The union took a militant stance in the wage talks.'],
    ['term-insurgent', 'Insurgents ambushed the convoy near the border.', 'The insurgent candidate won the primary against the party favourite.'],
    ['term-dictator', 'The dictator ruled the country for three decades until the coup.', 'My toddler is a tiny dictator at bedtime.'],
    ['term-strongman', 'The strongman ruled with an iron fist after the coup.', 'He competed in the strongman event at the county fair.'],
    ['term-torture', 'Detainees said they were tortured in the prison.', 'It was the most tortured I have ever seen a defence look.'],
    ['term-settler', 'Settlers attacked a village in the West Bank.', 'The settler colonies of the British Empire were granted dominion status.'],
    ['term-incursion', 'Troops made an incursion across the border.', 'My father went along with all these incursions and improvements.'],
    ['term-invasion', 'The invasion of Ukraine began with missile strikes.', 'The lawsuit alleges an invasion of privacy.'],
    ['term-liberated', 'The army said it had liberated the village.', 'She felt liberated after quitting her job.'],
    ['term-liberated', 'Troops liberated the town from the militants after weeks of shelling.', 'After the attacks, the verdict liberated the soldiers from taking any threat seriously.'],
    ['term-liberated', 'The army liberated Mosul from the Islamic State after a long battle.', 'The new drones liberated soldiers from the burden of patrolling the border on foot.'],
    ['term-massacre', 'Soldiers massacred civilians in the village.', 'The home team massacred their rivals 6-0 in the football final.'],
    ['term-atrocity', 'Investigators documented atrocities against civilians in the war.', 'The new parking garage is an architectural atrocity.'],
    ['term-assassination', 'The commander was assassinated in a drone strike.', 'Kennedy was assassinated in Dallas in 1963.'],
    ['term-mercenary', 'Mercenaries fought alongside government troops.', 'The striker made a mercenary move to the richest club.'],
    ['term-cleansed', 'The militia cleansed the villages of their residents after the attack.', 'She cleansed her face every evening.'],
    ['term-neutralised', 'The army said it neutralised three militants.', 'The acid was neutralised with baking soda.'],
    ['term-annexation', 'Russia announced the annexation of occupied regions after the invasion.', 'The city council approved the annexation of farmland for the new school.'],
    ['term-thug', 'Armed thugs attacked protesters with guns.', 'The movie villain was a cartoonish thug.'],
    ['term-warlord', 'The warlord’s militia controls the highway.', 'In the board game, each player is a warlord.'],
    ['term-militia', 'The militia fired rockets at the base.', 'The town militia re-enactors marched in the parade.'],
    ['term-pro-choice', 'The pro-abortion lobby cheered the ruling.', 'The case galvanized the pro–abortion rights segment of the public.'],
    ['term-humanitarian-intervention', 'NATO invoked the responsibility to protect civilians in Libya.', 'The platforms fumble their responsibility to protect our democracy.'],
    ['term-militia', 'Armed militias attacked the village before the ceasefire.', 'The Second Amendment reads: “A well regulated Militia, being necessary to the security of a free State, the right of the people to keep and bear Arms, shall not be infringed.”'],
    ['term-militia', 'The army and an allied militia shelled the rebel town.', 'Whenever governments mean to invade the liberties of the people, they attempt to destroy the militia, in order to raise an army upon their ruins.'],
    ['term-pacification', 'The army began the pacification of the rebel province.', 'The pacification of the crying baby took an hour.'],
    ['term-martyr', 'The group called the fighters killed in the raid martyrs.', 'He played the martyr after being left off the team.'],
    ['term-martyr', 'The militia hailed the fighters killed in the war as martyrs.', 'Depicted as a fighter for exploited workers, the union leader was a martyr to free speech.'],
    ['term-martyr', 'Mourners carried the bodies of the martyrs killed in the air strike.', 'The jailed soldier became a martyr to his principles in the eyes of his supporters.'],
    ['term-gunmen', 'Gunmen from the militia stormed the checkpoint.', 'A gunman opened fire at a cinema, killing two people.'],
    ['term-gunmen', 'Gunmen from the militia stormed the checkpoint during the massacre.', 'The database only counts single gunman incidents, not the Columbine massacre.'],
    ['term-gunmen', 'Militia gunmen carried out the massacre at the school.', 'A lone gunman carried out the massacre at the school.'],
    ['term-migrant', 'Migrants crossed the Mediterranean in small boats.', 'More than one new migrant arrives for every 100 residents.'],
    ['term-freedom-fighter', 'Supporters of the militia call its gunmen freedom fighters, while the government calls them terrorists.', 'When asked to portray the unlikely freedom fighter in the big-screen drama Selma, Oprah Winfrey hesitated.'],
    ['term-terror-group', 'The terrorist group claimed the bombing in a statement.', 'Their fighters are still on the State Department list of foreign terrorist organizations.'],
    ['term-assassination', 'Israel’s assassination of the Hamas commander in Beirut drew threats of revenge.', 'The CIA pushes them to turn an interview with the reclusive North Korean dictator into an assassination mission.'],
    ['term-assassination', 'The assassination of the general in a drone strike raised fears of war.', 'The government called the movie, which ends with an assassination, an act of war.'],
    ['term-resistance', 'Hezbollah and other resistance groups vowed to respond to the strike.', 'The anti-Trump resistance groups like Indivisible can’t agree on a candidate, so they haven’t endorsed anyone.'],
    ['term-resistance', 'Democrats in Congress praised the resistance fighters in occupied Kherson.', 'Democrats in Congress praised the resistance groups that organised town halls.'],
    ['term-resistance', 'The protests had broadened into a resistance movement against the territory’s government and Beijing.', 'Progressive resistance groups held town halls before the midterms.'],
    ['term-genocide', 'Rights groups say the campaign against the Rohingya amounts to genocide.', 'The genocide against the Herero and Nama is the most serious crime in Germany’s colonial history.'],
    ['term-genocide', 'Protesters compared the war in Gaza to the Holocaust and called it a genocide.', 'The Nazi plan outlined the colonization of Eastern Europe by means of genocide.'],
    ['term-genocide', 'The government denies that it is committing genocide in the region.', 'Mein Kampf set out the author’s various visions of genocide.'],
    ['term-genocide', 'Rights groups accuse the army of genocide in the region.', 'The minister said a determination of genocide could only be made by a relevant UN judicial body.'],
    ['term-radical', 'He was radicalised online before the attack.', 'Antioxidants fight the free radicals that damage cells.'],
    ['term-ethnic-cleansing', 'The UN said the expulsions in Myanmar were a textbook example of ethnic cleansing.', 'The Generalplan Ost outlined the colonization of Eastern Europe by means of genocide and ethnic cleansing.'],
    ['term-retaliation', 'Hezbollah vowed retaliation for the strike on Beirut.', 'Most Palestinians have given up reporting settler attacks to the army because they fear retaliation.'],
    ['term-illegal-settlements', 'Illegal settlements expanded across the occupied West Bank.', 'They are allowed to live there even though it has been declared an illegal outpost, and the army protects them.'],
    ['term-extremist', 'Extremists attacked the checkpoint at dawn.', 'She covers politics, always aiming for a world free from extremism and authoritarianism.'],
    ['term-terror-attack', 'The terror attack on the concert hall killed 140 people.', 'The pamphlet covers shelter, home preparedness, digital security, terror attacks, disease outbreaks and extreme weather.'],
    ['term-terror-attack', 'Police said the terrorist attacks on the two mosques were planned for months.', 'Facebook has cooperated with judges on matters related to terrorist attacks and violent acts.'],
    ['term-terrorist', 'Police said the terrorists planned the attack for months.', 'The Senate will vote on bills to prevent terrorists from buying weapons.'],
    ['term-terrorist', 'How do we locate suspected terrorists?', 'Collins backs a bill that would create a narrow list of suspected terrorists who would be barred from buying firearms.'],
    ['term-terrorist', 'The terrorists who attacked the nightclub had bought their rifles legally.', 'The plan would block sales of guns to people who are suspected of having terrorist ties.'],
    ['term-terrorist', 'The State Department urged Americans to leave, citing terrorist activities and civil unrest.', 'A sale would halt only if a judge found probable cause that the buyer is involved in terrorist activities.'],
    ['term-terrorist', 'The terrorists fled across the border after the bombing.', 'Thousands of people are wrongly included on the terror watch list alongside suspected terrorists.'],
    ['term-terror-attack', 'The terrorist attacks of November 13 were planned in Brussels.', 'He claimed that the CIA was behind the terrorist attacks of Sept. 11, 2001.'],
    ['term-terror-attack', 'The terrorist attacks on the metro were planned in Syria.', 'After the terrorist attacks of 9/11, difficult questions were asked.'],
    ['term-terror-attack', 'The terror attacks in Brussels killed 32 people.', 'Since the 9/11 terrorist attacks, airports have screened every bag, and the September 11 terror attacks are taught in schools.'],
    ['term-assassination', 'Lebanese police officers said the Hezbollah commander was assassinated in a drone strike.', 'An MIT police officer was killed, “assassinated,” Thursday night in Cambridge.'],
    ['term-assassination', 'A police officer was assassinated by militants in Gaza City.', 'The patrolman was fatally shot in his cruiser in what the commissioner called an “assassination.”'],
    ['term-buffer-zone', 'The army declared a buffer zone along the border and razed the homes inside it.', 'Even in war zones, the army creates a safe zone for the passage of ambulances, the doctor said.'],
    ['term-buffer-zone', 'Israel widened the buffer zone in Gaza, and ambulances could no longer reach the wounded.', 'Medics asked for a safe zone where stretchers could be carried out.'],
    ['term-humanitarian-intervention', 'NATO cited the responsibility to protect civilians in Libya from atrocities.', 'He stressed the state’s responsibility to protect citizens from the adverse effects of social media-driven hysteria.'],
    ['term-migrant', 'Arrivals of migrants seeking asylum spiked last year.', 'Sheinbaum committed to deploying 10,000 National Guard troops to the northern border to combat the flow of drugs and migrants to the U.S.'],
    ['term-migrant', 'Migrants fleeing the war drowned off the coast of Libya.', 'The doctors pleaded with the administration to vaccinate detained migrants for flu.'],
    ['term-migrant', 'Thousands of migrants, many of them refugees from Sudan, waited at the border.', 'The bill puts stronger penalties in place for migrant smuggling gangs crossing the border.'],
    ['term-migrant', 'Migrants rescued from a dinghy were taken to Lampedusa.', 'The violence was preceded by a period of scapegoating refugees and migrants by politicians.'],
    ['term-radical', 'Right-wing radicals attacked the refugee shelter.', 'Absent were her allies, the socialist radicals Mick Wallace and Clare Daly.'],
    ['term-refugee', 'Refugees who fled the fighting slept in tents.', 'Students come from refugee and internally displaced-persons camps.'],
    ['term-refugee', 'Refugees from the Syria conflict crossed into Turkey with aid.', 'The United States gave hundreds of millions of dollars in refugee aid to Turkey in the Syria conflict.'],
    ['term-settler', 'Settlers torched cars in a Palestinian village in the West Bank.', 'Protesters in the West Bank carried posters denouncing Israel as a “settler colonialist apartheid state.”'],
    ['term-atrocity', 'Soldiers committed atrocities against civilians in the occupied villages during the war.', 'She told the court that Palestinians in the occupied territory are being subjected to atrocity crimes, persecution and genocide.'],
    ['term-sponsor-backed', 'A Russian-backed candidate won the election in the breakaway region.', 'It is the first time that a coalition backed by TDU has taken the driver’s seat in the international union.'],
    ['term-terrorist', 'The terrorists struck the station during the morning rush.', 'Le Chiffre, the film’s primary villain, doesn’t want to rule the world; he wants money, and he’s willing to work with terrorists to gain it.'],
    ['term-gun-rights', 'The senator vowed to protect Americans’ gun rights from the new law.', 'More than 22,000 armed gun-rights activists filled the streets of Richmond.'],
    ['term-gun-safety', 'Democrats promised common-sense gun safety measures after the shooting.', 'Gun safety advocates met the governor on Monday.'],
    ['term-terrorist', 'Police said the terrorist cell had planned the attacks for months.', 'The key suspect has been convicted of terrorist activities and of links to the cell, police said.'],
    ['term-terrorist', 'The terrorist threat to London has grown since the attacks, police said.', 'London’s official terrorist threat level has been set at “severe” after a series of attacks.'],
    ['term-terrorist', 'Police said the terrorists raised their level of activity after the attacks.', 'The terrorist alert level was raised after the bombing.'],
    ['term-torture', 'Rebels said their captors used torture. When he was captured, the guards’ torture method was beatings in the prison.', 'Le Chiffre, the film’s primary villain, wants money. When Bond is captured, Le Chiffre’s torture method isn’t a laser or a shark tank.'],    ['term-collateral-damage', 'The officer said the strikes were carried out with precision so that there was no collateral damage.', 'Whatever the downside, he viewed it as collateral damage he could live with.'],
    ['term-collateral-damage', 'Civilians killed in the air raid were described as collateral damage.', 'Small shareholders became collateral damage in the merger fight.'],
    ['term-asylum-seeker', 'Asylum seekers waited at the border crossing for weeks.', 'Officials discussed leaving a door of the diplomatic mission open to allow the kidnapping of the asylum seeker.'],
    ['term-proxy', 'Iran is waging a proxy war against Saudi Arabia through the militias it arms in Yemen.', 'The primary has turned into a proxy war for factions within the Republican Party.'],
    ['term-assassination', 'The army denied any part in the assassination of the militia commander.', 'A mob killed thousands of Sikhs following the assassination of then-Prime Minister Indira Gandhi in 1984.'],
    ['term-fake-news', 'The president dismissed the newspaper’s report as fake news.', 'Librarians teach students how to identify fake news before an election.'],
    ['term-fake-news', 'The army accused critics of spreading lies and fake news about its operations.', 'Macedonia has a fake news industry that writes for American readers.'],
    ['term-fake-news', 'The minister called the reports of torture fake news.', 'Fake news, hate speech and foreign interference spread on the platforms.'],
    ['term-fake-news', 'The president dismissed the report as fake news.', 'Regulators listed fake news, viewpoint discrimination and sex trafficking among the harms of social media.'],
    ['term-fake-news', 'The senator called the story fake news.', 'Before the term was co-opted to describe accurate but unwelcome stories, real fake news was being created at scale.'],
    ['term-fake-news', 'Trump vowed to keep fighting the fake news media.', 'The platform gets to decide what free speech is and battle against fake news.'],
    ['term-fake-news', 'The president said he was in a battle against the fake news every day.', 'Newsrooms are hiring fact-checkers to tackle fake news before the election.'],
    ['term-fake-news', 'CNN is fake news, the president told the rally.', 'Messaging apps announced new steps to crack down on fake news before the vote.'],
    ['term-fake-news', 'The minister called the committee’s report fake news.', 'The committee has been investigating disinformation and fake news since the data scandal.'],
    ['term-fake-news', 'Aides dismissed the story as fake news and a hoax.', 'The report comes after months of studying the rise in fake news on social media.'],
    ['term-fake-news', 'He called the newspaper fake news in a speech.', 'The same conversation about fake news is going on around the world, the fact-checker said.'],
    ['term-fake-news', 'The minister dismissed the inquiry into the leak as fake news.', 'An inquiry into fake news reported on Sunday.'],
    ['term-fake-news', 'I define “fake news” as disinformation, misinformation and propaganda, the speaker said.', 'Researchers at the inquiry on fake news met on Monday.'],
    ['term-fake-news', 'The senator said the poll was fake news.', 'A video gives a brief history of fake news, from pamphlets to bots.'],
    ['term-security-barrier', 'Israel began building the security fence through the West Bank in 2002.', 'Crossings into El Paso fell a decade before the security fence went up.'],
    ['term-dictator', 'Protesters called the president a dictator after the army fired on the crowd.', 'He said the infamous German dictator never used chemical weapons.'],
    ['term-dictator', 'Rebels vowed to fight the dictator in Tripoli until he fell.', 'A campaign was launched after Libyan dictator Muammar Gaddafi won a seat on the council in 2010.'],
    ['term-dictator', 'Protesters in Baghdad called the prime minister a dictator after troops fired on the crowd.', 'In 1990 the Iraqi dictator Saddam Hussein invaded Kuwait.'],
    ['term-dictator', 'Students in Santiago called the president a dictator after soldiers fired on the march.', 'The Chilean dictator Augusto Pinochet seized power in a coup in 1973.'],
    ['term-occupier', 'Residents of the occupied city said the Russian occupiers had seized their homes.', 'Police shot one of the occupiers dead during the 41-day protest at the wildlife refuge.'],
    ['term-invasion', 'Pyongyang said the invasion of the South in 1950 began with artillery fire.', 'Pyongyang has called the joint military drills a rehearsal for invasion.'],
    ['term-invasion', 'Russian troops crossed the border at the start of the invasion.', 'Turkish tanks sat at the border, waiting for a possible ground invasion.'],
    ['term-asylum-seeker', 'Asylum seekers who camped outside the embassy were moved to a reception centre near the border.', 'The embassy has sheltered the asylum seeker for seven years.'],
    ['term-hamas-run', 'The toll from the Hamas-run Gaza Strip’s health ministry rose to 300.', 'The Sinai Peninsula, which borders Israel and the Hamas-run Gaza Strip, has seen a rise in militancy.'],
    ['term-hamas-run', 'The Hamas-run health authority in the Gaza Strip said 300 people died.', 'Egypt sealed its border with the Hamas-run Gaza Strip in 2007.'],
    ['term-genocide', 'South Africa accuses Israel of genocide in Gaza.', 'Judges heard South Africa’s genocide case against Israel on Tuesday.'],
    ['term-genocide', 'Rights groups say the army committed genocide in Gaza.', 'No ceasefire, but South Africa wins measures in the Gaza genocide case.'],
    ['term-clashes', 'Protesters clashed with police in the square.', 'There was scuffling in parts of the city, but no signs of major clashes between protesters and police.'],
    ['term-clashes', 'Clashes between protesters and police left two dead.', 'Police reported no sign of clashes after the march.'],
    ['term-clashes', 'Clashes between soldiers and militants killed nine.', 'The survey found tensions in the industry, including clashes between reporters and editors after the attack coverage.'],
    ['term-clashes', 'Clashes between troops and rebels left 12 dead in Tripoli.', 'The report describes armed civilians and clashes between rival militias in Tripoli.'],
    ['term-clashes', 'Militiamen clashed with protesters in the square in Tripoli.', 'Fighters of one faction clashed with rival gunmen near the port of Tripoli.'],
    ['term-extremist', 'JihadWatch.org, a nonprofit that monitors Muslim extremists, said the cells were growing.', 'The gunman shouted slogans, according to a group that tracks online extremism.'],
    ['term-surgical-strike', 'The army said the precision strike on the camp killed only militants.', 'Officials said personnel used precision strike weapon systems, including drones, to carry out the strikes.'],
  ];

  it.each([
    ['a heading, by the settled case in the sentence under it', 'The first genocide of the 20th century\n\nThe genocide against the Herero and Nama in German South-West Africa is the most serious crime in Germany’s colonial history.'],
    ['"refugee centers", a kind of shelter', 'The rest of the patients were asked to find shelter in one of the operating clinics or refugee centers.'],
    ['"refugee centres"', 'Families slept in refugee centres across the city.'],
  ])('reads the ordinary or settled sense in %s', (_, text) => {
    expect(framing(text).filter((f) => /^term-(?:genocide|refugee):/.test(f))).toEqual([]);
  });

  it('reads a label named only to be denied as no label, but a euphemism denied as its speaker’s claim', () => {
    expect(framing('That they come from such countries does not mean, not that they are terrorists themselves.').filter((f) => f.startsWith('term-terrorist:'))).toEqual([]);
    expect(framing('No one who crossed the border has ever conducted a terrorist attack.').filter((f) => f.startsWith('term-terror-attack:'))).toEqual([]);
    expect(framing('Officials said the men were terrorists.').some((f) => f.startsWith('term-terrorist:'))).toBe(true);
    expect(framing('Two U.S. officials say he had no tie to terrorist groups.').filter((f) => f.startsWith('term-terror-group:'))).toEqual([]);
    expect(framing('He had no ties to the terrorist groups that claimed the attack.').some((f) => f.startsWith('term-terror-group:'))).toBe(true);
    expect(framing('Officials say he had ties to terrorist groups in Syria.').some((f) => f.startsWith('term-terror-group:'))).toBe(true);
    expect(framing('The officer said the strikes were precise, so there was no collateral damage.').some((f) => f.startsWith('term-collateral-damage:'))).toBe(true);
  });

  it('reads "counter-terrorism operations" after "director / head / chief of" as a post’s title', () => {
    expect(framing('Richard Barrett, the former director of global counter-terrorism operations at British MI6, said 2,400 Russians had gone to fight.').filter((f) => f.startsWith('term-counter-terrorism-operation:'))).toEqual([]);
    expect(framing('She was named head of counterterrorism operations at the ministry.').filter((f) => f.startsWith('term-counter-terrorism-operation:'))).toEqual([]);
    // A campaign, or a director who leads one, still flags.
    expect(framing('Russia launched a counter-terrorism operation in Chechnya.').some((f) => f.startsWith('term-counter-terrorism-operation:'))).toBe(true);
    expect(framing('The director said the counter-terrorism operation in the region would go on.').some((f) => f.startsWith('term-counter-terrorism-operation:'))).toBe(true);
  });

  it('reads a term inside an organisation’s capitalised name as the name', () => {
    expect(framing('The group Everytown for Gun Safety reported a leap in members.').filter((f) => f.startsWith('term-gun-safety:'))).toEqual([]);
    expect(framing('Democrats promised common-sense gun safety measures after the shooting.').some((f) => f.startsWith('term-gun-safety:'))).toBe(true);
    // Inside a name that ends on "Center", "Centre", "Institute" or "Program"; not before a lower-case "center".
    expect(framing('From Matthew Henman, head of IHS Jane\'s Terrorism and Insurgency Center:').filter((f) => f.startsWith('term-insurgent:'))).toEqual([]);
    expect(framing('She leads the Global Terrorism and Insurgency Research Program at the university, which studies the war.').filter((f) => f.startsWith('term-insurgent:'))).toEqual([]);
    expect(framing('The Taliban Insurgency attacked the Kabul Training Center after the war began.').some((f) => f.startsWith('term-insurgent:'))).toBe(true);
    expect(framing('Officials said the Taliban Insurgency center of operations was shelled in the war.').some((f) => f.startsWith('term-insurgent:'))).toBe(true);
    // After the head of a body's name and "on", "for", "of" or "against"; not after another capitalised word and "on".
    expect(framing('The report was released last week by George Washington University’s Program on Extremism.').filter((f) => f.startsWith('term-extremist:'))).toEqual([]);
    expect(framing('He joined the Commission on Terrorism and Radicalisation in 2015.').filter((f) => f.startsWith('term-radical:'))).toEqual([]);
    expect(framing('Obama Cracks Down on Extremists After Attack').some((f) => f.startsWith('term-extremist:'))).toBe(true);
    expect(framing('The new program on extremism was cut from the budget.').some((f) => f.startsWith('term-extremist:'))).toBe(true);
    expect(framing('Experts at the Center on Terrorism said Hamas terrorists fired the rockets.').some((f) => f.startsWith('term-terrorist:'))).toBe(true);
  });

  it('reads a term inside the capitalised title of a law as the name', () => {
    const quoted = 'Before it was upheld in 2007, the "Partial-Birth Abortion Ban Act was struck down by every lower federal court that considered it," Johnson said.';
    expect(framing(quoted).filter((f) => f.startsWith('term-partial-birth-abortion:'))).toEqual([]);
    expect(framing('Congress passed the Partial-Birth Abortion Ban Act of 2003.').filter((f) => f.startsWith('term-partial-birth-abortion:'))).toEqual([]);
    // The term in prose, a lower-case "act", or a headline where "Act" is a verb still flags.
    expect(framing('The law banned partial-birth abortion in every state.').some((f) => f.startsWith('term-partial-birth-abortion:'))).toBe(true);
    expect(framing('Outlawing partial-birth abortion was an act of conscience, he said.').some((f) => f.startsWith('term-partial-birth-abortion:'))).toBe(true);
    expect(framing('Partial-Birth Abortion Opponents Act Fast In Ohio').some((f) => f.startsWith('term-partial-birth-abortion:'))).toBe(true);
  });

  it('reads a label for a kind of adversary imagined in a "whether … or" alternative as naming no one', () => {
    const text = 'The right to own weapons of the same sophistication as an adversary — whether agents of a tyrant or a mob of thugs or a deranged killer — is protected.';
    expect(framing(text).filter((f) => f.startsWith('term-thug:'))).toEqual([]);
    expect(framing('Whether a terrorist or a lone criminal carried out the bombing, the army said, is not yet known.').filter((f) => f.startsWith('term-terrorist:'))).toEqual([]);
    // A group named, a question about someone, or no alternative at all still flag.
    expect(framing('The army asked whether Hamas terrorists or other militants fired the rocket.').some((f) => f.startsWith('term-terrorist:'))).toBe(true);
    expect(framing('The minister called them terrorists, whether or not the court agrees.').some((f) => f.startsWith('term-terrorist:'))).toBe(true);
    expect(framing('Armed thugs loyal to the regime beat protesters in the square after the army withdrew.').some((f) => f.startsWith('term-thug:'))).toBe(true);
  });

  it('reads a label put to a hypothetical "you" or "someone" as naming no one', () => {
    expect(framing('“If you’re a terrorist, I know you won’t like the bill,” the senator said.').filter((f) => f.startsWith('term-terrorist:'))).toEqual([]);
    expect(framing('If someone is a violent thug, the police will deal with him.').filter((f) => f.startsWith('term-thug:'))).toEqual([]);
    // Someone asked about, or the label applied to the one addressed, still flags.
    expect(framing('If they are terrorists, the army said, they will be treated as such.').some((f) => f.startsWith('term-terrorist:'))).toBe(true);
    expect(framing('You’re a terrorist, the minister told the militia leader.').some((f) => f.startsWith('term-terrorist:'))).toBe(true);
  });

  it('reads a label in a picture credit after a caption button as page furniture', () => {
    expect(framing('Enlarge this image toggle caption Militant photo via AP Militant photo via AP').filter((f) => f.startsWith('term-militant:'))).toEqual([]);
    // A credit with no caption button, or a caption that tells of militants, still flags.
    expect(framing('Militant photo via AP shows the fighters who attacked the base.').some((f) => f.startsWith('term-militant:'))).toBe(true);
    expect(framing('toggle caption Militants stormed the base on Friday, the army said.').some((f) => f.startsWith('term-militant:'))).toBe(true);
  });

  it('reads clashes only forecast, with no sides named, as no event cast as mutual', () => {
    expect(framing('German officials said that further violent clashes and "terrorist attacks" are expected across Turkey, near the war in Syria.').filter((f) => f.startsWith('term-clashes:'))).toEqual([]);
    expect(framing('Police braced for possible clashes near the border after the army withdrew.').filter((f) => f.startsWith('term-clashes:'))).toEqual([]);
    // Clashes that happened, or a forecast that names the sides, still flag.
    expect(framing('Violent clashes erupted across Turkey near the war in Syria, officials said.').some((f) => f.startsWith('term-clashes:'))).toBe(true);
    expect(framing('Clashes between the army and protesters are expected near the border.').some((f) => f.startsWith('term-clashes:'))).toBe(true);
    // A risk of clashes with an army is a forecast between armies; with a crowd, or clashes that happened, it flags.
    expect(framing('Turkey was reluctant to join because of the risk of direct clashes with forces of Syrian President Bashar Assad.').filter((f) => f.startsWith('term-clashes:'))).toEqual([]);
    expect(framing('The army moved back to avoid clashes with Russian troops near the border.').filter((f) => f.startsWith('term-clashes:'))).toEqual([]);
    expect(framing('Police warned of the risk of clashes with protesters near the border after the army withdrew.').some((f) => f.startsWith('term-clashes:'))).toBe(true);
    expect(framing('Direct clashes with forces of Syrian President Bashar Assad left 12 soldiers dead.').some((f) => f.startsWith('term-clashes:'))).toBe(true);
  });

  it('reads a term in another article’s headline, after "Read more:", before a closing "Read more" or in a line of capitals, as link furniture', () => {
    expect(framing('Read more: No ceasefire, but South Africa wins measures as rights groups accuse the army of genocide').filter((f) => f.startsWith('term-genocide:'))).toEqual([]);
    expect(framing('TRUMP ADMINISTRATION TO DEPLOY BORDER PATROL TO SANCTUARY CITIES TO HELP ICE CATCH ILLEGAL IMMIGRANTS').filter((f) => f.startsWith('term-illegal-immigrant:'))).toEqual([]);
    expect(framing('ICE SUBPOENAS NY FOR INFO ON ILLEGAL IMMIGRANT ACCUSED OF MURDER, AS SANCTUARY CITY FIGHT ESCALATES').filter((f) => f.startsWith('term-illegal-immigrant:'))).toEqual([]);
    // A short phrase in capitals, a sentence only partly in capitals, and "Read more" at the end still read.
    expect(framing('The banner said “LAWLESS EXTREMISTS” in red letters.').some((f) => f.startsWith('term-extremist:'))).toBe(true);
    expect(framing('THE SHERIFF SAID ILLEGAL IMMIGRANTS crossed the border before the raid.').some((f) => f.startsWith('term-illegal-immigrant:'))).toBe(true);
    expect(framing('Rights groups accuse the army of genocide in the region. Read more below.').some((f) => f.startsWith('term-genocide:'))).toBe(true);
    // A line that ends with its link's "Read more" is another article's headline.
    expect(framing('Book by a reporter charts the army’s genocide in the region Read more').filter((f) => f.startsWith('term-genocide:'))).toEqual([]);
    // Headlines listed one to a line under "READ MORE:", past advertisement slots, are links; a sentence after them
    // with its closing stop is the article again.
    const list = 'The column ends here.\n\nAdvertisement\n\nREAD MORE:\n\nAdvertisement\n\nAntifa and the alt-right, growing in opposition\n\nThe roots of left-wing violence';
    expect(framing(list).filter((f) => f.startsWith('term-alt-right:'))).toEqual([]);
    expect(framing('READ MORE:\n\nThe alt-right marched in the town, and the police watched.').some((f) => f.startsWith('term-alt-right:'))).toBe(true);
  });

  it('reads a term in a related video’s title, after a player’s "JUST WATCHED" or "MUST WATCH", as page furniture', () => {
    expect(framing("JUST WATCHED A Syrian refugee's story Replay More Videos ..").filter((f) => f.startsWith('term-refugee:'))).toEqual([]);
    expect(framing("MUST WATCH A Syrian refugee's story 02:30").filter((f) => f.startsWith('term-refugee:'))).toEqual([]);
    expect(framing('JUST WATCHED Rebels seize the airport Replay More Videos ..').filter((f) => f.startsWith('term-rebel:'))).toEqual([]);
    // The words in lower case, or the label later in a sentence of the article, still read.
    expect(framing('Millions just watched a Syrian refugee tell her story on television.').some((f) => f.startsWith('term-refugee:'))).toBe(true);
    expect(framing('Viewers must watch as refugees fleeing the war cross the border, the film says.').some((f) => f.startsWith('term-refugee:'))).toBe(true);
    expect(framing('Rebels seized the airport, and the clip the army released, JUST WATCHED by millions, shows it.').some((f) => f.startsWith('term-rebel:'))).toBe(true);
  });

  it('reads a label the speaker takes for himself as a self-description, not a label given', () => {
    expect(framing('I am a consultant terrorist. I wear a suit, not explosives.').filter((f) => f.startsWith('term-terrorist:'))).toEqual([]);
    expect(framing('“I’m a terrorist,” the comedian deadpanned.').filter((f) => f.startsWith('term-terrorist:'))).toEqual([]);
    // A label others give the speaker, or one after "I am sure", still flags.
    expect(framing('“They called me a terrorist,” he said.').some((f) => f.startsWith('term-terrorist:'))).toBe(true);
    expect(framing('I am sure a terrorist planted the bomb.').some((f) => f.startsWith('term-terrorist:'))).toBe(true);
    expect(framing('Let’s suppose I am an Islamic State terrorist.').some((f) => f.startsWith('term-terrorist:'))).toBe(true);
  });

  it('reads a label in a condition that supposes a class or holds a classification open as naming no one', () => {
    expect(framing('If there were lots of criminals and terrorists trying to sneak across the border undetected, a wall might help.').filter((f) => f.startsWith('term-terrorist:'))).toEqual([]);
    expect(framing('If what happened here is, in fact, an organized terror attack, it is another reminder of the dangers.').filter((f) => f.startsWith('term-terror-attack:'))).toEqual([]);
    expect(framing('If this was a terror attack, the police will say so.').filter((f) => f.startsWith('term-terror-attack:'))).toEqual([]);
    // A condition about people or an event taken as real still flags.
    expect(framing('If the terrorists strike again, the stations will close.').some((f) => f.startsWith('term-terrorist:'))).toBe(true);
    expect(framing('The army said that if the attack was carried out by terrorists, it would respond.').some((f) => f.startsWith('term-terrorist:'))).toBe(true);
    expect(framing('The terror attack on the concert hall killed 140 people, and if there is more, the city will close.').some((f) => f.startsWith('term-terror-attack:'))).toBe(true);
    expect(framing('It’s a moderate, stable region, and if there were victors of the American invasion, the KRG probably tops the list.').some((f) => f.startsWith('term-invasion:'))).toBe(true);
  });

  it('reads a term in hover-card headlines run into a name, up to "MORE", as link furniture', () => {
    expect(framing('Minnesota Gov. Tim Walz Timothy (Tim) James WalzTrump slams Biden staff for donating bail money to protesters Minnesota officials believe white supremacists attending demonstrations in Twin Cities, official says MORE (D) called in additional National Guard troops.').filter((f) => f.startsWith('term-white-supremacist:'))).toEqual([]);
    expect(framing("President Trump Donald John TrumpFauci says his meetings with Trump have 'dramatically decreased' Stopping Israel's annexation is a US national security interest MORE asked the Defense secretary for options.").filter((f) => f.startsWith('term-annexation:'))).toEqual([]);
    // After "MORE" the article's own words go on; a glued name with no "MORE", or "MORE" with no glued name, is no card.
    expect(framing('Rep. Dan Crenshaw Daniel CrenshawCrenshaw-AOC battle puts spotlight on guns MORE (R-Texas) said many of the migrants crossed the Mediterranean in small boats.').some((f) => f.startsWith('term-migrant:'))).toBe(true);
    expect(framing('General MacArthur warned that the annexation of the island would start a war.').some((f) => f.startsWith('term-annexation:'))).toBe(true);
    expect(framing('The minister said the annexation of the West Bank would make peace impossible, and MORE settlers moved in.').some((f) => f.startsWith('term-annexation:'))).toBe(true);
  });

  it('reads a term in a list of names, one to a line, as part of a name', () => {
    expect(framing(signatories('Chinese Human Rights Defenders')).filter((f) => f.startsWith('term-human-rights-defender:'))).toEqual([]);
    expect(framing(signatories('The Hong Kong Society for Asylum-seekers and refugees')).filter((f) => f.startsWith('term-refugee:'))).toEqual([]);
    expect(framing('Chinese Human Rights Defenders\n\nChinese Human Rights Lawyers Concern Group\n\nChristian Social Workers\n\nChristians for Hong Kong Society').filter((f) => f.startsWith('term-human-rights-defender:'))).toEqual([]);
    // A sentence among the names, a headline over a byline and a date, or a lower-case line is no name in a list.
    expect(framing(signatories('Police detained three human rights defenders in the city.')).some((f) => f.startsWith('term-human-rights-defender:'))).toBe(true);
    expect(framing('Refugees Flee the Shelling of the Town\n\nBy Jane Doe\n\nJune 3, 2017\n\nThousands left on foot.').some((f) => f.startsWith('term-refugee:'))).toBe(true);
    expect(framing(signatories('help for refugees from the war')).some((f) => f.startsWith('term-refugee:'))).toBe(true);
  });

  it('reads a term after a related link’s headline glued on by a colon as link furniture', () => {
    expect(framing("It isn't all bad news for newspapers:I'm a journalism student in an era of closing newsrooms, 'fake news.' But I still want in.").filter((f) => f.startsWith('term-fake-news:'))).toEqual([]);
    expect(framing('The president had one answer: Fake news, he told reporters.').some((f) => f.startsWith('term-fake-news:'))).toBe(true);
    expect(framing('The president dismissed the report as fake news, aides said:Read more.').some((f) => f.startsWith('term-fake-news:'))).toBe(true);
    expect(framing('At 10:30 the president dismissed the report as fake news.').some((f) => f.startsWith('term-fake-news:'))).toBe(true);
  });

  it('reads a term joined to "non-" as part of another word', () => {
    expect(framing('Universities must counter “non-violent extremism” too.').filter((f) => f.startsWith('term-violent-extremism:'))).toEqual([]);
    expect(framing('Universities must counter violent extremism too.').some((f) => f.startsWith('term-violent-extremism:'))).toBe(true);
  });

  it.each([
    ['a heading, with no ordinary sense under it', 'A genocide in all but name\n\nThe army has killed thousands in the region since March.', 'term-genocide'],
    ['a sentence, not a heading, is read alone', 'Many call it genocide. The Herero were not the last.', 'term-genocide'],
    ['refugees, not a place', 'Refugees fleeing the war crowded into the centre of the city.', 'term-refugee'],
    ['the doctrine beside an atrocity, though the sentence is about social media', 'On social media, critics said the responsibility to protect obliged states to act against the genocide.', 'term-humanitarian-intervention'],
    ['retaliation that is not feared', 'The residents feared the strike was retaliation for the rocket attack.', 'term-retaliation'],
    ['"illegal settlement" beside an outpost', 'The outpost grew into an illegal settlement on Palestinian land.', 'term-illegal-settlements'],
    ['illegal outposts in the writer’s voice', 'Settlers built illegal outposts across the hills of the West Bank.', 'term-illegal-settlements'],
    ['extremism with its holder', 'The extremism of the current government laid bare its aims.', 'term-extremist'],
    ['terror attacks told as events, with a hazard word elsewhere', 'Two terror attacks struck the capital in March.', 'term-terror-attack'],
  ])('still flags %s: %s', (_, text, id) => {
    expect(framing(text).some((f) => f.startsWith(`${id}:`))).toBe(true);
  });

  it.each([
    ['a place of conflict', 'Clashes erupted in Hebron.', 'term-clashes'],
    ['a place of conflict', 'Israel’s incursion into Rafah continued.', 'term-incursion'],
    ['a named head of state', 'The dictator Bashar al-Assad fled to Moscow.', 'term-dictator'],
    ['a territory word', 'The rebels took control of the town.', 'term-rebel'],
  ])('the framing sense shown by %s: %s', (_, text, id) => {
    expect(framing(text).some((f) => f.startsWith(`${id}:`))).toBe(true);
  });

  test.each(PAIRS)('%s fires in its framing sense: %s', (id, positive) => {
    expect(framing(positive).some((f) => f.startsWith(`${id}:`))).toBe(true);
  });
  test.each(PAIRS)('%s is left alone in its ordinary sense: %s / %s', (id, _, negative) => {
    expect(framing(negative).filter((f) => f.startsWith(`${id}:`))).toEqual([]);
  });
  it('covers every sensed term', () => {
    expect([...senses().terms.keys()].filter((id) => !PAIRS.some(([p]) => p === id))).toEqual([]);
  });
});

describe('names are context, not framing', () => {
  it.each([
    ['the law’s official name', 'Republicans voted again to repeal the Affordable Care Act.', 'term-affordable-care-act'],
    ['the nickname all sides use', 'Enrolment in Obamacare rose this year.', 'term-obamacare'],
    ['a policy area', 'He said gun control was where he was most frustrated.', 'term-gun-control'],
    ['an estate tax', 'The estate tax applies to large inheritances.', 'term-estate-tax'],
  ])('%s', (_, text, id) => {
    const found = analyze(text, entries).findings.filter((f) => f.entryId === id);
    expect(found.map((f) => f.flag)).toEqual(['context']);
    expect(found[0]!.note).toMatch(/context, not framing/);
  });
  it('names the counterparts the sides use', () => {
    const f = analyze('Enrolment under the Affordable Care Act rose.', entries).findings.find((g) => g.entryId === 'term-affordable-care-act');
    expect(f!.note).toContain('Obamacare');
  });
  it('a name that takes a side is still framing', () => {
    expect(framing('Critics call it a death tax on family farms.')).toEqual(['term-death-tax:death tax']);
  });
});

describe('a term inside a name is not the label', () => {
  it.each([
    ['a research project', 'Charles Simpson, program administrator for the Refugees in Towns Project at Tufts University, said the claims were false.', 'term-refugee'],
    ['a news desk', 'A VOA Extremism Watch Desk reporter spoke to a source inside the camp.', 'term-extremist'],
    ['a spokesman’s surname before "said"', '“All on board were killed,” Mujahid said.', 'term-mujahideen'],
    ['a charity', 'Funding for Refugees International was cut last year.', 'term-refugee'],
    ['a ballot measure’s short title', 'The proposition received more yes votes than Proposition 4 (property tax relief), for which Lee said he is thankful.', 'term-tax-relief'],
    ['a bill’s short title', 'The House passed H.R. 1 (tax relief for working families) on Friday.', 'term-tax-relief'],
    ['a pollster joined to an outlet’s name', 'But a survey conducted by CNN/ORC International in August found that 76% favoured some restrictions.', 'term-orc'],
    ['a pollster before a poll', 'An ORC poll taken in May showed the race tied.', 'term-orc'],
    ['a pollster’s name going on in capitals', 'The figures come from ORC International, which ran the survey.', 'term-orc'],
    ['a square named in the possessive', 'By midafternoon, the rebels had reoccupied central Martyrs’ Square while the forces regrouped.', 'term-martyr'],
  ])('leaves alone %s: %s', (_, text, id) => {
    expect(framing(text).filter((f) => f.startsWith(`${id}:`))).toEqual([]);
  });

  it.each([
    ['the label in lower case', 'The camp holds thousands of refugees from the war.', 'term-refugee'],
    ['a capital after an opening quotation mark', 'The spokesman said: “Mujahideen fighters took the base.”', 'term-mujahideen'],
    ['a capital the writer gives the label, after a demonym', 'The Afghan Mujahideen fought the Soviet army in the war.', 'term-mujahideen'],
    ['a capitalised label with no name around it', 'Troops raided a Mujahideen (Taliban) position near the village.', 'term-mujahideen'],
    ['a headline in title case', 'Mario Cuomo Made the Case for Catholics to Be Pro-Choice', 'term-pro-choice'],
    ['the term in brackets of the writer’s own', 'Republicans promised more (and bigger) tax relief for the rich.', 'term-tax-relief'],
    ['the term after a measure, outside its brackets', 'Supporters of Proposition 4 (the homestead bill) called it tax relief for families.', 'term-tax-relief'],
    ['the label in lower case for an army', 'Ukrainian officials call the Russian troops orcs.', 'term-orc'],
    ['the label in capitals, shouted, with no name beside it', 'The soldiers wrote ORCS on the wall of the school.', 'term-orc'],
    ['a capitalised possessive before a lower-case word', 'After the war the militia honoured its Martyrs’ families with pensions.', 'term-martyr'],
  ])('still flags %s: %s', (_, text, id) => {
    expect(framing(text).some((f) => f.startsWith(`${id}:`))).toBe(true);
  });
});

describe('actor identity', () => {
  it.each([
    ['a full name', 'Barack Obama spoke on Monday.', ['person-barack-obama:Barack Obama']],
    ['a surname after the full name', 'Barack Obama spoke. Later, Obama left.', ['person-barack-obama:Barack Obama', 'person-barack-obama:Obama']],
    ['a surname after a title', 'President Obama spoke on Monday.', ['person-barack-obama:Obama']],
    ['a surname the glossary does not list alone, after the full name', 'Hillary Clinton spoke. Clinton said she would run.', ['person-hillary-clinton:Hillary Clinton', 'person-hillary-clinton:Clinton']],
    ['"Mr." as a form of address', 'Donald Trump arrived. Mr. Trump then spoke.', ['person-donald-trump:Donald Trump', 'person-donald-trump:Trump']],
    ['an acronym in a sentence about conflict', 'IS fighters attacked the town.', ['islamic-state:IS']],
    ['an ambiguous name when the article names the actor in full', 'Russia Today aired it. RT later deleted it.', ['outlet-rt:Russia Today', 'outlet-rt:RT']],
    ['an outlet in a photo credit', 'Protesters march in the city. (John Smith / AP)', ['outlet-associated-press:AP']],
    ['an outlet reporting', 'AP reported the deal on Monday.', ['outlet-associated-press:AP']],
    ['an outlet named after its founder, by that name alone', 'The story ran on Breitbart last week.', ['outlet-breitbart:Breitbart']],
    ['an outlet named after its founder, before a role', 'Former Breitbart editor Steve Bannon spoke.', ['outlet-breitbart:Breitbart']],
  ])('resolves %s', (_, text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  it.each([
    ['a relative’s name', 'First Lady Michelle Obama spoke at the school.'],
    ['another relative', 'Ivanka Trump and Jill Biden attended.'],
    ['a building named after the person', 'He lives in Trump Tower.'],
    ['a university named after the person', 'Trump University settled the lawsuit.'],
    ['a television channel named after the person', 'Plans for Trump TV were dropped.'],
    ['a son of the same name', 'Donald Trump Jr. met reporters on Monday.'],
    ['the founder an outlet is named after', 'The site was founded by Andrew Breitbart in 2007.'],
    ['a bare surname never introduced', 'Clinton said she would run.'],
    ['a bare surname in lower case, as in a web address', 'see whitehouse.gov/obama-administration for more'],
    ['an all-caps heading', 'PATIENCE IS A VIRTUE'],
    ['a product name', 'Microsoft launched the Surface RT alongside Windows 8.'],
    ['a school course', 'She took AP biology in her final year.'],
    ['algebra', 'Proof: A = AH, so AAH = AA = AHA.'],
    ['a software licence', 'It is released under the GNU General Public License.'],
  ])('leaves alone %s', (_, text) => {
    expect(actors(text)).toEqual([]);
  });
});
