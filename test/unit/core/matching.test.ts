import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/core/analyze';
import { foldText } from '../../../utils/core/normalize';
import { actor, term } from './fixture-glossary';
import { found } from './helpers';

describe('folding', () => {
  it.each([
    ['al-Nusra', 'al nusra'],
    ['al Nusra', 'al nusra'],
    ['al\u2011Nusra', 'al nusra'],
    ['al – Nusra', 'al nusra'],
    ['Dara’a', 'daraa'],
    ["Dara'a", 'daraa'],
    ['Darʿa', 'dara'],
    ['Daraa', 'daraa'],
    ['Hama’s', "hama's"],
    ['Hezbollah’s', "hezbollah's"],
    ['Ḥizb  Allāh\n', 'hizb allah'],
    ['Ahrar\u00a0al-Sham', 'ahrar al sham'],
    ['“quoted”', '"quoted"'],
    ['Sørensen Łódź', 'sorensen lodz'],
    ['Cafe\u0301', 'cafe'],
  ])('%s → %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('keeps case on request', () => {
    expect(foldText('COI-Ré', true)).toBe('COI Re');
  });
});

const glossary = [
  actor('jabhat-fateh-al-sham', 'group', 'Jabhat Fateh al-Sham', ['Jabhat Fateh al-Sham', 'al-Nusra Front', 'Nusra Front']),
  actor('hezbollah', 'group', 'Hezbollah', ['Hezbollah']),
  actor('hamas', 'group', 'Hamas', ['Hamas']),
  actor('daraa', 'state-body', 'Daraa council', ['Daraa council']),
  actor('islamic-state', 'group', 'Islamic State', ['Islamic State', 'Islamic State of Iraq and the Levant', { text: 'IS', case: 'sensitive' }]),
  actor('un-commission-of-inquiry-syria', 'international-body', 'UN COI', [{ text: 'COI', case: 'sensitive' }]),
  actor('hts', 'group', 'HTS', [{ text: 'HTS', case: 'sensitive' }]),
  actor('sdf', 'group', 'SDF', [{ text: 'SDF', case: 'sensitive' }]),
  actor('saudi-arabia', 'state-body', 'Saudi Arabia', ['Saudi Arabia']),
  term('term-militant', ['militant', 'militants'], 'label'),
  term('term-terrorist', ['terrorist', 'terrorists'], 'label'),
];

describe('matching', () => {
  it.each<[string, string, string[]]>([
    ['dash variants', 'al-Nusra Front, al Nusra Front, al\u2011Nusra Front, al–Nusra Front', Array(4).fill('jabhat-fateh-al-sham')],
    ['line breaks and runs of spaces', 'Jabhat\n  Fateh   al-Sham', ['jabhat-fateh-al-sham']],
    ['diacritics and apostrophes inside words', 'the Dara’a council, the Darʿa council? no: Daraa Council', ['daraa', 'daraa']],
    ['possessive', 'Hezbollah’s fighters and Hezbollah\'s allies', ['hezbollah', 'hezbollah']],
    ['hyphenated compounds', 'Hezbollah-backed, militant-run', ['hezbollah', 'term-militant']],
    ['plurals declared per entry', 'a militant, two militants, a terrorist, terrorists', ['term-militant', 'term-militant', 'term-terrorist', 'term-terrorist']],
    ['longest match wins', 'the Islamic State of Iraq and the Levant', ['islamic-state']],
    ['aliases resolve to one entry', 'Jabhat Fateh al-Sham, formerly Nusra Front', ['jabhat-fateh-al-sham', 'jabhat-fateh-al-sham']],
    ['acronyms in their own case', 'IS is not is; COI (coi), HTS and hts, SDF/sdf', ['islamic-state', 'un-commission-of-inquiry-syria', 'hts', 'sdf']],
  ])('%s', (_, text, ids) => {
    expect(analyze(text, glossary).findings.map((f) => f.entryId)).toEqual(ids);
  });

  it.each([
    ['inside a longer word', 'militantly, antiterrorist, Hamasian'],
    ['a possessive that is another name', 'in Hama’s centre'],
    ['a word glued by a digit', 'militant2 and 2militant'],
    ['acronyms in another case', 'this is it, Is it, Coi, hts, Sdf'],
  ])('leaves alone: %s', (_, text) => {
    expect(found(text, glossary)).toEqual([]);
  });

  it('offsets point into the original text', () => {
    const text = 'Al\u2011Nusra  Front’s Dara’a';
    const [f] = analyze(text, glossary).findings;
    expect(f).toMatchObject({ start: 0, end: 15, text: 'Al\u2011Nusra  Front' });
  });

  it('takes combining marks that follow a match into it', () => {
    expect(found('Hamas\u0301 and Hamas\u0301x', glossary)).toEqual(['hamas:Hamas\u0301']);
  });
});
