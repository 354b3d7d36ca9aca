import { describe, expect, test } from 'vitest';
import { asOfPublication } from '../../../utils/core/as-of';
import type { Entry } from '../../../utils/glossary/schema';
import { exampleEntry } from '../../support/example-entry';

const source = { title: 'Example', url: 'https://example.org/a' };
// Shaped like the glossary's Jabhat Fateh al-Sham: two earlier names, one later, designations before and after 2016.
const front = exampleEntry({
  name: 'Jabhat Fateh al-Sham',
  names: [
    { name: 'al-Nusra Front', from: '2012-01', to: '2016-07' },
    { name: 'Jabhat Fateh al-Sham', from: '2016-07', to: '2017-01' },
    { name: "Hay'at Tahrir al-Sham", from: '2017-01' },
  ],
  designations: [
    { by: 'United States', year: 2012, source },
    { by: 'Canada', year: 2018, source },
  ],
} as Partial<Entry>);

describe('an entry as of the article it is read in', () => {
  test.each<[string, string | null | undefined, ReturnType<typeof asOfPublication>]>([
    ['no date: nothing said', null, null],
    ['a date that is not ISO 8601: nothing said', 'Thursday 15 December', null],
    [
      'the seed (December 2016): the name then is the card’s; the rename and the later designation are after it',
      '2016-12-15T14:20:00+00:00',
      { year: 2016, calledThen: null, laterNames: [{ name: "Hay'at Tahrir al-Sham", from: '2017-01' }], laterDesignations: [{ by: 'Canada', year: 2018 }] },
    ],
    [
      'an article of 2015: called by its earlier name then',
      '2015-06-01',
      {
        year: 2015,
        calledThen: 'al-Nusra Front',
        laterNames: [
          { name: 'Jabhat Fateh al-Sham', from: '2016-07' },
          { name: "Hay'at Tahrir al-Sham", from: '2017-01' },
        ],
        laterDesignations: [{ by: 'Canada', year: 2018 }],
      },
    ],
    ['an article of 2019: called by the later name then, nothing after it', '2019-03-02', { year: 2019, calledThen: "Hay'at Tahrir al-Sham", laterNames: [], laterDesignations: [] }],
    ['the first day of a new name is that name’s', '2017-01-01', { year: 2017, calledThen: "Hay'at Tahrir al-Sham", laterNames: [], laterDesignations: [{ by: 'Canada', year: 2018 }] }],
  ])('%s', (_label, published, expected) => {
    expect(asOfPublication(front, published)).toEqual(expected);
  });

  test('an entry with no dated names or designations says nothing, whatever the date', () => {
    expect(asOfPublication(exampleEntry(), '2016-12-15')).toBeNull();
  });

  test('a name written with its abbreviation is the same name', () => {
    const entry = exampleEntry({ name: 'Example Front', names: [{ name: 'Example Front (EF)', from: '2010' }] } as Partial<Entry>);
    expect(asOfPublication(entry, '2012-05-05')).toBeNull();
  });
});
