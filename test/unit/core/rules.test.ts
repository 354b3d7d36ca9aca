/** Table tests for each context rule: what it catches and what it must leave alone. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/core/analyze';
import { findQuotations } from '../../../utils/core/rules/quotation';
import { SEED_GLOSSARY } from './fixture-glossary';

/** The findings a rule produced, as "entryId:text[→target]" strings. */
function ruleFindings(text: string, source: string): string[] {
  return analyze(text, SEED_GLOSSARY)
    .findings.filter((f) => f.source === source)
    .map((f) => `${f.entryId}:${f.text}${f.targetEntryId ? `→${f.targetEntryId}` : ''}`);
}

describe('so-called', () => {
  it.each([
    ['before a named actor', 'the so-called Islamic State said', ['term-so-called:so-called→islamic-state']],
    ['before a label', 'so-called rebels moved in', ['term-so-called:so-called→term-rebel']],
    ['before a modifier and a label', 'so-called moderate rebels', ['term-so-called:so-called→term-rebel']],
    ['before a quoted label', 'the so-called “rebels”', ['term-so-called:so-called→term-rebel']],
    ['spelled with a space or another dash', 'so called rebels, so‑called Hezbollah', ['term-so-called:so called→term-rebel', 'term-so-called:so‑called→hezbollah']],
  ])('catches: %s', (_, text, expected) => {
    expect(ruleFindings(text, 'so-called')).toEqual(expected);
  });

  it.each([
    ['a technical term', 'the so-called metadata of each call'],
    ['a product or portfolio name', 'the so-called Magnificent Seven stocks'],
    ['an unknown name', 'the so-called Aleppo Media Centre'],
    ['a label far away', 'the so-called metadata about rebels'],
  ])('leaves alone: %s', (_, text) => {
    expect(analyze(text, SEED_GLOSSARY).findings.filter((f) => f.entryId === 'term-so-called')).toEqual([]);
  });
});

describe('sponsorship', () => {
  it.each([
    ['a demonym', 'Saudi-backed groups', ['term-sponsor-backed:Saudi-backed']],
    ['a country abbreviation', 'US-backed forces', ['term-sponsor-backed:US-backed']],
    ['a capital as metonym', 'the Kremlin-backed party', ['term-sponsor-backed:Kremlin-backed']],
    ['an adjective of origin', 'Iranian-backed militias', ['term-sponsor-backed:Iranian-backed']],
    ['a group, with a commission later in the sentence', 'An Iranian-funded militia attacked the offices of the election commission.', ['term-sponsor-backed:Iranian-funded']],
    ['a known actor', 'Hezbollah-funded clinics', ['term-sponsor-backed:Hezbollah-funded→hezbollah']],
    ['a group after one modifier', 'Iranian-backed Shia militias', ['term-sponsor-backed:Iranian-backed']],
    ['a known multi-word actor', 'Islamic State-affiliated cells', ['term-sponsor-backed:Islamic State-affiliated→islamic-state']],
    ['a listed lower-case sponsor', 'state-sponsored hackers', ['term-sponsor-backed:state-sponsored']],
    ['an en dash', 'Saudi–backed groups', ['term-sponsor-backed:Saudi–backed']],
    ['"backed by" a known actor', 'a militia backed by Iran', ['term-sponsor-backed:backed by→iran']],
    ['"backed by the" a name', 'groups backed by the United States', ['term-sponsor-backed:backed by']],
    ['"funded by" a listed sponsor', 'funded by foreign donors', ['term-sponsor-backed:funded by']],
    ['a specific entry wins over the generic rule', 'foreign-backed militants', ['term-foreign-backed:foreign-backed']],
    ['a government, a political actor', 'the UN-backed government in Tripoli', ['term-sponsor-backed:UN-backed']],
    ['a country backing a side in a vote', 'A Russian-backed candidate won the election.', ['term-sponsor-backed:Russian-backed']],
    ['"sponsored by" a country, not a lawmaker', 'The militia, sponsored by Iran, attacked the base.', ['term-sponsor-backed:sponsored by→iran']],
    ['a sponsor before armed men, beside scholars elsewhere', 'Scholars say the Kremlin-backed death squads still roam.', ['term-sponsor-backed:Kremlin-backed']],
    ['a move the sentence opens on, with a group between', 'The move to arm the rebels in the north of the country, which were backed by Iran, angered Turkey.', ['term-sponsor-backed:backed by→iran']],
    ['a group the sentence opens on, "was backed by"', 'The militia that seized the town last week in the north was backed by Iran.', ['term-sponsor-backed:backed by→iran']],
    ['a group nearer than the thing before "backed by"', 'After the conference, rebels backed by Iran attacked the town.', ['term-sponsor-backed:backed by→iran']],
    ['a country whose name starts with a party word', 'The militia, backed by the Democratic Republic of Congo, crossed the border.', ['term-sponsor-backed:backed by']],
    ['a militia funded by a ministry', 'The militia, funded by the Iranian Ministry of Intelligence, crossed the border.', ['term-sponsor-backed:funded by']],
    ['"backed by" a department, not "funded by"', 'Exiles backed by the U.S. State Department formed a council.', ['term-sponsor-backed:backed by']],
    ['a joined compound before an armed group, not media', 'A state-funded or Iranian-trained militia crossed the border.', ['term-sponsor-backed:state-funded']],
    ['media words in the sentence, a militia qualified', 'State media said the Iranian-backed militia attacked the town.', ['term-sponsor-backed:Iranian-backed']],
    ['a group that disrupts a transition', 'Iranian-backed militias disrupted the transition.', ['term-sponsor-backed:Iranian-backed']],
    ['a government, a transition word after it', 'The Saudi-backed government of the transition returned to Aden.', ['term-sponsor-backed:Saudi-backed']],
    ['a militia, its efforts later in the sentence', 'Iranian-backed militias stepped up their efforts to cut the road.', ['term-sponsor-backed:Iranian-backed']],
    ['a group, an attempt told after a verb', 'The Turkish-backed fighters made an attempt on the town.', ['term-sponsor-backed:Turkish-backed']],
  ])('catches: %s', (_, text, expected) => {
    expect(ruleFindings(text, 'sponsorship')).toEqual(expected);
  });

  it.each([
    ['finance', 'mortgage-backed securities and asset-backed loans'],
    ['furniture', 'a high-backed chair'],
    ['a capital that only starts the sentence', 'Venture-backed startups grew.'],
    ['backed by something that is not an actor', 'The claim is backed by evidence.'],
    ['backed without "by"', 'They backed the plan.'],
    ['a bill backed by an administration', 'a stimulus bill backed by the Obama administration'],
    ['a loan backed by a government', 'loans backed by the US government'],
    ['a public programme, past one modifier', 'Hoboken has state-funded universal pre-K.'],
    ['companies, not groups', 'Three disasters involving Malaysian-affiliated carriers dented confidence.'],
    ['a principle, not a group', 'The U.N.-backed principle of free, prior and informed consent must be upheld.'],
    ['a ceasefire, not a group', 'The Qatari-backed ceasefire held for a week.'],
    ['a political transition, not a group', 'Hadi replaced him as president under a Saudi-backed transition that began to unravel last year.'],
    ['a peace process, past one modifier', 'The UN-backed peace process stalled in the spring.'],
    ['a caucus backing a slate in a union vote', 'It is the first time that a coalition backed by TDU has taken the driver’s seat in the international union.'],
    ['a provision sponsored by a senator', 'The fate of another provision on missile defense, sponsored by Senator John McCain, Republican of Arizona, remained undecided.'],
    ['a bill backed by lawmakers', 'The plan, backed by lawmakers from both parties, passed.'],
    ['statements sponsored by a party', 'Kerry accepted two Republican-sponsored side statements on tactical nuclear weapons.'],
    ['scholars paid by a government', 'Well-meaning Kremlin-funded scholars may recruit legal specialists from abroad.'],
    ['a move the sentence opens on, far before "was backed by"', "Agencies needed a judge's permission to sell guns. The move to strip judges and local police's options in dealing with unclaimed guns was backed by the National Rifle Association."],
    ['a policy the sentence opens on, "is backed by"', 'This policy of closing the clinics in rural counties and small towns is strongly backed by Governor Smith.'],
    ['a law a few words before "backed by"', 'The case concerns an Indiana law, passed in 2005, that is backed by Koch Industries.'],
    ['a party’s backing, by its name alone', 'The senator, backed by Republicans, ran again.'],
    ['abortions paid for by a public programme', 'The Hyde amendment bars Medicaid-funded abortions.'],
    ['stipends paid by a government', 'There is no golden parachute of government-funded stipends to fall back on.'],
    ['a public commission paid by its government', 'In 1999, a government-funded commission said the evidence indicated that casinos were safe.'],
    ['a panel paid by the state', 'A state-funded panel of experts reviewed the study.'],
    ['a tool backed by a technology', 'The app used an online AI-backed tool to make the image.'],
    ['generators backed by a technology, past one modifier', 'Many free AI-backed image generators are online.'],
    ['public services named well before "funded by"', 'The courts, the police, public education and even the free clinics you visit are all funded by external donors.'],
    ['a conference a few words before "sponsored by"', 'At a conference last month in Annapolis, Md., sponsored by Bush, the leaders pledged to restart talks.'],
    ['meals funded by a government department', 'At the cafe, meals are funded by the U.S. Department of Agriculture provided half the children qualify.'],
    ['clinics funded by a ministry', 'Rural clinics funded by the Ministry of Health opened in May.'],
    ['a charity funded by the federal government', 'The charity, funded by the federal government, runs shelters.'],
    ['procedures funded by the taxpayer', 'Abortion would be available to anyone for any reason, and funded by the U.S. taxpayer.'],
    ['"state-funded" information, the platforms’ label', 'Facebook tells readers when they are consuming state-funded information.'],
    ['a media outlet past a joined compound', 'Labels tell users they are viewing content from a state-funded or state-directed media outlet.'],
    ['a state-funded broadcaster', 'The state-funded broadcaster aired the speech in full.'],
    ['a lobby’s attempts to pass bills', 'Advocates have improved their record in fighting NRA-backed attempts to expand gun rights.'],
    ['a lobby’s efforts to pass laws', 'Advocates boast about stopping NRA-backed efforts to enact campus-carry laws.'],
    ['a party’s tax cuts', 'The report shows how Republican-backed tax cuts may have continued to aid growth.'],
    ['a government’s tax', 'The Saudi-backed tax on remittances began in July.'],
  ])('leaves alone: %s', (_, text) => {
    expect(ruleFindings(text, 'sponsorship')).toEqual([]);
  });
});

