/**
 * The tone summary the sidebar and the export show: how often the article uses words to watch, in its own voice and
 * inside quotations, which words most often, and in which categories. Pure.
 */
import type { WatchCategory } from './data';
import type { WatchFinding } from './find';

export interface ToneSummary {
  /** Words in the analysed text, the base of the rates. */
  words: number;
  /** Words to watch per 1,000 words of the text, in the outlet's voice and inside quotations (one decimal). */
  perThousand: { article: number; quoted: number };
  /** Counts of the words to watch by headword, most frequent first (ties in reading order), split by voice. */
  top: Array<{ word: string; category: WatchCategory; article: number; quoted: number }>;
  /** Counts by category, most frequent first. */
  categories: Array<{ category: WatchCategory; count: number }>;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const total = (r: { article: number; quoted: number }) => r.article + r.quoted;

export function summariseTone(text: string, watch: readonly WatchFinding[], topCount = 5): ToneSummary {
  const words = [...text.matchAll(WORD)].length;
  const rate = (n: number) => (words ? Math.round((10000 * n) / words) / 10 : 0);
  const byWord = new Map<string, { word: string; category: WatchCategory; article: number; quoted: number }>();
  const byCategory = new Map<WatchCategory, number>();
  let quoted = 0;
  for (const w of watch) {
    if (w.quoted) quoted++;
    const row = byWord.get(w.word) ?? { word: w.word, category: w.category, article: 0, quoted: 0 };
    if (w.quoted) row.quoted++;
    else row.article++;
    byWord.set(w.word, row);
    byCategory.set(w.category, (byCategory.get(w.category) ?? 0) + 1);
  }
  return {
    words,
    perThousand: { article: rate(watch.length - quoted), quoted: rate(quoted) },
    // Map order is reading order, and the sort is stable: ties stay in the order the reader meets them.
    top: [...byWord.values()].sort((a, b) => total(b) - total(a)).slice(0, topCount),
    categories: [...byCategory].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count),
  };
}
