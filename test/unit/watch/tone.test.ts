import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/core/analyze';
import { watchBook } from '../../../utils/core/watch/data';
import { summariseTone } from '../../../utils/core/watch/tone';

describe('the tone summary', () => {
  test('rates per 1,000 words by voice, the most frequent words with their alternatives, and the categories with their notes', () => {
    const text = 'The senator slammed the plan as costly. “They are cronies and henchmen,” she said. He slams critics over it.';
    const tone = summariseTone(text, analyze(text, []).watch);
    expect(tone.words).toBe(19);
    expect(tone.perThousand).toEqual({ article: 105.3, quoted: 105.3 });
    expect(tone.top[0]).toEqual({ word: 'slammed', category: 'saying', alternative: 'criticised; said', article: 2, quoted: 0 });
    const { categories } = watchBook().data;
    expect(tone.categories).toEqual([
      { category: 'saying', count: 2, name: categories.saying.name, note: categories.saying.note },
      { category: 'name-calling', count: 2, name: categories['name-calling'].name, note: categories['name-calling'].note },
    ]);
    expect(tone.categories.every((c) => c.note.length > 40)).toBe(true);
  });
  test('the most frequent words come first, the rest follow in "others", none lost', () => {
    const text = 'The senator slammed the plan as costly. He slammed the deal as unfair. Critics blasted the law as costly. The president fumed in a tweet.';
    const tone = summariseTone(text, analyze(text, []).watch, 2);
    expect(tone.top.map((w) => [w.word, w.article])).toEqual([['slammed', 2], ['blasted', 1]]);
    expect(tone.others.map((w) => [w.word, w.article])).toEqual([['fumed', 1]]);
  });

  test('a text without words to watch has an empty summary, not a division by zero', () => {
    expect(summariseTone('', [])).toEqual({ words: 0, perThousand: { article: 0, quoted: 0 }, top: [], others: [], categories: [] });
  });
});
