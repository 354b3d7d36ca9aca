/** A label named only to be denied (utils/core/denial.ts), and a label that stands. */
import { describe, expect, it } from 'vitest';
import { deniedBefore } from '../../../utils/core/denial';

describe('denied labels', () => {
  it.each([
    ['The general was not a ', true],
    ['“It wasn’t that he was a ', true],
    ['The mayor is no ', true],
    ['He was never a ', true],
    ['but that merely means that they hail from countries that are a source of terrorism, not that they are ', true],
    ['No one who has come in from the southern border has ever conducted a ', true],
    ['The group has never carried out an ', true],
    ['He is no longer a ', true],
    ['He was not a brutal ', true],
    ['In 147 years as a democracy, we have never had a revolution, a civil war or a foreign ', true],
    ['he had never shown any indication of ', true],
    ['Officers found no sign of ', true],
    ['Reagan, stricken, responded not with an ', true],
    ['It was a liberation, not an ', true],
    ['The city fell not by a military ', true],
    ['Two U.S. officials say he had no tie to ', true],
    ['Investigators found no known links with any ', true],
    ['The charity has no connections to ', true],
    ['French news reports said that he had denied having ', true],
    ['The suspect denies being a ', true],
    ['The group denied any ', true],
    ['“It is not being treated as a ', true],
    ['Police said the crash isn’t considered a ', true],
    ['The fire is not yet being investigated as a ', true],
  ])('%j denies what follows: %s', (before, expected) => {
    expect(deniedBefore(before)).toBe(expected);
  });

  it.each([
    ['He was not only a ', false],
    ['The aides were not just ', false],
    ['Critics call the president a ', false],
    ['It isn’t surprising that the ', false],
    ['Nobody doubted that the ', false],
    ['No one was hurt in the ', false],
    ['He has a ', false],
    ['He never had a chance before the ', false],
    ['The police found signs of ', false],
    ['It was not only an ', false],
    ['This is not just a ', false],
    ['It was an ', false],
    ['The leader responded with an ', false],
    ['Officials say he had ties to ', false],
    ['He cut all links to ', false],
    ['The bank had no ties to the ', false],
    ['There is no tie to the money, but his links to ', false],
    ['The group denied the ', false],
    ['The minister denied that the ', false],
    ['Nobody denied having seen the ', false],
    ['“It is being treated as a ', false],
    ['The attack was treated not only as a ', false],
    ['Police, who had not been called, treated it as a ', false],
  ])('%j leaves the label standing: %s', (before, expected) => {
    expect(deniedBefore(before)).toBe(expected);
  });
});
