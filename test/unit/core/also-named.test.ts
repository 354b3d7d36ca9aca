import { describe, expect, test } from 'vitest';
import { findAlsoNamed, type AlsoNamed } from '../../../utils/core/also-named/find';
import { findQuotations, type Range } from '../../../utils/core/rules/quotation';

/** The detector on `text`, with `known` names standing for the glossary's matches. */
function detect(text: string, known: readonly string[] = []): AlsoNamed[] {
  const spans: Range[] = [];
  for (const name of known) for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) spans.push([i, i + name.length]);
  return findAlsoNamed(text, { known: spans, quotes: findQuotations(text) });
}

/** Name, kind, count and labels, in one line each, for tables. */
function brief(found: readonly AlsoNamed[]): string[] {
  return found.map(
    (a) =>
      `${a.name} (${a.kind}) ×${a.count}` +
      a.labels.map((l) => ` [${l.kind}: ${l.label}${l.by ? ` by ${l.by}` : ''}${l.quoted ? ', quoted' : ''}]`).join(''),
  );
}

describe('also named: what is listed', () => {
  test.each([
    ['an appositive after the name', 'Ennahda, the Islamist party, won the vote. Ennahda formed a government.', ['Ennahda (organisation) ×2 [descriptor: Islamist]']],
    ['an appositive with several words, plain ones dropped', 'Vox, a small far-right party, gained seats.', ['Vox (organisation) ×1 [descriptor: far-right]']],
    ['an appositive followed by a relative clause', 'Ansar Dine, a jihadist group that seized towns in 2012, was named.', ['Ansar Dine (organisation) ×1 [descriptor: jihadist]']],
    ['a descriptor before the name', 'Fighters of the militant group Jund al-Aqsa withdrew.', ['Jund al-Aqsa (organisation) ×1 [descriptor: militant]']],
    ['a group called X: distancing', 'Members of a group called Soldiers of Odin patrolled the streets.', ['Soldiers of Odin (organisation) ×1 [distancing: a group called]']],
    ['a quoted name after "calling itself"', 'A movement calling itself “Northern Dawn” claimed the march.', ['Northern Dawn (organisation) ×1 [distancing: A movement calling itself]']],
    ['self-styled', 'The self-styled Black Brigade issued a statement.', ['Black Brigade (organisation) ×1 [distancing: self-styled]']],
    [
      'a designation, with who designates',
      'Kataib Sayyid, which the United States designates as a terrorist organisation, denied it.',
      ['Kataib Sayyid (organisation) ×1 [designation: terrorist organisation by the United States]'],
    ],
    [
      'a designation in the passive',
      'Jaish Tahrir, designated a terrorist group by the European Union, was banned.',
      ['Jaish Tahrir (organisation) ×1 [designation: terrorist group by the European Union]'],
    ],
    ['an organisation by its head word', 'The Fishing Vessel Owners Association opposed the rule.', ['Fishing Vessel Owners Association (organisation) ×1']],
    ['"Army of …", "Front for …"', 'The Army of Islam and the Front for National Salvation met.', ['Army of Islam (organisation) ×1', 'Front for National Salvation (organisation) ×1']],
    [
      '"and" inside a name after "for"',
      'The Organisation for Economic Co-operation and Development said growth slowed.',
      ['Organisation for Economic Co-operation and Development (organisation) ×1'],
    ],
    ['a person with a title, the surname counted', 'Senator Jane Okafor spoke first. Okafor then left.', ['Jane Okafor (person) ×2']],
    ['a person with a role noun before the name', 'Police spokesman Tom Brandt confirmed the arrests.', ['Tom Brandt (person) ×1']],
    ['a person who speaks, referred back to by surname', 'Maria Lindqvist said the plan was late. Lindqvist added that costs rose.', ['Maria Lindqvist (person) ×2']],
    ['a person with an age', 'Omar Haddad, 45, said he fled. Haddad now lives in a camp.', ['Omar Haddad (person) ×2']],
    ['a person labelled by an appositive', 'Tommy Garner, a far-right activist, spoke.', ['Tommy Garner (person) ×1 [descriptor: far-right]']],
    ['a label inside a quotation is marked as quoted', '“Ennahda, the Islamist party, lied,” he said.', ['Ennahda (organisation) ×1 [descriptor: Islamist, quoted]']],
    ['a name inside a quotation is counted', 'The Fishing Vessel Owners Association objected. “The Fishing Vessel Owners Association is wrong,” he said.', ['Fishing Vessel Owners Association (organisation) ×2']],
    ['the most often named first', 'The Green Valley Alliance met. Senator Jane Okafor came. Okafor spoke. Okafor left.', ['Jane Okafor (person) ×3', 'Green Valley Alliance (organisation) ×1']],
  ])('%s', (_, text, expected) => {
    expect(brief(detect(text))).toEqual(expected);
  });
});

describe('also named: what is not listed', () => {
  test.each([
    ['a capitalised word at the start of a sentence', 'Yesterday the vote failed. However, the mood changed. Officials met.'],
    ['a sentence-initial word before a name is no part of it', 'But Maria Lindqvist never spoke again.'],
    ['a headline in title case', 'Rebels Seize Key Town As Peace Council Talks Stall\nThe fighting went on.'],
    ['a quoted title in title case', 'She wrote “The Rise And Fall Of The Freedom Party Movement” in 2003.'],
    ['a title with capitalised function words', 'He spoke at Contemporary Art At The Asia Society last year.'],
    ['place names, even with a verb of saying', 'North Korea said it would test. South Africa said no. New Zealand said nothing. Korea agreed.'],
    ['days and months', 'On Monday March the council met. Tuesday Smith said so.'],
    ['a person without a cue', 'Maria Lindqvist was there.'],
    ['an institution that speaks', 'Human Rights Watch said the strikes were unlawful. Watch officials agreed.'],
    ['a name after a preposition with a comma', 'In Tunisia, the Islamist party won the most seats.'],
    ['an appositive that runs on into the sentence', 'Meanwhile Ennahda, the party of the prime minister, resigned.'],
    ['a bare acronym', 'The NGO and the UNHCR said the camp was full. NATO agreed.'],
    ['a league or a union', 'The Premier League and the Soviet Union and the State of the Union.'],
    ['an appositive without a describing word', 'Ennahda, the party, met.'],
  ])('%s', (_, text) => {
    expect(brief(detect(text))).toEqual([]);
  });

  test('a name the glossary knows is never listed again, with or without a label', () => {
    const text = 'Hamas, the Islamist movement, said the Qassam Brigades fought. The Fishing Vessel Owners Association objected.';
    expect(brief(detect(text, ['Hamas', 'Qassam Brigades']))).toEqual(['Fishing Vessel Owners Association (organisation) ×1']);
  });

  test('a name overlapping a glossary match anywhere is the glossary’s', () => {
    const text = 'The Hamas Political Council met. Later the Hamas Political Council spoke.';
    expect(brief(detect(text, ['Hamas']))).toEqual([]);
  });

  test('a shorter name inside a longer listed one is not listed twice', () => {
    const text = 'The Syrian Islamic Front fought. The Islamic Front also fought.';
    expect(brief(detect(text))).toEqual(['Syrian Islamic Front (organisation) ×1']);
  });

  test('at most the cap, the most often named first', () => {
    const text = Array.from({ length: 40 }, (_, i) => `The ${String.fromCharCode(65 + (i % 26))}${'x'.repeat(1 + Math.floor(i / 26))}ia Relief Council met.`).join(' ');
    const found = findAlsoNamed(text, { known: [], quotes: [], cap: 30 });
    expect(found).toHaveLength(30);
  });
});
