/**
 * The outlets and movements added for issue 10 §3, read by the shipped glossary in sentences: each name resolves to
 * its entry, and the ordinary words that share a name with an outlet ("the sun rose", "across the Atlantic", "on the
 * Hill", "a vox pop", "le monde entier", "phosphate-buffered saline (PBS)", a Roth IRA) stay with no card.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../utils/glossary/schema';
import { readGlossaryFiles } from '../../../scripts/lib/glossary-files';
import { actorsIn } from '../../support/actors-in';

describe('names that resolve to the new outlets and movements', () => {
  it.each<[string, string, string]>([
    ['The story was first published by Breitbart News on Monday.', 'outlet-breitbart', 'Breitbart News'],
    ['Ben Shapiro founded The Daily Wire in 2015.', 'outlet-daily-wire', 'The Daily Wire'],
    ['He later appeared on Newsmax and One America News.', 'outlet-newsmax', 'Newsmax'],
    ['He later appeared on Newsmax and One America News.', 'outlet-oann', 'One America News'],
    ['She told NPR that the vote was close.', 'outlet-npr', 'NPR'],
    ['The interview aired on the PBS NewsHour.', 'outlet-pbs', 'PBS NewsHour'],
    ['The Economist endorsed neither candidate.', 'outlet-economist', 'The Economist'],
    ['The Times of London reported the resignation.', 'outlet-the-times-uk', 'The Times of London'],
    ['The Daily Telegraph and the Daily Mail led with the budget.', 'outlet-telegraph', 'The Daily Telegraph'],
    ['The Daily Telegraph and the Daily Mail led with the budget.', 'outlet-daily-mail', 'the Daily Mail'],
    ['The Sun newspaper ran the photographs.', 'outlet-the-sun-uk', 'The Sun newspaper'],
    ['The New York Post and USA Today carried the story.', 'outlet-new-york-post', 'The New York Post'],
    ['The New York Post and USA Today carried the story.', 'outlet-usa-today', 'USA Today'],
    ['The Los Angeles Times and Axios reported the deal.', 'outlet-los-angeles-times', 'Los Angeles Times'],
    ['The Los Angeles Times and Axios reported the deal.', 'outlet-axios', 'Axios'],
    ['According to The Hill newspaper, the bill stalled.', 'outlet-the-hill', 'The Hill newspaper'],
    ['HuffPost and Vox Media cut jobs.', 'outlet-huffpost', 'HuffPost'],
    ['HuffPost and Vox Media cut jobs.', 'outlet-vox', 'Vox Media'],
    ['He wrote in The Atlantic magazine last year.', 'outlet-the-atlantic', 'The Atlantic magazine'],
    ['Le Monde and Der Spiegel published the leaked files.', 'outlet-le-monde', 'Le Monde'],
    ['Le Monde and Der Spiegel published the leaked files.', 'outlet-der-spiegel', 'Der Spiegel'],
    ['An essay in Le Monde diplomatique argued the opposite.', 'outlet-le-monde-diplomatique', 'Le Monde diplomatique'],
    ['The South China Morning Post cited officials in Beijing.', 'outlet-scmp', 'South China Morning Post'],
    ['The Times of India quoted police in Mumbai.', 'outlet-times-of-india', 'The Times of India'],
    ['Yonhap and Kyodo News reported the missile launch.', 'outlet-yonhap', 'Yonhap'],
    ['Yonhap and Kyodo News reported the missile launch.', 'outlet-kyodo', 'Kyodo News'],
    ['Yedioth Ahronoth and Ynet ran the interview.', 'outlet-yedioth-ahronoth', 'Yedioth Ahronoth'],
    ["Lebanon's Al-Akhbar said the talks had stalled.", 'outlet-al-akhbar-lebanon', "Lebanon's Al-Akhbar"],
    ['The Epoch Times and NTD Television covered the rally.', 'outlet-epoch-times', 'The Epoch Times'],
    ['The Epoch Times and NTD Television covered the rally.', 'outlet-ntd', 'NTD Television'],
    ['Members of the Proud Boys and the Oath Keepers were charged.', 'proud-boys', 'Proud Boys'],
    ['Members of the Proud Boys and the Oath Keepers were charged.', 'oath-keepers', 'Oath Keepers'],
    ['The order designated Antifa a domestic terrorist organisation.', 'antifa', 'Antifa'],
    ['Members of Antifa Ost stood trial in Dresden.', 'antifa-ost', 'Antifa Ost'],
    ['Sinn Féin became the largest party at Stormont.', 'sinn-fein', 'Sinn Féin'],
    ['The Provisional IRA and the UVF declared ceasefires in 1994.', 'provisional-ira', 'Provisional IRA'],
    ['The Provisional IRA and the UVF declared ceasefires in 1994.', 'ulster-volunteer-force', 'UVF'],
    ['The Tamil Tigers were defeated in 2009.', 'ltte', 'Tamil Tigers'],
    ['The CPI (Maoist) called a strike in Bastar.', 'cpi-maoist', 'CPI (Maoist)'],
    ['Naxalites ambushed a police patrol.', 'naxalites', 'Naxalites'],
    ['Abu Sayyaf released two hostages on Jolo.', 'abu-sayyaf', 'Abu Sayyaf'],
    ['The Polisario Front rejected the resolution.', 'polisario-front', 'Polisario Front'],
    ['The Dalai Lama turned 90 in Dharamshala.', 'person-dalai-lama', 'Dalai Lama'],
    ['The Central Tibetan Administration welcomed the statement.', 'central-tibetan-administration', 'Central Tibetan Administration'],
    ['Falun Gong practitioners protested outside the consulate.', 'falun-gong', 'Falun Gong'],
    ['Ennahda boycotted the referendum.', 'ennahda', 'Ennahda'],
    ['Rached Ghannouchi was arrested in April 2023.', 'person-rached-ghannouchi', 'Rached Ghannouchi'],
    ['The Sahrawi Arab Democratic Republic is a member of the African Union.', 'sahrawi-arab-democratic-republic', 'Sahrawi Arab Democratic Republic'],
    ['Ansar al-Sharia in Tunisia was banned in 2013.', 'ansar-al-sharia-tunisia', 'Ansar al-Sharia in Tunisia'],
    ['Ansar al-Sharia in Benghazi fought Haftar’s forces.', 'ansar-al-sharia-libya', 'Ansar al-Sharia in Benghazi'],
  ])('%s → %s', (sentence, id, text) => {
    expect(actorsIn(sentence)).toContainEqual([id, text]);
  });
});

describe('ordinary words and look-alike names stay off the new entries', () => {
  const NEW_IDS = new Set(
    readGlossaryFiles()
      .filter((f) => /outlets-more|actors-movements/.test(f.file))
      .flatMap((f) => (f.data as Entry[]).map((e) => e.id)),
  );
  it.each<[string, string[]]>([
    ['The sun rose over the harbour.', []],
    ['The Sun rose over the harbour before the race.', []],
    ['They sailed across the Atlantic in June.', []],
    ['The Atlantic was calm that morning.', []],
    ['Staffers on the Hill expect a vote on Friday.', []],
    ['The Hill was covered in snow.', []],
    ['The Times Square crowd cheered at midnight.', []],
    ['The times have changed since then.', []],
    ['The broadcaster recorded a vox pop outside the station.', []],
    ['Vox won seats in the Spanish parliament.', []],
    ['Il a parcouru le monde entier.', []],
    ['Le monde est petit.', []],
    ['The cells were washed in phosphate-buffered saline (PBS).', []],
    ['She moved her savings into a Roth IRA.', []],
    ['The IRA tax credits for electric cars expire soon.', []],
    ['The Irish Republican Army fought the War of Independence.', []],
    ['Install axios with npm to make HTTP requests.', []],
    ['A spiegel is the German word for a mirror.', []],
    ['The mail arrived late and the post office was closed.', []],
    ['The wire services carried the story.', []],
    ['Ansar al-Sharia claimed the attack in Yemen.', []],
    ['The Egyptian daily Al-Akhbar praised the plan.', []],
    ['The Economist Intelligence Unit ranked the city first.', ['outlet-economist']],
  ])('%s', (sentence, expected) => {
    expect(actorsIn(sentence).map(([id]) => id).filter((id) => NEW_IDS.has(id!))).toEqual(expected);
  });
});