describe('territory', () => {
  it.each([
    ['a label', 'militant-held districts', ['term-territory-held:militant-held→term-militant']],
    ['a listed holder word', 'rebel-held and government-controlled areas', ['term-territory-held:rebel-held→term-rebel', 'term-territory-held:government-controlled']],
    ['a known actor', 'HTS-held Idlib', ['term-territory-held:HTS-held→hayat-tahrir-al-sham']],
    ['a demonym', 'Kurdish-controlled towns', ['term-territory-held:Kurdish-controlled']],
    ['a holder word before a modifier and a place', 'opposition-controlled eastern districts', ['term-territory-held:opposition-controlled']],
    ['a region held by the army, not a building', 'Fighting spread in the military-controlled north of the country.', ['term-territory-held:military-controlled']],
  ])('catches: %s', (_, text, expected) => {
    expect(ruleFindings(text, 'territory')).toEqual(expected);
  });

  it('claims the whole compound, so the embedded label is not a finding of its own', () => {
    expect(analyze('militant-held areas', SEED_GLOSSARY).findings.map((f) => f.entryId)).toEqual(['term-territory-held']);
  });

  it.each([
    ['devices', 'a hand-held radio and remote-controlled drones'],
    ['ownership', 'a privately-held firm, state-controlled media'],
    ['a plain verb', 'The militants held the town.'],
    ['spaced dashes', 'Aleppo - held by nobody'],
    ['a party’s hold on a legislature', 'the Republican-controlled Congress passed it'],
    ['an opposition majority in parliament', 'the opposition-controlled parliament voted'],
    ['a state-owned company', 'a state-controlled company and a government-controlled national bank'],
    ['a party’s seat', 'a Labour-held seat'],
    ['a hospital held by the army', 'fearing that any injured taken to the military-controlled hospital would be killed'],
  ])('leaves alone: %s', (_, text) => {
    expect(ruleFindings(text, 'territory')).toEqual([]);
  });
});

