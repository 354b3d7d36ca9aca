import { describe, expect, it } from 'vitest';
import { CUE, phraseSet, somePhrase, wordsOf } from '../../../utils/core/phrases';

/** Every match of the cues in the text, as the text it covers. */
function found(cues: string[], text: string): string[] {
  const hits: string[] = [];
  somePhrase(phraseSet(cues), text, wordsOf(text), (start, end) => {
    hits.push(text.slice(start, end));
    return false;
  });
  return hits;
}

describe('cue phrases', () => {
  it.each([
    // [cue, text, what it finds]
    ['claimed the lives', 'The storm claimed the lives of six people.', ['claimed the lives']],
    ['claimed the lives', 'It CLAIMED  THE\nLIVES of six.', ['CLAIMED  THE\nLIVES']],
    ['claimed the lives', 'He claimed the lifes were lost.', []],
    ['claimed the lives', 'She reclaimed the lives she had.', []],
    ['claimed the lives', 'They claimed the livestock.', []],
    ['claimed the lives', 'claimed-the lives', []],
    ['rank-and-file', 'the rank-and-file members', ['rank-and-file']],
    ['rank-and-file', 'the rank and file members', ['rank and file']],
    ['rank-and-file', 'the rankandfile members', ['rankandfile']],
    ['rank-and-file', 'the rank-andfile members', ['rank-andfile']],
    ['rank-and-file', 'the rank  and file members', []],
    ['rank-and-file', 'the rank—and—file members', []],
    ["o'clock", "at five o'clock", ["o'clock"]],
    ["o'clock", 'at five o’clock', ['o’clock']],
    ["o'clock", 'at five o clock', []],
    ["o'clock", 'at five oclock', []],
    ['strike back*', 'they struck back', []],
    ['strike back*', 'they will strike backwards', ['strike backwards']],
    ['strike back*', 'they will strike back', ['strike back']],
    ['strike back*', 'they will strike back9', []],
    ['strike*', 'strikes and strikers, but not restrike or striking', ['strikes', 'strikers']],
    ['strike*', 'Strike9', []],
    ['war', 'the war, the warlord, the post-war years, a tug-of-war', ['war', 'war', 'war']],
    ['café society', 'the Café Society set', ['Café Society']],
    ['café society', 'the cafés society', []],
  ] as const)('%s in %j finds %j', (cue, text, expected) => {
    expect(found([cue], text)).toEqual(expected);
  });

  it('finds overlapping phrases of one set, each once', () => {
    expect(found(['rank-and-file', 'and-file', 'file*'], 'the rank-and-file files')).toEqual(['rank-and-file', 'and-file', 'file', 'files']);
  });

  it('stops at the first match the visitor accepts', () => {
    const text = 'war and peace and war';
    const seen: number[] = [];
    expect(somePhrase(phraseSet(['war']), text, wordsOf(text), (start) => (seen.push(start), true))).toBe(true);
    expect(seen).toEqual([0]);
  });

  it.each([
    ['word', true],
    ['two words', true],
    ["o'clock", true],
    ['rank-and-file', true],
    ['strike*', true],
    ['anti-*', false],
    ['two  spaces', false],
    ['Capital', false],
    ['u.s.', false],
    [' leading', false],
    ['trailing-', false],
  ])('the schema takes %j: %s', (cue, ok) => {
    expect(CUE.test(cue)).toBe(ok);
  });
});
