/**
 * The words to watch judged in context on untuned sets, replayed sentence by sentence: a word judged right still shows
 * at its level, a word judged wrong does not show at the default level. The fifth set's rows cover both levels
 * (test/support/untuned-5-watch-judgments.ts); the twenty-first to thirty-third sets' rows cover the default level
 * (test/support/untuned-21-watch-judgments.ts, untuned-22-…, untuned-23-…, untuned-24-…, untuned-25-…, untuned-26-…, untuned-27-…, untuned-28-…, untuned-29-…, untuned-30-…, untuned-31-…, untuned-32-…, untuned-33-…), but for
 * untuned-24's "reckless", judged at the default level and replayed at the "more" level it moved to. Debatable ones
 * are left to the lists `npm run eval:quiet -- <pages> --list` prints.
 */
import { describe, expect, test } from 'vitest';
import { watchBook } from '../../../utils/core/watch/data';
import { findWatchWords } from '../../../utils/core/watch/find';
import { unmark } from '../../support/flag-context';
import { UNTUNED_5_WATCH_JUDGMENTS, type WatchJudgment } from '../../support/untuned-5-watch-judgments';
import { UNTUNED_21_WATCH_JUDGMENTS } from '../../support/untuned-21-watch-judgments';
import { UNTUNED_22_WATCH_JUDGMENTS } from '../../support/untuned-22-watch-judgments';
import { UNTUNED_23_WATCH_JUDGMENTS } from '../../support/untuned-23-watch-judgments';
import { UNTUNED_24_WATCH_JUDGMENTS } from '../../support/untuned-24-watch-judgments';
import { UNTUNED_25_WATCH_JUDGMENTS } from '../../support/untuned-25-watch-judgments';
import { UNTUNED_26_WATCH_JUDGMENTS } from '../../support/untuned-26-watch-judgments';
import { UNTUNED_27_WATCH_JUDGMENTS } from '../../support/untuned-27-watch-judgments';
import { UNTUNED_28_WATCH_JUDGMENTS } from '../../support/untuned-28-watch-judgments';
import { UNTUNED_29_WATCH_JUDGMENTS } from '../../support/untuned-29-watch-judgments';
import { UNTUNED_30_WATCH_JUDGMENTS } from '../../support/untuned-30-watch-judgments';
import { UNTUNED_31_WATCH_JUDGMENTS } from '../../support/untuned-31-watch-judgments';
import { UNTUNED_32_WATCH_JUDGMENTS } from '../../support/untuned-32-watch-judgments';
import { UNTUNED_33_WATCH_JUDGMENTS } from '../../support/untuned-33-watch-judgments';
import type { WatchLevel } from '../../../utils/core/watch/data';

const SETS: readonly (readonly [string, readonly WatchJudgment[]])[] = [
  ['untuned-5', UNTUNED_5_WATCH_JUDGMENTS],
  ['untuned-21', UNTUNED_21_WATCH_JUDGMENTS],
  ['untuned-22', UNTUNED_22_WATCH_JUDGMENTS],
  ['untuned-23', UNTUNED_23_WATCH_JUDGMENTS],
  ['untuned-24', UNTUNED_24_WATCH_JUDGMENTS],
  ['untuned-25', UNTUNED_25_WATCH_JUDGMENTS],
  ['untuned-26', UNTUNED_26_WATCH_JUDGMENTS],
  ['untuned-27', UNTUNED_27_WATCH_JUDGMENTS],
  ['untuned-28', UNTUNED_28_WATCH_JUDGMENTS],
  ['untuned-29', UNTUNED_29_WATCH_JUDGMENTS],
  ['untuned-30', UNTUNED_30_WATCH_JUDGMENTS],
  ['untuned-31', UNTUNED_31_WATCH_JUDGMENTS],
  ['untuned-32', UNTUNED_32_WATCH_JUDGMENTS],
  ['untuned-33', UNTUNED_33_WATCH_JUDGMENTS],
];

function shownAt(sentence: string, level: WatchLevel): boolean {
  const { text, at } = unmark(sentence);
  return findWatchWords(text, watchBook(), { level, isQuoted: () => false }).some((f) => f.start <= at && f.end > at);
}

const cases = (verdict: 'right' | 'wrong') =>
  SETS.flatMap(([set, rows]) =>
    rows
      .filter((j) => j.verdict === verdict)
      .map((j) => [`${set} ${j.page} (${j.level}): ${j.why}`, j.sentence, j.level] as const),
  );

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

describe('the judged rows', () => {
  test.each(SETS)('%s: every row marks one word and is judged', (_, rows) => {
    expect(rows.length).toBeGreaterThan(0);
    for (const j of rows) {
      expect(unmark(j.sentence).flagged, j.sentence).not.toBe('');
      expect(j.why.length, j.sentence).toBeGreaterThan(20);
    }
  });
});
