/**
 * The hand-over of a click's settings to the script it injects: what the background leaves is what the script takes,
 * once; anything else found there is ignored; and the background's copy follows storage.
 */
import { fakeBrowser } from '../storage/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

const load = async () => ({
  ...(await import('../../../utils/lens-boot')),
  ...(await import('../../../utils/background/boot-memory')),
  ...(await import('../../../utils/settings')),
  ...(await import('../../../utils/sites')),
});

describe('the hand-over in the isolated world', () => {
  test('the script takes what the click left, and a second look finds nothing', async () => {
    const { leaveBoot, takeBoot, DEFAULT_SETTINGS } = await load();
    const boot = { settings: { ...DEFAULT_SETTINGS, sidebarSide: 'left' as const }, autoSites: ['example.com'] };
    leaveBoot(boot);
    expect(takeBoot()).toEqual(boot);
    expect(takeBoot()).toBeNull();
  });

  test('leaveBoot names nothing outside itself, as a function sent to a tab by its source must', async () => {
    const { leaveBoot, takeBoot, DEFAULT_SETTINGS } = await load();
    // Rebuilt from its source text alone, as scripting.executeScript does in the tab.
    const sent = new Function(`return (${leaveBoot.toString()})`)() as typeof leaveBoot;
    sent({ settings: DEFAULT_SETTINGS, autoSites: [] });
    expect(takeBoot()).toEqual({ settings: DEFAULT_SETTINGS, autoSites: [] });
  });

  test.each<[string, unknown]>([
    ['nothing', undefined],
    ['a string', 'settings'],
    ['no site list', { settings: {} }],
  ])('%s left there: the script reads storage itself', async (_what, value) => {
    const { takeBoot } = await load();
    (globalThis as Record<string, unknown>).__framingLensBoot = value;
    expect(takeBoot()).toBeNull();
    expect('__framingLensBoot' in globalThis).toBe(false);
  });

  test('the UI’s messages come along when every one is text, and are left out otherwise', async () => {
    const { leaveBoot, takeBoot, DEFAULT_SETTINGS } = await load();
    const messages = { export: 'Export', occurrence_count_other: '$1 occurrences' };
    leaveBoot({ settings: DEFAULT_SETTINGS, autoSites: [], messages });
    expect(takeBoot()?.messages).toEqual(messages);
    leaveBoot({ settings: DEFAULT_SETTINGS, autoSites: [], messages: { export: 3 } as never });
    const taken = takeBoot();
    expect(taken).not.toBeNull();
    expect(taken && 'messages' in taken).toBe(false);
  });

  test('settings from an older build are completed with the defaults, and stray site entries dropped', async () => {
    const { leaveBoot, takeBoot, withDefaults, DEFAULT_SETTINGS } = await load();
    leaveBoot({ settings: { sidebarSide: 'left' } as never, autoSites: ['example.com', 3 as never] });
    const taken = takeBoot();
    expect(taken?.autoSites).toEqual(['example.com']);
    expect(withDefaults(taken?.settings)).toEqual({ ...DEFAULT_SETTINGS, sidebarSide: 'left' });
  });
});

describe("the background's copy", () => {
  test('is read from storage once, then follows every change without another read', async () => {
    const { rememberBoot, settingsItem, autoSitesItem, DEFAULT_SETTINGS } = await load();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, neverSites: ['blocked.example'] });
    const remembered = rememberBoot();
    expect((await remembered()).settings.neverSites).toEqual(['blocked.example']);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sidebarSide: 'left' });
    await autoSitesItem.setValue(['example.com']);
    await vi.waitFor(() => {
      const now = remembered();
      expect(now instanceof Promise ? null : { side: now.settings.sidebarSide, never: now.settings.neverSites, auto: now.autoSites }).toEqual({
        side: 'left',
        never: [],
        auto: ['example.com'],
      });
    });
  });
});
