/** Where the context rules' sentences begin and end (utils/core/rules/words.ts): short forms end no sentence. */
import { describe, expect, it } from 'vitest';
import { sentenceEnd, sentenceStart, shortFormAt } from '../../../utils/core/rules/words';

/** The sentence holding the first occurrence of `word` in `text`. */
function sentenceOf(text: string, word: string): string {
  const at = text.indexOf(word);
  return text.slice(sentenceStart(text, at), sentenceEnd(text, at));
}

describe('sentences', () => {
  it.each([
    ['a title before a name', 'He met Ms. Haley on Monday. She left.', 'Haley', 'He met Ms. Haley on Monday'],
    ['a title, read back from the name', 'Earlier. In an interview, Mr. Lankford insisted it would pay.', 'insisted', ' In an interview, Mr. Lankford insisted it would pay'],
    ['a month before its day', 'The Oct. 7 attack by Hamas began the war. It went on.', 'attack', 'The Oct. 7 attack by Hamas began the war'],
    ['initials in a name', 'John F. Kennedy was shot in Dallas. Crowds gathered.', 'shot', 'John F. Kennedy was shot in Dallas'],
    ['a country’s initials before a name', 'The U.S. Army said five soldiers were killed. More came.', 'killed', 'The U.S. Army said five soldiers were killed'],
    ['a full stop after a word', 'Troops left the town. Five people were killed.', 'killed', ' Five people were killed'],
    ['initials before a lower-case word', 'The U.S. courts have ruled on it. They agreed.', 'ruled', 'The U.S. courts have ruled on it'],
    ['"No." before a number', 'It is the group’s No. 2 leader. He fled.', 'leader', 'It is the group’s No. 2 leader'],
    ['a month that ends a sentence', 'It rained all through Oct. Then it stopped.', 'stopped', ' Then it stopped'],
    ['a question', 'Was it Mr. Smith? Nobody knows.', 'Nobody', ' Nobody knows'],
  ])('%s', (_, text, word, expected) => {
    expect(sentenceOf(text, word)).toBe(expected);
  });

  it.each([
    ['Ms. Haley', 2, true],
    ['Oct. 7', 3, true],
    ['U.S. Army', 3, true],
    ['the end. Then', 7, false],
    ['Plan B. then', 6, true],
    ['Plan B. Then', 6, true],
    ['the end. Then it', 7, false],
    ['ABC. The', 3, false],
  ])('the full stop in %j at %i closes a short form: %s', (text, k, expected) => {
    expect(shortFormAt(text, k)).toBe(expected);
  });
});