describe('attribution', () => {
  it.each([
    ['claimed', 'The group claimed it had won.', ['term-claimed:claimed']],
    ['admitted', 'The ministry admitted the strike.', ['term-admitted:admitted']],
    ['insisted', 'He insisted that no civilians were there.', ['term-insisted:insisted']],
    ['alleged', 'the alleged attack', ['term-alleged:alleged']],
    ['purported', 'a purported video', ['term-purported:purported']],
    ['conceded', 'officials conceded the point', ['term-conceded:conceded']],
    ['"conceded" of a point in a sentence about an election', 'The candidate conceded that the vote count was slow.', ['term-conceded:conceded']],
    ['"claimed to be a member of" no armed group', 'He claimed to be a member of the Navy SEALs.', ['term-claimed:claimed']],
    ['"claimed to be members of" a club', 'The attackers claimed to be members of the club.', ['term-claimed:claimed']],
    ['"claimed" that an armed group did something', 'The group claimed that its fighters were members of al Qaeda.', ['term-claimed:claimed']],
    ['"conceded" alone after a quotation', '“We made mistakes in the campaign,” the candidate conceded.', ['term-conceded:conceded']],
    ['"conceded to" a named listener, then "that", in an election', 'In the election campaign, the senator conceded to Fox News that the bill had flaws.', ['term-conceded:conceded']],
    ['"conceded to" a named person with no election', 'The mayor conceded to Jones on the budget after the hearing.', ['term-conceded:conceded']],
    ['"conceded to" someone not named, in an election', 'The candidate conceded to reporters after the vote.', ['term-conceded:conceded']],
    ['claims', 'Moscow claims the convoy was armed', ['term-claimed:claims']],
    ['"alleged" as a verb of saying', 'The ministry alleged that the convoy was armed.', ['term-alleged:alleged']],
    ['"alleged" before a disputed event of war', 'the alleged chemical attack on Douma', ['term-alleged:alleged']],
    ['"admitted" with a subject and an object', 'He admitted he had lied.', ['term-admitted:admitted']],
    ['"insisted that" with a statement', 'He insisted that it posed no threat.', ['term-insisted:insisted']],
    ['"insisted in writing", a statement', 'He insisted in writing that no civilians were there.', ['term-insisted:insisted']],
    ['"insisted in" a statement', 'He insisted in a statement that no civilians were there.', ['term-insisted:insisted']],
    ['"claimed" with a dash aside', 'researchers who claimed — rightly or not — to have found a flaw', ['term-claimed:claimed']],
    ['"admitted" a number of things, not people', 'The minister admitted three errors in the plan.', ['term-admitted:admitted']],
    ['"the number of officials admitted that": a count, then a confession', 'Asked about the leak, the number of officials admitted that they had seen the memo was small.', ['term-admitted:admitted']],
    ['"alleged" as a verb of saying outside a legal case', 'The ministry alleged that the convoy carried weapons.', ['term-alleged:alleged']],
    ['"claimed" after "have" with no modal', 'Officials have claimed that the camp is empty.', ['term-claimed:claimed']],
    ['"admitted to" a statement, a hospital later in the sentence', 'The mayor admitted to reporters that the hospital was full.', ['term-admitted:admitted']],
    ['"admitted to" before a capitalised outlet', 'He admitted to Fox News that the plan had failed.', ['term-admitted:admitted']],
    ['"admitted" under questioning from lawmakers', 'Under questioning from senators, the chief executive admitted the company had misled users.', ['term-admitted:admitted']],
    ['"admitted" a concession with no officer questioning', 'The mother of the victim admitted that he had been to prison before.', ['term-admitted:admitted']],
    ['"claimed" of a statement about parts of a story', 'He claimed parts of the report were made up.', ['term-claimed:claimed']],
    ['"admitted" with "in charge", not a charge', 'The minister admitted that the official in charge had lied.', ['term-admitted:admitted']],
    ['"admitted" after a name with no age', 'Smith, the mayor, admitted he had lied.', ['term-admitted:admitted']],
    ['"admitted" after a court ruling, no plea told', 'The court ruled against the plan. He admitted the ruling was a setback.', ['term-admitted:admitted']],
    ['"admitted" by another person after a sentence told', 'Cohen is serving a three-year sentence. His lawyer admitted the appeal would fail.', ['term-admitted:admitted']],
    ['"admitted" with a plea told two sentences before', 'She pleaded guilty in March. The hearing lasted an hour. She admitted the plan had failed.', ['term-admitted:admitted']],
    ['"alleged that" with a country as the accused', 'Russia alleged that Ukraine shelled the plant.', ['term-alleged:alleged']],
    ['"alleged that" of an act of war on a group, not a crime on the accuser', 'The ministry alleged that they were attacked by drones overnight.', ['term-alleged:alleged']],
    ['"alleged that" he did something, not that it was done to him', 'The spokesman alleged that he was misquoted by the paper.', ['term-alleged:alleged']],
    ['"alleged incident" in a sentence about armed conflict', 'The army denied the alleged incident at the checkpoint, where troops fired on a car.', ['term-alleged:alleged']],
    ['"allegedly" before an attack carried out, a disputed event of war', 'Syrian forces allegedly launched chemical attacks on the town.', ['term-alleged:allegedly']],
    ['"alleged" before a disputed strike, a plan word elsewhere', 'The alleged airstrike on the camp, which officials said was planned, killed ten.', ['term-alleged:alleged']],
    ['"insisted that" a conclusion with "must have"', 'He insisted that the documents must have been forged.', ['term-insisted:insisted']],
    ['"claimed" an attack was staged: a statement about it', 'The government claimed the attack was staged.', ['term-claimed:claimed']],
    ['"insisted" that someone else had nothing to do with it', 'He insisted that his brother had nothing to do with the fraud.', ['term-insisted:insisted']],
    ['"admitted to" an act', 'He admitted to the affair in an interview.', ['term-admitted:admitted']],
    ['"admitted to" a listener, then "that"', 'The minister admitted to the chamber that the figures were wrong.', ['term-admitted:admitted']],
    ['"admitted" a thing to a hospital’s officials', 'He admitted it to hospital officials on Monday.', ['term-admitted:admitted']],
    ['"admitted" people to a hospital’s staff, a confession', 'The officer admitted them to the hospital staff.', ['term-admitted:admitted']],
    ['"admitted" an act to a hospital’s board', 'The minister admitted lying to the hospital board.', ['term-admitted:admitted']],
    ['"first admitted" with no "the": the first time he said so', 'He first admitted the error on Tuesday.', ['term-admitted:admitted']],
    ['"claimed" a thing as a statement, not as one’s own', 'The researchers claimed the idea had come from their lab.', ['term-claimed:claimed']],
    ['"claimed" that a person was one of them, a statement', 'The Islamic State group claimed the attacker was one of its fighters.', ['term-claimed:claimed']],
    ['"claimed" a person acted as something, a statement', 'The lawyer claimed the officer acted as a private citizen.', ['term-claimed:claimed']],
    ['"claimed" a plea as the subject of a statement', 'The defence claimed self-defense was the only reading of the video.', ['term-claimed:claimed']],
    ['"claimed" a legal word as a statement', 'He claimed the privilege of the office protected him from the subpoena.', ['term-claimed:claimed']],
  ])('catches: %s', (_, text, expected) => {
    expect(ruleFindings(text, 'attribution')).toEqual(expected);
  });

  it.each([
    ['neutral said', 'The ministry said it had won.'],
    ['claimed responsibility', 'The group claimed responsibility for the blast.'],
    ['"claimed to be members of" an armed group', 'The attackers who killed 12 people at the offices claimed to be members of the Nusra Front.'],
    ['"claimed allegiance to" an armed group', 'In a video, the gunman claimed allegiance to the Islamic State.'],
    ['"claimed to belong to" an armed group', 'The attacker claimed to belong to Islamic State.'],
    ['"claimed" an attack: responsibility taken', "Al-Qaeda in the Islamic Maghreb has claimed Wednesday's deadly bomb attack against a police station."],
    ['"claimed" the killings', 'The group claimed the killings of two soldiers in a statement.'],
    ['"insisted" on a refusal to comment', 'But Sarkozy insisted that he had "nothing" to say on the controversy before his return.'],
    ['claimed the lives of', 'The war has claimed the lives of thousands.'],
    ['claimed … lives', 'The war has claimed more than 400,000 lives.'],
    ['claimed victory', 'Both sides claimed victory.'],
    ['claimed credit', 'They claimed credit for it.'],
    ['admitted to hospital', 'Five were admitted to hospital.'],
    ['the noun "allegations"', 'allegations of opposition groups preventing civilians'],
    ['admitted to intensive care', 'He was admitted to ICU on Friday.'],
    ['admitted to a prison system', 'She was admitted to the federal Bureau of Prisons.'],
    ['admitted in the passive', 'Students were admitted in the spring.'],
    ['a count of people admitted, nothing confessed', 'And what Harvard wants is to suppress the number of Asian Americans admitted.'],
    ['the share of applicants admitted each year', 'The share of applicants admitted each year has fallen to 4 percent.'],
    ['"claimed" a count of victims', 'Both men claimed nine victims, and the attack was terror.'],
    ['"claimed" land the subject holds', 'The army would face a daunting task retaking the territory ISIL has claimed.'],
    ['admitted to an event', "Randal Thom, a former Marine who was among the first admitted to Trump's event, said he loved it."],
    ['admitted to a right', 'those whom the constitution of the State has not admitted to the rights of suffrage'],
    ['admitted to membership', 'The club admitted to membership three women that year.'],
    ['claimed as their own', 'Planetary scientists liked the idea and claimed it as their own.'],
    ['claimed for themselves', 'The settlers claimed the valley for themselves.'],
    ['a group claiming an attacker as one of its own', 'The Islamic State group claimed the attacker as one of its "soldiers."'],
    ['a group claiming the gunmen as its fighters', 'The group later claimed the two gunmen as its fighters.'],
    ['claimed a title', 'She claimed the world title in Doha.'],
    ['claimed a medal', 'He claimed a bronze medal in the 200 metres.'],
    ['allegedly before an act', 'The man allegedly shot two officers.'],
    ['alleged before a suspect', 'The alleged gunman appeared in court.'],
    ['alleged before an accusation', 'Putin’s alleged involvement in the hacking'],
    ['alleged before a breach', 'to investigate alleged breaches of the treaty'],
    ['allegedly before an act in -ing', 'for allegedly interfering in the race'],
    ['insisted on', 'She insisted on a recount.'],
    ['"insisted in" and a gerund, a demand', 'The officials insisted in confirming the results before the hearing.'],
    ['insisted that, a demand', 'Parcells insisted that the team drastically cut its draft board.'],
    ['as claimed, closing an argument', 'so AAH = AHA, as claimed.'],
    ['a verb introducing a question', 'The host insisted, “you stole that coat, didn’t you?”'],
    ['claimed asylum', 'They claimed asylum in Germany.'],
    ['claimed self-defense, a plea', 'Zimmerman claimed self-defense.'],
    ['claimed insanity, a plea', 'The defendant claimed temporary insanity at his trial.'],
    ['claimed diplomatic immunity', 'The driver claimed diplomatic immunity and left the country.'],
    ['claimed the Fifth', 'The aide claimed the Fifth Amendment before the committee.'],
    ['admitted in a settlement', 'The firm admitted it misled clients and agreed to pay $35 million in a settlement with regulators.'],
    ['admitted the charges', 'He admitted the charges and was sentenced to two years.'],
    ['admitted a number of refugees', 'As of 2016, the country had admitted more than 1.4 million Syrian refugees.'],
    ['admitted a number of students', 'The university admitted 2,000 students this year.'],
    ['a plea in a report of a jail term', 'He was jailed for three years after he admitted making phone calls to summon the gang.'],
    ['"alleged" as prosecutors’ charge', 'Federal prosecutors alleged that the two guards slept on duty.'],
    ['"alleged" in a lawsuit', 'The lawsuit alleged that the company hid the defect.'],
    ['a hypothetical statement', 'The whistleblower would then have claimed that he was told by a leaker.'],
    ['a hypothetical admission', 'He could have admitted the mistake years ago.'],
    ['patients admitted to hospitals named by their city', 'The number of Covid-19 patients admitted to New York hospitals fell.'],
    ['admitted to a named hospital', 'She was taken ill and admitted to Mount Sinai Hospital.'],
    ['a person admitted to a ward', 'An emergency service unit came to his apartment, abducted him, and forcibly admitted him to a psychiatric ward.'],
    ['a person admitted to intensive care', 'Doctors admitted the boy to intensive care on Friday.'],
    ['a named person admitted to a named hospital', 'Officers admitted Schoolcraft to Jamaica Hospital Medical Center.'],
    ['an admission to officers during an inspection', 'During the inspection, one of the occupants admitted to entering the United States illegally.'],
    ['an admission to police', 'The driver admitted to police that he had been drinking.'],
    ['"conceded" of an election with no object', 'Both candidates have alleged large-scale voter fraud, and Abdullah hasn\'t conceded.'],
    ['"conceded defeat"', 'The president conceded defeat on Sunday night.'],
    ['"conceded the race"', 'She conceded the race to her rival after the recount.'],
    ['"conceded to" the rival named, in an election', "Bevin conceded to Beshear last month after requesting all of the state's counties recheck the results of the gubernatorial election."],
    ['"conceded to" a rival with two names, after the vote', 'Spitzer conceded to Scott Stringer on election night.'],
    ['a concession under cross-examination', 'He conceded under cross-examination that she had been cleared early in the investigation.'],
    ['an admission under police questioning', 'Under police questioning, the suspect admitted he had been at the house.'],
    ['a territorial claim in the passive', 'The region has been split since 1949 and is claimed by both in its entirety.'],
    ['a territorial claim, reduced', 'It was the latest confrontation in the strategic waterway claimed almost entirely by Beijing.'],
    ['claimed sections of a sea', 'He used the Philippine term for its claimed sections of the South China Sea.'],
    ['claimed sovereignty', 'China claimed sovereignty over the islands.'],
    ['a plea in a court report', 'Gareth Rigby, 43, admitted a single charge of using threatening words or behaviour.'],
    ['a plea told by the name-and-age formula', 'Meanwhile Daniel Robinson, 37, admitted possessing a hammer.'],
    ['a plea whose prison sentence the sentence before tells', 'Cohen, 52, is serving a three-year prison sentence from campaign finance violations. He admitted arranging payments to Daniels.'],
    ['a plea told as such the sentence before', 'She pleaded guilty in March to fraud. She admitted taking the money from the charity.'],
    ['"alleged" of a report’s findings', 'The report alleged that in four cases, the leaks were followed by revenge attacks.'],
    ['"alleged" of an accusation against a named person', 'Khan also alleged that Munir was behind the crackdown on his party.'],
    ['"alleged" of a crime done to the accuser', 'Mr. Posobiec, 34, blamed the incident on Antifa, and alleged that he was assaulted and would be filing reports with the police.'],
    ['"alleged" of an assault on the accuser, with an adverb', 'The former aide alleged that she had been repeatedly harassed by her supervisor.'],
    ['"alleged incident" told by a magazine', 'The alleged incident was reported in this week’s issue of Sports Illustrated.'],
    ['"alleged incidents" under investigation', 'Programs are being investigated for alleged incidents involving agents and college football players.'],
    ['an attack "allegedly planned", a charge against its planner', 'Arrested Coast Guard Officer Allegedly Planned Attack \'On A Scale Rarely Seen\''],
    ['an attack "allegedly plotted"', 'The student allegedly plotted attacks on two churches.'],
    ['an "alleged planned" bombing', 'He was charged over the alleged planned bombing of a synagogue.'],
    ['"insisted that" with "must", a demand', 'President Barack Obama has insisted that Gadhafi must leave.'],
    ['"insisted that" with "should", a demand', 'The union insisted that talks should resume on Monday.'],
  ])('leaves alone: %s', (_, text) => {
    expect(ruleFindings(text, 'attribution')).toEqual([]);
  });
});

