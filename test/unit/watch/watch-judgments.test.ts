/**
 * The words to watch judged in context on the fifth untuned set (test/support/untuned-5-watch-judgments.ts), replayed
 * sentence by sentence: a word judged right still shows at its level, a word judged wrong does not show at the
 * default level. Debatable ones are left to the lists `npm run eval:quiet -- <pages> --list` prints.
 */
import { describe, expect, test } from 'vitest';
import { watchBook } from '../../../utils/core/watch/data';
import { findWatchWords } from '../../../utils/core/watch/find';
import { unmark } from '../../support/flag-context';
import { UNTUNED_5_WATCH_JUDGMENTS } from '../../support/untuned-5-watch-judgments';
import type { WatchLevel } from '../../../utils/core/watch/data';

function shownAt(sentence: string, level: WatchLevel): boolean {
  const { text, at } = unmark(sentence);
  return findWatchWords(text, watchBook(), { level, isQuoted: () => false }).some((f) => f.start <= at && f.end > at);
}

const cases = (verdict: 'right' | 'wrong') =>
  UNTUNED_5_WATCH_JUDGMENTS.filter((j) => j.verdict === verdict).map((j) => [`${j.page} (${j.level}): ${j.why}`, j.sentence, j.level] as const);

describe('words to watch judged right on real pages still show', () => {
  test.each(cases('right'))('%s', (_, sentence, level) => {
    expect(shownAt(sentence, level)).toBe(true);
  });
});

describe('words to watch judged wrong on real pages do not show at the default level', () => {
  test.each(cases('wrong'))('%s', (_, sentence) => {
    expect(shownAt(sentence, 'default')).toBe(false);
  });
});
