import { describe, expect, test } from 'vitest';
import { targetSpan, type Strip } from '../../../utils/page/fixed-bars';

const right: Strip = { axis: 'x', from: 900, to: 1280, windowStart: 0, windowEnd: 1280, readingBefore: true };
const left: Strip = { axis: 'x', from: 0, to: 380, windowStart: 0, windowEnd: 1280, readingBefore: false };
const sheet: Strip = { axis: 'y', from: 440, to: 800, windowStart: 0, windowEnd: 800, readingBefore: true };

describe('targetSpan: where a fixed or sticky box goes to stay clear of our UI', () => {
  test.each([
    // A full-width bar is narrowed to the part of the window the article keeps.
    [right, [0, 1280], { start: 0, end: 900 }],
    [left, [0, 1280], { start: 380, end: 1280 }],
    // A bar that runs off the window on the article's side (a full-bleed strip in a narrowed page) fits the window.
    [right, [-190, 1090], { start: 0, end: 900 }],
    [left, [190, 1470], { start: 380, end: 1280 }],
    // A box wholly inside the strip moves out beside it, keeping its size.
    [right, [1180, 1264], { start: 800, end: 884 }],
    [left, [16, 100], { start: 396, end: 480 }],
    // Below a narrow window: a footer under the sheet rises above it; a full-height panel ends where the sheet starts.
    [sheet, [744, 800], { start: 384, end: 440 }],
    [sheet, [0, 800], { start: 0, end: 440 }],
  ] as const)('%o, box %o → %o', (strip, [start, end], target) => {
    expect(targetSpan(start, end, strip)).toEqual(target);
  });

  test.each([
    [right, [0, 900]],
    [right, [1280, 1400]],
    [left, [380, 1280]],
    [sheet, [0, 440]],
    [right, [950, 950]],
  ] as const)('%o, box %o is clear: left alone', (strip, [start, end]) => {
    expect(targetSpan(start, end, strip)).toBeNull();
  });

  test('the window start is the strip’s own, not 0', () => {
    expect(targetSpan(-50, 1280, { ...right, windowStart: 10 })).toEqual({ start: 10, end: 900 });
  });
});
