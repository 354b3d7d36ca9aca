/**
 * The tone summary the sidebar and the export show: how often the article uses words to watch, in its own voice and
 * inside quotations, which words most often with what to say instead, and in which categories with why they matter.
 * Made in the background beside the findings; the category notes come from the words-to-watch list.
 */
import { watchBook, type WatchCategory } from './data';
import type { WatchFinding } from './find';

type ToneWord = { word: string; category: WatchCategory; alternative: string; article: number; quoted: number };

export interface ToneSummary {
  /** Words in the analysed text, the base of the rates. */
  words: number;
  /** Words to watch per 1,000 words of the text, in the outlet's voice and inside quotations (one decimal). */
  perThousand: { article: number; quoted: number };
  /**
   * Counts of the words to watch by headword, most frequent first (ties in reading order), split by voice, with the
   * neutral alternative.
   */
  top: ToneWord[];
  /** Every other word to watch, in the same order: the sidebar lists them all, as their cards in the page do. */
  others: ToneWord[];
  /** Counts by category, most frequent first, with the category's name and note (why such words matter). */
  categories: Array<{ category: WatchCategory; count: number; name: string; note: string }>;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const total = (r: { article: number; quoted: number }) => r.article + r.quoted;

export function summariseTone(text: string, watch: readonly WatchFinding[], topCount = 5): ToneSummary {
  const words = [...text.matchAll(WORD)].length;
  const rate = (n: number) => (words ? Math.round((10000 * n) / words) / 10 : 0);
  const byWord = new Map<string, ToneWord>();
  const byCategory = new Map<WatchCategory, number>();
  let quoted = 0;
  for (const w of watch) {
    if (w.quoted) quoted++;
    const row = byWord.get(w.word) ?? { word: w.word, category: w.category, alternative: w.alternative, article: 0, quoted: 0 };
    if (w.quoted) row.quoted++;
    else row.article++;
    byWord.set(w.word, row);
    byCategory.set(w.category, (byCategory.get(w.category) ?? 0) + 1);
  }
  return {
    words,
    perThousand: { article: rate(watch.length - quoted), quoted: rate(quoted) },
    // Map order is reading order, and the sort is stable: ties stay in the order the reader meets them.
    ...splitAt([...byWord.values()].sort((a, b) => total(b) - total(a)), topCount),
    categories: [...byCategory]
      .map(([category, count]) => {
        const { name, note } = watchBook().data.categories[category];
        return { category, count, name, note };
      })
      .sort((a, b) => b.count - a.count),
  };
}

function splitAt(words: ToneWord[], count: number): { top: ToneWord[]; others: ToneWord[] } {
  return { top: words.slice(0, count), others: words.slice(count) };
}
