/**
 * The actors added for ordinary world news (heads of government, parties, agencies, regional bodies, armed groups),
 * read by the shipped glossary in sentences: each name resolves to its entry, and where a short name is also a word,
 * a product, another actor or a relative's name, only the unambiguous forms are matched (docs/glossary.md, "Names that
 * are also words or other actors' names").
 */
import { describe, expect, it } from 'vitest';
import { actorsIn } from '../../support/actors-in';


describe('names that resolve to the new entries', () => {
  it.each<[string, string, string]>([
    ['The ANC-led coalition lost its majority.', 'african-national-congress', 'ANC-led'],
    ['The African National Congress met in Johannesburg.', 'african-national-congress', 'African National Congress'],
    ['ICE agents detained three men outside the court.', 'us-immigration-and-customs-enforcement', 'ICE agents'],
    ['PLA troops held drills near the island.', 'peoples-liberation-army', 'PLA troops'],
    ["Turkey's CHP called for early elections.", 'chp-turkey', "Turkey's CHP"],
    ['The National Rally topped the poll.', 'national-rally-france', 'National Rally'],
    ['General Secretary To Lam visited Hanoi’s port.', 'person-to-lam', 'General Secretary To Lam'],
    ['Péter Magyar and the Tisza party won the April vote.', 'tisza-party', 'Tisza party'],
    ['Péter Magyar and the Tisza party won the April vote.', 'person-peter-magyar', 'Péter Magyar'],
    ['Jair Bolsonaro was sentenced in September.', 'person-jair-bolsonaro', 'Jair Bolsonaro'],
    ['The Pentagon said the strike hit a boat.', 'us-department-of-defense', 'Pentagon'],
    ['The BJP swept the state.', 'bharatiya-janata-party', 'BJP'],
    ['Rahul Gandhi led the march.', 'person-rahul-gandhi', 'Rahul Gandhi'],
    ['OPEC+ agreed to raise output.', 'opec', 'OPEC+'],
    ['Kim Jong-un watched the missile launch.', 'person-kim-jong-un', 'Kim Jong-un'],
  ])('%s → %s (%s)', (text, id, matched) => {
    expect(actorsIn(text)).toContainEqual([id, matched]);
  });
});

describe('ordinary words, products and other people stay without these cards', () => {
  it.each<[string, string]>([
    ['She bought ANC earbuds for the flight.', 'african-national-congress'],
    ['The national rally drew thousands of teachers.', 'national-rally-france'],
    ['The printer uses PLA plastic filament.', 'peoples-liberation-army'],
    ['Add ice to the glass and serve.', 'us-immigration-and-customs-enforcement'],
    ['Draw a pentagon with five equal sides.', 'us-department-of-defense'],
    ['He went to Lam Tin station to meet Carrie Lam.', 'person-to-lam'],
    ['The Tisza river flooded the plain.', 'tisza-party'],
    ['Congress passed the bill on Thursday.', 'indian-national-congress'],
    ['Francesca Albanese, the UN special rapporteur, presented her report.', 'person-anthony-albanese'],
    ['Sonia Gandhi chaired the meeting.', 'person-rahul-gandhi'],
    ['Nawaz Sharif returned to Lahore.', 'person-shehbaz-sharif'],
    ['Sara Duterte addressed the Senate.', 'person-rodrigo-duterte'],
    ['Eduardo Bolsonaro spoke in Washington.', 'person-jair-bolsonaro'],
    ['The BNP Paribas results beat forecasts.', 'bangladesh-nationalist-party'],
    ['Kim Jong Il died in December 2011.', 'person-kim-jong-un'],
    ['Kim Yo Jong issued a statement.', 'person-kim-jong-un'],
  ])('%s: no %s', (text, id) => {
    expect(actorsIn(text).map(([entryId]) => entryId)).not.toContain(id);
  });
});
