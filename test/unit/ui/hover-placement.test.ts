import { describe, expect, test } from 'vitest';
import { placeCard } from '../../../components/HoverCard';

const viewport = { width: 1280, height: 900 };
const overlaps = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) =>
  a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

describe('placeCard: the card never covers the word it explains', () => {
  test.each([
    ['near the top', { left: 100, top: 40, right: 180, bottom: 60 }],
    ['near the bottom', { left: 100, top: 840, right: 180, bottom: 860 }],
    ['in the middle', { left: 500, top: 430, right: 580, bottom: 450 }],
    ['at the right edge, under the sidebar', { left: 1200, top: 400, right: 1270, bottom: 420 }],
  ])('%s', (_label, word) => {
    const pos = placeCard(word, viewport, 380);
    const top = 'top' in pos ? pos.top! : viewport.height - pos.bottom! - pos.maxHeight;
    const card = { left: pos.left, right: pos.left + 340, top, bottom: top + pos.maxHeight };
    expect(overlaps(card, word)).toBe(false);
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(viewport.width - 380);
  });

  test('goes below when there is room, above when there is not', () => {
    expect('top' in placeCard({ left: 10, top: 100, right: 50, bottom: 120 }, viewport, 0)).toBe(true);
    expect('bottom' in placeCard({ left: 10, top: 800, right: 50, bottom: 820 }, viewport, 0)).toBe(true);
  });
});
