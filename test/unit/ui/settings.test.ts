import { describe, expect, test, vi } from 'vitest';

vi.mock('wxt/utils/storage', () => ({ storage: { defineItem: () => ({}) } }));
const { DEFAULT_SETTINGS, migrateSettingsV1, withDefaults } = await import('../../../utils/settings');

describe('withDefaults: settings from any earlier build load safely', () => {
  test.each([
    ['nothing stored', null, DEFAULT_SETTINGS],
    ['a partial object', { hoverCards: false }, { ...DEFAULT_SETTINGS, hoverCards: false }],
    ['an unknown category is dropped', { hiddenCategories: ['label', 'astrology'] }, { ...DEFAULT_SETTINGS, hiddenCategories: ['label'] }],
    ['an unknown style falls back', { highlight: { framing: 'neon' } }, DEFAULT_SETTINGS],
    ['one kind switched off', { highlight: { context: 'off' } }, { ...DEFAULT_SETTINGS, highlight: { framing: 'underline', context: 'off' } }],
    ['a width out of range is brought into it', { sidebarWidth: 5000 }, { ...DEFAULT_SETTINGS, sidebarWidth: 600 }],
    ['a width that is not a number', { sidebarWidth: 'wide' }, DEFAULT_SETTINGS],
    ['an unknown theme', { theme: 'sepia' }, DEFAULT_SETTINGS],
    ['a malformed exemption is dropped', { exemptions: [{ kind: 'word', value: 'x' }, { kind: 'phrase', value: 'y' }, null] }, { ...DEFAULT_SETTINGS, exemptions: [{ kind: 'word', value: 'x' }] }],
  ])('%s', (_label, stored, expected) => {
    expect(withDefaults(stored as never)).toEqual(expected);
  });
});

describe('migrateSettingsV1', () => {
  test.each([
    ['tint', { framing: 'tint', context: 'tint' }],
    ['underline', { framing: 'underline', context: 'underline' }],
    [undefined, { framing: 'underline', context: 'underline' }],
  ])('highlightStyle %j → both kinds', (highlightStyle, highlight) => {
    const migrated = migrateSettingsV1({ showActors: false, hoverCards: true, hiddenCategories: ['casualty'], highlightStyle: highlightStyle as never });
    expect(migrated).toEqual({ ...DEFAULT_SETTINGS, showActors: false, hiddenCategories: ['casualty'], highlight });
    expect(migrated).not.toHaveProperty('highlightStyle');
  });
});
