/**
 * The actors added for the designations of 2025–2026 and the everyday actors of political news, read by the shipped
 * glossary in sentences: each name resolves to its entry, and the ordinary words and look-alike names around them
 * (a "politico", "fed up", the band Los Lobos, Australia's Palestine Action Group, Germany's Social Democratic Party)
 * stay with no card or with their own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/core/analyze';
import type { Entry } from '../../../utils/glossary/schema';
import { readGlossaryFiles } from '../../../scripts/lib/glossary-files';
import { actorsIn } from '../../support/actors-in';

const entries = readGlossaryFiles().flatMap((f) => f.data as Entry[]);

describe('names that resolve to the new entries', () => {
  it.each<[string, string, string]>([
    ['The State Department designated Tren de Aragua and MS-13 as terrorist organisations.', 'tren-de-aragua', 'Tren de Aragua'],
    ['The State Department designated Tren de Aragua and MS-13 as terrorist organisations.', 'ms-13', 'MS-13'],
    ['Fighting between factions of the Sinaloa Cartel has killed hundreds in Culiacán.', 'sinaloa-cartel', 'Sinaloa Cartel'],
    ['Officials blamed the Jalisco New Generation Cartel for the drone attack.', 'cjng', 'Jalisco New Generation Cartel'],
    ['Gunmen of the CJNG blocked the road.', 'cjng', 'CJNG'],
    ['The Gulf Cartel and the Cartel del Noreste fight over Tamaulipas.', 'gulf-cartel', 'Gulf Cartel'],
    ['The Gulf Cartel and the Cartel del Noreste fight over Tamaulipas.', 'cartel-del-noreste', 'Cartel del Noreste'],
    ['La Nueva Familia Michoacana controls parts of Guerrero.', 'la-nueva-familia-michoacana', 'La Nueva Familia Michoacana'],
    ['Carteles Unidos was formed to resist the Jalisco cartel in Michoacán.', 'carteles-unidos', 'Carteles Unidos'],
    ['Washington says the Cartel de los Soles is led by senior officials.', 'cartel-de-los-soles', 'Cartel de los Soles'],
    ['Viv Ansanm controls most of Port-au-Prince, while Gran Grif dominates Artibonite.', 'viv-ansanm', 'Viv Ansanm'],
    ['Viv Ansanm controls most of Port-au-Prince, while Gran Grif dominates Artibonite.', 'gran-grif', 'Gran Grif'],
    ['Barrio 18 is a rival of MS-13 in El Salvador.', 'barrio-18', 'Barrio 18'],
    ['Los Choneros and the Los Lobos gang were designated in September.', 'los-choneros', 'Los Choneros'],
    ['Los Choneros and the Los Lobos gang were designated in September.', 'los-lobos-ecuador', 'Los Lobos gang'],
    ['Supporters of Palestine Action were arrested in Parliament Square.', 'palestine-action', 'Palestine Action'],
    ['The Palestine Action Group led the march across the Harbour Bridge.', 'palestine-action-group-sydney', 'Palestine Action Group'],
    ['The order also proscribed the Maniacs Murder Cult and the Russian Imperial Movement.', 'maniacs-murder-cult', 'Maniacs Murder Cult'],
    ['The order also proscribed the Maniacs Murder Cult and the Russian Imperial Movement.', 'russian-imperial-movement', 'Russian Imperial Movement'],
    ['Members of Antifa Ost stood trial in Dresden.', 'antifa-ost', 'Antifa Ost'],
    ['Italian police attributed the parcel bombs to the Informal Anarchist Federation.', 'informal-anarchist-federation', 'Informal Anarchist Federation'],
    ['Armed Proletarian Justice and Revolutionary Class Self-Defense claimed the blasts.', 'armed-proletarian-justice', 'Armed Proletarian Justice'],
    ['Armed Proletarian Justice and Revolutionary Class Self-Defense claimed the blasts.', 'revolutionary-class-self-defense', 'Revolutionary Class Self-Defense'],
    ['The Muslim Brotherhood was founded in Egypt in 1928.', 'muslim-brotherhood', 'Muslim Brotherhood'],
    ['Canada listed the Bishnoi Gang as a terrorist entity.', 'bishnoi-gang', 'Bishnoi Gang'],
    ['Terrorgram channels spread the attacker\'s manifesto.', 'terrorgram', 'Terrorgram'],
    ['Jordan banned the Jordanian Muslim Brotherhood in April.', 'jordanian-muslim-brotherhood', 'Jordanian Muslim Brotherhood'],
    ['Washington designated the Lebanese Muslim Brotherhood in January.', 'lebanese-muslim-brotherhood', 'Lebanese Muslim Brotherhood'],
    ['The Federal Reserve held rates steady on Wednesday.', 'federal-reserve', 'Federal Reserve'],
    ['Markets expect the Fed to cut rates.', 'federal-reserve', 'the Fed'],
    ['The IMF and the World Bank meet in Washington.', 'imf', 'IMF'],
    ['The IMF and the World Bank meet in Washington.', 'world-bank', 'World Bank'],
    ['She told NBC News that she would run.', 'outlet-nbc-news', 'NBC News'],
    ['He appeared on MSNBC before it became MS NOW.', 'outlet-msnbc', 'MSNBC'],
    ['He appeared on MSNBC before it became MS NOW.', 'outlet-msnbc', 'MS NOW'],
    ['The interview aired on ABC News and CBS News.', 'outlet-abc-news-us', 'ABC News'],
    ['The interview aired on ABC News and CBS News.', 'outlet-cbs-news', 'CBS News'],
    ['The Australian Broadcasting Corporation reported the result.', 'outlet-abc-australia', 'Australian Broadcasting Corporation'],
    ['The figures were first reported by Bloomberg News.', 'outlet-bloomberg', 'Bloomberg News'],
    ['Politico reported that the bill would fail.', 'outlet-politico', 'Politico'],
    ['President Lee Jae-myung met Yoon Suk Yeol\'s successor as party leader.', 'person-lee-jae-myung', 'Lee Jae-myung'],
    ['President Lee Jae-myung met Yoon Suk Yeol\'s successor as party leader.', 'person-yoon-suk-yeol', 'Yoon Suk Yeol'],
    ['The Democratic Party of Korea and the People Power Party clashed over the budget.', 'democratic-party-of-korea', 'Democratic Party of Korea'],
    ['The Democratic Party of Korea and the People Power Party clashed over the budget.', 'people-power-party-korea', 'People Power Party'],
    ['The GOP majority in the House passed the bill.', 'republican-party-us', 'GOP'],
    ['The Republican National Committee and the Democratic National Committee raised record sums.', 'republican-party-us', 'Republican National Committee'],
    ['The Republican National Committee and the Democratic National Committee raised record sums.', 'democratic-party-us', 'Democratic National Committee'],
    ['House Democrats and Senate Republicans met at noon.', 'democratic-party-us', 'House Democrats'],
    ['House Democrats and Senate Republicans met at noon.', 'republican-party-us', 'Senate Republicans'],
  ])('%s → %s', (sentence, id, text) => {
    expect(actorsIn(sentence)).toContainEqual([id, text]);
  });
});

describe('ordinary words and look-alike names stay off the new entries', () => {
  const NEW_IDS = new Set(
    readGlossaryFiles()
      .filter((f) => /designations-2025|everyday-actors/.test(f.file))
      .flatMap((f) => (f.data as Entry[]).map((e) => e.id)),
  );
  it.each<[string, string[]]>([
    ['The veteran politico said the vote was close.', []],
    ['Fed up with the delays, the residents left.', []],
    ['They fed the children before school.', []],
    ['Los Lobos played their hits at the festival.', []],
    ['Bloomberg, the former mayor, endorsed the plan.', []],
    ['Soldiers wore NBC suits during the drill.', []],
    ['The Social Democratic Party and the Liberal Democrats lost seats.', []],
    ['We pray for our Muslim brothers and sisters.', []],
    ['A hammer gang raided the jeweller.', []],
    ['The Palestine Action Group led the march.', ['palestine-action-group-sydney']],
    ['Irish republicans marched in Belfast.', []],
    ['The Sweden Democrats and the Christian Democrats formed a bloc.', []],
    ['Les Républicains chose a new leader in Paris.', []],
    ['Students at Mount Kenya University (MKU) sat their exams.', []],
    ['ms now has a new logo', []],
  ])('%s', (sentence, expected) => {
    expect(actorsIn(sentence).map(([id]) => id).filter((id) => NEW_IDS.has(id!))).toEqual(expected);
  });
});

const framingIn = (text: string) =>
  analyze(text, entries)
    .findings.filter((f) => f.flag === 'framing')
    .map((f) => [f.entryId, f.text]);

describe('labels used of people or groups', () => {
  it.each<[string, string[][]]>([
    ['Police said the attacker had posted white supremacist writings online.', [['term-white-supremacist', 'white supremacist']]],
    ['Critics called the rally a gathering of white nationalists.', [['term-white-nationalist', 'white nationalists']]],
    ['The host, a conspiracy theorist, repeated the claim.', [['term-conspiracy-theorist', 'conspiracy theorist']]],
    // Not labels of people: a structural concept, a criminal charge, a plain noun phrase.
    ['The course examines white supremacy in colonial law.', []],
    ['He was convicted of conspiracy to commit fraud.', []],
    ['The theory of relativity was tested again.', []],
  ])('%s', (sentence, expected) => {
    expect(framingIn(sentence).filter(([id]) => /white|conspira/.test(id!))).toEqual(expected);
  });
});
