import { describe, expect, test } from 'vitest';
import { placeCard, type Box } from '../../../components/HoverCard';

const viewport = { width: 1280, height: 900 };
const overlaps = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
const cardBox = (pos: ReturnType<typeof placeCard>): Box => {
  const top = pos.below ? pos.edge : pos.edge - pos.maxHeight;
  return { left: pos.left, right: pos.left + pos.width, top, bottom: top + pos.maxHeight };
};

const AREAS: Array<[string, Box]> = [
  ['sidebar on the right', { left: 0, top: 0, right: viewport.width - 380, bottom: viewport.height }],
  ['sidebar on the left (right-to-left page)', { left: 380, top: 0, right: viewport.width, bottom: viewport.height }],
  ['bottom sheet in a narrow window', { left: 0, top: 0, right: 400, bottom: 440 }],
];

describe.each(AREAS)('placeCard with the %s: the card never covers the word or leaves the page area', (_label, area) => {
  const words: Array<[string, Box]> = [
    ['near the top', { left: area.left + 100, top: 40, right: area.left + 180, bottom: 60 }],
    ['near the bottom', { left: area.left + 100, top: area.bottom - 60, right: area.left + 180, bottom: area.bottom - 40 }],
    ['in the middle', { left: area.left + 150, top: 300, right: area.left + 230, bottom: 320 }],
    ['at the edge beside the sidebar', { left: area.right - 70, top: 200, right: area.right - 5, bottom: 220 }],
  ];
  test.each(words)('%s', (_where, word) => {
    const card = cardBox(placeCard(word, area));
    expect(overlaps(card, word)).toBe(false);
    expect(card.left).toBeGreaterThanOrEqual(area.left);
    expect(card.right).toBeLessThanOrEqual(area.right);
    expect(card.top).toBeGreaterThanOrEqual(area.top);
    expect(card.bottom).toBeLessThanOrEqual(area.bottom);
  });
});

test('goes below when there is room, above when there is not', () => {
  const area = { left: 0, top: 0, right: viewport.width, bottom: viewport.height };
  expect(placeCard({ left: 10, top: 100, right: 50, bottom: 120 }, area).below).toBe(true);
  expect(placeCard({ left: 10, top: 800, right: 50, bottom: 820 }, area).below).toBe(false);
});