describe('agentless casualties', () => {
  it.each([
    ['were killed', 'Five civilians were killed on Tuesday.', ['term-killed:were killed']],
    ['with an adverb', 'Two men were reportedly killed in Aleppo.', ['term-killed:were reportedly killed']],
    ['has been killed', 'A journalist has been killed.', ['term-killed:been killed']],
    ['a protest "staged" the day before, no attack', 'Protesters staged a sit-in on Monday. Two people were killed on Tuesday.', ['term-killed:were killed']],
    ['no group has claimed responsibility', 'Four soldiers were killed in the blast, and no group has claimed responsibility for the attack.', ['term-killed:were killed']],
    ['a claim of responsibility by nobody named', 'Four soldiers were killed, and a claim of responsibility appeared online.', ['term-killed:were killed']],
    ['died, with a number', 'At least 12 people died in the shelling.', ['term-died:died']],
    ['died, with a plural subject', 'Protesters died during the crackdown.', ['term-died:died']],
    ['people who died at a legislature’s door', 'Three protesters died outside the Senate during the crackdown.', ['term-died:died']],
    ['a plural subject that is no measure', 'Two negotiators died in the shelling of the town.', ['term-died:died']],
    ['a bomb as the subject of the "when" clause', 'One person was killed when a car bomb exploded near the market.', ['term-killed:was killed']],
    ['a victim as the subject of the "when" clause', 'One person was killed when a man was shot near the market.', ['term-killed:was killed']],
    ['a victim the evidence shows was killed', 'The footage shows a man was killed near the market.', ['term-killed:was killed']],
    ['"someone was killed" reported, not defined', 'Police said someone was killed in the town on Sunday.', ['term-killed:was killed']],
    ['"in the attack" with no attacker told before', 'The market was crowded on Friday. Rescue workers stood by all night. Five civilians were killed in the attack.', ['term-killed:were killed']],
    ['a plural after a demonym', 'Hundreds of Syrian Kurds died in the shelling of the town.', ['term-died:died']],
    ['an attack whose attacker is no actor', 'It followed a heart attack and a night attack, after which 14 civilians were killed.', ['term-killed:were killed']],
    ['died of wounds, no cause named', 'Twelve people died overnight of their wounds.', ['term-died:died']],
    ['has claimed the lives', 'The conflict in Syria, which began in 2011, has claimed the lives of 400,000 people.', ['term-agentless-casualties:has claimed the lives']],
    ['claimed … lives', 'The war claimed more than 400,000 lives.', ['term-agentless-casualties:claimed more than 400,000 lives']],
    ['lost their lives', 'Dozens lost their lives in the blast.', ['term-agentless-casualties:lost their lives']],
    ['an attacker mentioned without an attack', 'Police said three people were killed on the road.', ['term-killed:were killed']],
    ['a count after a year', 'In 2015, 300 people died in the shelling.', ['term-died:died']],
    ['a count before "who"', 'The 12 people who died were buried.', ['term-died:died']],
    ['"in which … died" after shelling, where the side is the question', 'Residents recalled the shelling of the town, in which 50 people died.', ['term-died:died']],
    ['"in which … died" after no attack', 'The protest in which 50 people died was the largest in years.', ['term-died:died']],
    ['mourned victims with the cause after the verb', 'Hundreds gathered at a vigil to honor and mourn the three children who were killed in a shooting at a school.', ['term-killed:were killed']],
    ['victims pointed back to with no word of mourning', 'Police named the two people who were killed and the man who was injured.', ['term-killed:were killed']],
    ['a word of mourning in another clause', 'After the funeral of the mayor, officials named the four guards who were killed.', ['term-killed:were killed']],
    ['"died" after a sentence of shelling, where the side is the question', 'Artillery shelling hit the town overnight. Twelve people died.', ['term-died:died']],
    ['"died" after an attack, with a cause of its own after it', 'The attack came at dawn. Twelve people died in the violence that followed.', ['term-died:died']],
    ['"killed" after an attack with no attacker', 'The attack came at dawn. Twelve people were killed.', ['term-killed:were killed']],
    ['"died" after a sentence of no violence', 'The protest filled the square. Twelve people died.', ['term-died:died']],
    ['"where … died" with the attack far back in the clause', 'After the attack the army sealed off the valley and the villages around the river where many more died.', ['term-died:died']],
    ['a crash told before, beside an attack', 'The car flipped after the bomb exploded. Five people were killed.', ['term-killed:were killed']],
    ['a crash two sentences back', 'The driver lost control of the vehicle. Officers closed the road for hours. Police said the driver was killed.', ['term-killed:was killed']],
    ['artillery fire with no side named', 'Five civilians were killed in artillery fire near the border.', ['term-killed:were killed']],
    ['fighting told two sentences back, not next to the deaths', 'Fighting raged in the north in May. Schools closed for a week. Five civilians were killed on Tuesday.', ['term-killed:were killed']],
    ['a country that was attacked, not the attacker', 'Ukraine was hit overnight. Five people were killed.', ['term-killed:were killed']],
    ['a place before the attack, not a country', 'Five people were killed in the Kyiv strikes.', ['term-killed:were killed']],
    ['an attacker two sentences back, without a definite attack', 'India said it struck militant camps. Schools were closed. Seven people died in the border villages.', ['term-died:died']],
    ['no fighting in the sentence before, past several blank lines', 'Schools closed on Monday.\n\n\n\nFive civilians were killed on Tuesday.', ['term-killed:were killed']],
    ['a fire set by shelling, no accident word', 'Dozens of people died when the shelling set the market on fire.', ['term-died:died']],
    ['a kind of attack that names no attacker', 'Six people were killed in a suicide attack on the hotel.', ['term-killed:were killed']],
    ['a place and a kind of attack, no attacker', 'Five people were killed in the Kabul hotel attack.', ['term-killed:were killed']],
    ['a shootout with no side named', 'Five people were killed in a shootout on Main Street.', ['term-killed:were killed']],
    ['a standoff with no force named', 'Two hostages were killed after a long standoff at the bank.', ['term-killed:were killed']],
    ['a humanitarian disaster is no accident', 'Thousands of people died in the humanitarian disaster.', ['term-died:died']],
    ['a collapse that is no building’s', 'The truce collapsed. Twelve civilians were killed on Tuesday.', ['term-killed:were killed']],
    ['an incident in which only police are named, no attacker', 'Seven people have been killed in an incident in London in which police were called at 10pm.', ['term-killed:been killed']],
    ['an attack in which only the wounded are counted', 'Seven people were killed in an attack in the city centre in which dozens were wounded.', ['term-killed:were killed']],
    ['a count of one attack after "in which", no threshold', 'It was the worst of the shootings, in which four people were killed.', ['term-killed:were killed']],
    ['a bomb beside the deaths, not said to cause them', 'A bomb exploded in the market. Five people were killed.', ['term-killed:were killed']],
    ['a bombing told wounding, not killing, with no attack pointed back to', 'Two bombs exploded in the market, wounding dozens. Five people were killed.', ['term-killed:were killed']],
    ['a couple in the "in which" clause as victims', '14 were killed in San Bernardino, Calif., in which a married couple were among the victims.', ['term-killed:were killed']],
    ['a place with no "in which" clause', 'Five people were killed in Paris and no one has been charged.', ['term-killed:were killed']],
    ['a war that "has claimed … lives", not a disease', 'The war has claimed the lives of more than 118,000.', ['term-agentless-casualties:has claimed the lives']],
    ['shelling with no side named', 'Aid groups have condemned indiscriminate shelling in the conflict which has claimed almost 2,600 lives.', ['term-agentless-casualties:has claimed almost 2,600 lives']],
    ['"both" with no sides', 'The war, which both leaders started, has claimed 2,600 lives.', ['term-agentless-casualties:has claimed 2,600 lives']],
    ['a raid whose force is never named', 'Architect Of Attacks Was Killed In Raid, Officials Say\n\nThe suspect was killed in a raid on a flat on Wednesday.', ['term-killed:Was Killed', 'term-killed:was killed']],
    ['"or more" with no definition before it', 'Four or more people died in the shelling of the town.', ['term-died:died']],
    ['an attack on a day, no rate', '12 people were killed in the attack on Sunday.', ['term-killed:were killed']],
    ['a year in another clause, not the deaths’ rate', '12 people were killed in the attack on Sunday, the worst toll in a year.', ['term-killed:were killed']],
    ['a year that dates, not a rate', 'Five people were killed a year ago in the attack on the market.', ['term-killed:were killed']],
    ['"in a year", a span, not a rate', 'Dozens of civilians were killed in a year of shelling.', ['term-killed:were killed']],
    ['"every day", ongoing violence, not a tally', 'Civilians were killed every day during the siege.', ['term-killed:were killed']],
    ['"twice as many" of one attack, no rate', 'Twice as many people were killed in Sunday’s attack as in the last one.', ['term-killed:were killed']],
  ])('catches: %s', (_, text, expected) => {
    expect(ruleFindings(text, 'agentless')).toEqual(expected);
  });

  it.each([
    ['an agent after "by"', 'Five civilians were killed by government forces.'],
    ['rebels who "staged" the attacks in the sentence before', 'Suspected rebels staged two grenade attacks on Tuesday, police said. Two people were killed and four wounded in one of the blasts.'],
    ['militants who "carried out" a bombing in the sentence before', 'Militants carried out a suicide bombing at the market. Nine people were killed.'],
    ['a group\'s claim of responsibility in the same sentence', 'The scale of the attack -- four Americans were killed and three wounded -- and Islamic State’s claim of responsibility complicate the plan.'],
    ['a group that claimed responsibility in the sentence before', 'Islamic State claimed responsibility for the bombing. Twelve soldiers were killed.'],
    ['an attack told with its attackers in a clause of its own', 'Seven people have been killed and at least 48 injured in a terror incident in London in which three male attackers were shot dead by police.'],
    ['an attack where the gunmen are named', 'Twelve people were killed in the attack on the magazine, where two gunmen opened fire during a meeting.'],
    ['an agent a few words on', 'Five civilians were killed in an air strike by Russian jets.'],
    ['an agent in a clause', 'Scores of terrorists were also killed as army units targeted their gatherings.'],
    ['the killer as the subject of the "when" clause', 'One person was killed when a white supremacist drove into a crowd of counter protesters.'],
    ['a driver who drove a truck into a market', 'Three people were killed when a man drove a truck into a market.'],
    ['a clause of a stabbing', 'Two women were killed as a young man stabbed shoppers in the street.'],
    ['an active verb', 'Government forces killed 17 fighters.'],
    ['a hypothetical', 'the risk to civilians of being killed or injured'],
    ['a single person’s natural death', 'The former president died aged 90.'],
    ['a natural cause', 'Two patients died of cancer.'],
    ['a singular subject', 'He died in 2011.'],
    ['a thing that "has died", in the singular', 'Channel surfing has died.'],
    ['efforts that died in the Senate', 'There is scant evidence of more support for gun control legislation than in April, when efforts died in the Senate amid opposition from the National Rifle Association.'],
    ['bills that died, in a sentence about guns', 'Both gun bills died after the shooting.'],
    ['plural words that "died in committee"', 'Dozens of amendments on weapons sales died in committee.'],
    ['one person, in the singular', 'A soldier has reportedly died in the shelling.'],
    ['an actor as subject of "claimed the lives"', 'The Islamic State offensive has claimed the lives of hundreds.'],
    ['a claim about an attack on someone’s personal life', 'CNN political reporter Peter Hamby claimed Paul’s attack on Clinton’s personal life represents a potent message for Republicans.'],
    ['a claim about a public life', 'The report claimed the senator had retired from public life.'],
    ['the gun someone fired "claimed" the lives', 'He says he is the one who fired the gun that claimed the officers’ lives.'],
    ['nobody died', 'No one has been killed in the strikes so far.'],
    ['no civilians', 'No civilians were killed.'],
    ['a modal hypothetical', 'Dozens could have been killed.'],
    ['a conditional', 'If the hostages were killed, talks would end.'],
    ['what the law requires to be shown, of "someone"', 'Under Texas law, convicting a defendant of murder requires proving someone intentionally killed another person, as opposed to manslaughter, in which prosecutors have to show someone was killed because of recklessness.'],
    ['what must be proved, of "a person"', 'For a murder charge the state must prove that a person was killed with intent.'],
    ['a single death after a year', 'It sat in a box since 1968, when my grandfather died.'],
    ['died at home', 'Both men died at their homes.'],
    ['a disease', 'More than 2,000 people have died of Ebola.'],
    ['a disease tally', 'In the outbreak, 40 patients died in the first week.'],
    ['an attacker named in the sentence before', 'A gunman opened fire at a church on Sunday. Five people were killed.'],
    ['an attacker named earlier in the sentence', 'Gunmen stormed the hotel, and at least 20 guests were killed.'],
    ['a disaster', 'At least 40 people were killed in the earthquake.'],
    ['an accident', 'Twelve passengers died when the bus crashed.'],
    ['a crash told in the sentence before, across a paragraph', '“The driver lost control of the vehicle, causing that car to flip to its side,” said the detective.\n\nPolice said the teenage driver was killed, and paramedics rushed the passenger to hospital.'],
    ['a wreck told in the sentence before', 'The bus overturned on the mountain road. Twelve passengers died.'],
    ['a country before the attack', 'Indian police said at least seven civilians were killed and 30 others wounded in the Pakistani firing.'],
    ['a country before two words of attack', 'Six people were killed in the Indian strikes and shelling.'],
    ['a word of attack with "by", far from the verb', 'Five civilians were also killed along the Line of Control because of the shelling by the Indian force.'],
    ['a country attacking in the paragraph before', 'The spokesman says India attacked six locations, killing eight people.\n\nHe said five civilians were killed in Ahmedpur East.'],
    ['deaths in "the strikes", the attacker two sentences back', 'India said it struck militant camps. Seven people died from artillery exchanges. Pakistan said 26 people died in the missile strikes.'],
    ['a tally of deaths in the fighting', 'More than 2,500 Afghan civilians have been killed in the fighting so far this year, according to the United Nations.'],
    ['deaths in an exchange of fire between two armies', 'Police say a woman was killed when Indian and Pakistani soldiers exchanged mortar and gunfire along the frontier.'],
    ['an exchange told in the sentence before', 'Pakistan said five died from artillery exchange along the Line of Control. It said another 5 were killed in artillery fire.'],
    ['deaths in clashes', 'At least 12 people died in clashes between the two militias.'],
    ['a country’s artillery', 'Five civilians were killed in Russian artillery fire.'],
    ['a crowd crush', 'Families of the 97 people who were killed in a fatal crowd crush at a football match campaigned for a new law.'],
    ['a chance that died with someone', 'Any chance that he might have answered questions about his famous friends died with him.'],
    ['fighting told the sentence before, past several blank lines', 'He said 12 rebels were killed in the fighting.\n\n\n\nOfficials said only five rebels were killed in the attack.'],
    ['deaths in a building on fire', 'They will also look at claims that many of those who died were unable to escape as only one emergency exit was available.'],
    ['deaths from a fire told the sentence before', 'The flare ignited foam on the ceiling, releasing toxic smoke. Dozens of people died.'],
    ['an actor and a label before the attack', 'At least six people were killed and six others injured in a Taliban militant attack on the main hotel.'],
    ['a label before the attacks', 'Close to 50 people were killed in militant attacks in December.'],
    ['an actor’s attack told earlier in the sentence', 'It followed a Hezbollah attack on the border town, where 14 civilians were killed.'],
    ['a country’s raid in the sentence before', 'The Israeli raid on the camp lasted hours. Twelve people were killed.'],
    ['a truck attack told far before "in the attack"', 'A truck drove into a crowd watching fireworks on the seafront. Rescue workers stood by all night. Police cordoned off the street. Dozens of people were killed in the attack.'],
    ['a poisoning, after an adverb', 'In 2021, 340 children younger than 5 died nationally of fentanyl poisoning.'],
    ['a man’s surname in -s', 'John Capes died in 1985, but it was not until 1997 that his story was verified.'],
    ['a poisoning, after "who"', 'The number of children younger than 5 who died from fentanyl poisoning has tripled.'],
    ['a force before "shootout"', 'Tamerlan Tsarnaev was killed in a police shootout Friday.'],
    ['a force before "raid"', 'Three suspects were killed in an army raid on the compound.'],
    ['a standoff with security forces told the sentence before', 'The two gunmen holed up in a building, leading to a five-hour standoff with security forces. They were eventually killed.'],
    ['a gun battle with police', 'Two men were killed in a gun battle with police on Friday.'],
    ['air crashes named "disasters"', 'Two jets crashed within five months. A total of 346 people died in the two disasters.'],
    ['"disasters" alone', 'A total of 346 people died in the two disasters.'],
    ['a building collapse', 'At least 30 workers were killed when the building collapsed.'],
    ['both sides named beside "claimed … lives"', 'Aid groups have condemned indiscriminate shelling by both sides in the conflict which has claimed almost 2,600 lives.'],
    ['a raid in a headline whose force the lede names', 'Architect Of Paris Attacks Was Killed In Raid, French Authorities Say\n\nThe suspected architect of the attacks was killed during a violent police raid conducted by French authorities.'],
    ['a shootout whose force the next sentence names', 'The fugitive was killed in a shootout on Friday. The police shootout lasted an hour.'],
    ['a definition’s threshold after "killings"', 'USA Today tracks mass killings, in which four or more people were killed.'],
    ['a threshold with "died"', 'If you look at all killings in which four or more people died, there is no upward trend.'],
    ['a threshold after "shootings ... where"', 'The list counts shootings where at least three or more victims were killed.'],
    ['bombs told killing, the deaths in the next sentence', 'A pair of suicide bombs detonated outside the embassy, killing nearly two dozen people. The ministry said at least 23 people were killed and 147 wounded.'],
    ['bombs told before "died in that attack"', 'In August, a pair of bombs ripped through neighborhoods near two mosques. At least 27 people died in that attack.'],
    ['a blast told before "killed in the attack"', 'A car bomb exploded outside the hotel. Nine people were killed in the attack.'],
    ['attackers in an "in which" clause after the place', 'Fourteen were killed in San Bernardino, Calif., in which a married couple opened fire on a holiday party.'],
    ['gunmen after "where" and the place', 'Ninety people were killed in Paris, where gunmen stormed a concert hall.'],
    ['a pandemic that "has claimed the lives"', 'Trump is imploding as the pandemic has claimed the lives of more than 118,000.'],
    ['an outbreak that "claimed" lives', 'The flu outbreak has claimed 40 lives this winter.'],
    ['a tally per year', '4X as many kids were killed per year back then.'],
    ['a tally each year', 'In the 1990s, some 40 students were killed each year in school shootings.'],
    ['a tally "a year"', 'Roughly 30 children were killed a year in such shootings.'],
    ['a tally of deaths annually', 'Hundreds of pedestrians died annually on the city’s roads.'],
    ['"in which … died" after the shootings it names', 'Ardern referred to the March 15 shootings at two mosques in the New Zealand city of Christchurch in which 50 died.'],
    ['"in which … died" after a bombing', 'It was the worst since the 2017 bombing in Manchester, in which 22 people died.'],
    ['"where … died" after an attack', 'Parents gathered at the school a year after the attack, where 17 students died.'],
    ['mourned victims, the clause closing with "and"', 'Schuster offered his condolences to the relatives of the two completely uninvolved people who were killed and his sympathy to the wounded.'],
    ['mourned victims in a prayer', 'I entrust to the Lord all those who were tragically killed and pray for the injured.'],
    ['remembrance of those who died', 'Lawmakers stood together in asking for remembrance of the six who died.'],
    ['in memory of those who died, a place alone after', 'Students knelt for 17 seconds in memory of the 17 students who died in Parkland, Florida.'],
    ['"died" right after the killing told', 'Al-Assad stayed in place and the killing continued. Except that tens of thousands more have died.'],
    ['"died" right after an attack told', 'Guards repelled an attack at the mine last November. Two employees died.'],
    ['"died" after a killing spree, a source after it', 'The area was the scene of a 66-day killing spree. More than 4,500 people died, a magazine reported.'],
  ])('leaves alone: %s', (_, text) => {
    expect(ruleFindings(text, 'agentless')).toEqual([]);
  });
});

