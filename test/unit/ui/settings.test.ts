import { describe, expect, test, vi } from 'vitest';

vi.mock('wxt/utils/storage', () => ({ storage: { defineItem: () => ({}) } }));
const { DEFAULT_SETTINGS, withDefaults } = await import('../../../utils/settings');

describe('withDefaults: settings from any earlier build load safely', () => {
  test.each([
    ['nothing stored', null, DEFAULT_SETTINGS],
    ['a partial object', { hoverCards: false }, { ...DEFAULT_SETTINGS, hoverCards: false }],
    ['an unknown category is dropped', { hiddenCategories: ['label', 'astrology'] }, { ...DEFAULT_SETTINGS, hiddenCategories: ['label'] }],
    ['an unknown style falls back', { highlightStyle: 'neon' }, DEFAULT_SETTINGS],
  ])('%s', (_label, stored, expected) => {
    expect(withDefaults(stored as never)).toEqual(expected);
  });
});