describe('quotation', () => {
  it.each([
    ['curly quotes', 'He said: “the terrorists left”.', true],
    ['straight quotes', 'He said: "the terrorists left".', true],
    ['low-high quotes', 'Er sagte: „die terrorists“.', true],
    ['guillemets', 'Il a dit : « les terrorists ».', true],
    ['a quotation left open until the paragraph ends', '“The terrorists left\nmore', true],
    ['a quotation across a line break inside its paragraph', '"We left the town\nafter the terrorists came," he said.', true],
  ])('marks findings inside %s', (_, text, quoted) => {
    expect(analyze(text, SEED_GLOSSARY).findings.map((f) => f.quoted)).toEqual([quoted]);
  });

  it('adds the quotation to the note', () => {
    const [f] = analyze('“They claimed it,” he said.', SEED_GLOSSARY).findings;
    expect(f?.note).toMatch(/someone else’s, not in the article’s own voice/);
  });

  it('takes block quotes from the caller', () => {
    const text = 'Intro. The terrorists left. Outro.';
    const start = text.indexOf('The');
    const analysis = analyze(text, SEED_GLOSSARY, { quotedRanges: [[start, start + 20]] });
    expect(analysis.findings.map((f) => f.quoted)).toEqual([true]);
  });

  it.each([
    ['outside the quotation', '“We left,” said the terrorists.'],
    ['apostrophes and single quotes', 'The terrorists’ base, the ‘terrorists’ and Hezbollah’s men'],
    ['a quotation left open in an earlier paragraph', '“We left\n\nthe terrorists said'],
    ['after a quotation closed on the next line of its paragraph', '"We fought\nthe army," said the terrorists.'],
  ])('leaves alone: %s', (_, text) => {
    expect(analyze(text, SEED_GLOSSARY).findings.filter((f) => f.quoted)).toEqual([]);
  });

  it('pairs marks into sorted ranges', () => {
    expect(findQuotations('a “b” c "d" e «f»')).toEqual([[2, 5], [8, 11], [14, 17]]);
  });
});
