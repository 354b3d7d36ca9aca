/** The storage layer over WXT's fake browser: migrations, all-or-nothing writes, and the auto-run bookkeeping. */
import { fakeBrowser } from './fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules(); // each test defines the storage items afresh, as a newly started extension page does
});
afterEach(() => vi.restoreAllMocks());

const load = () => import('../../../utils/settings');

describe('settings from version 1', () => {
  test('are migrated on load: one highlight style becomes the style of both kinds, new fields take defaults', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { showActors: false, hoverCards: true, hiddenCategories: ['label'], highlightStyle: 'tint' },
      settings$: { v: 1 },
    });
    const { loadSettings, DEFAULT_SETTINGS } = await load();
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      showActors: false,
      hiddenCategories: ['label'],
      highlight: { framing: 'tint', context: 'tint' },
    });
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored['settings$']).toEqual({ v: 3 });
    expect(stored['settings']).not.toHaveProperty('highlightStyle');
  });

  test('stored without a version mark (the first builds) count as version 1', async () => {
    await fakeBrowser.storage.sync.set({ settings: { showActors: true, hoverCards: false, hiddenCategories: [], highlightStyle: 'underline' } });
    const { loadSettings } = await load();
    expect(await loadSettings()).toMatchObject({ hoverCards: false, highlight: { framing: 'underline', context: 'underline' } });
  });

  test('settings stored by version 2 keep every choice and gain the words-to-watch level', async () => {
    const v2 = { showActors: false, hoverCards: true, hiddenCategories: ['label'], highlight: { framing: 'tint', context: 'off' },
      sidebarSide: 'left', sidebarWidth: 420, theme: 'dark', textSize: 'large', exemptions: [], neverSites: ['example.com'] };
    await fakeBrowser.storage.sync.set({ settings: v2, settings$: { v: 2 } });
    const { loadSettings } = await load();
    expect(await loadSettings()).toEqual({ ...v2, watchLevel: 'default' });
    expect((await fakeBrowser.storage.sync.get(['settings$']))['settings$']).toEqual({ v: 3 });
  });

  test('a fresh install reads the defaults and writes nothing', async () => {
    const { loadSettings, DEFAULT_SETTINGS } = await load();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});

describe('storing settings and entries together', () => {
  const entry = {
    id: 'example-committee',
    kind: 'group' as const,
    name: 'Example Committee',
    patterns: ['Example Committee'],
    summary: 'A committee used in these tests; long enough for the schema to accept it.',
    sources: [{ title: 'Example', url: 'https://example.org/a' }],
    reviewed: '2026-11-29',
  };

  test('writes both', async () => {
    const { storeSettingsAndEntries } = await import('../../../utils/pack');
    const { loadSettings, customEntriesItem, DEFAULT_SETTINGS } = await load();
    await storeSettingsAndEntries({ ...DEFAULT_SETTINGS, theme: 'dark' }, [entry]);
    expect((await loadSettings()).theme).toBe('dark');
    expect(await customEntriesItem.getValue()).toEqual([entry]);
  });

  test('when the settings cannot be written (quota), the entries written first are put back: nothing is half-written', async () => {
    const { storeSettingsAndEntries } = await import('../../../utils/pack');
    const { loadSettings, customEntriesItem, DEFAULT_SETTINGS } = await load();
    await customEntriesItem.setValue([entry]);
    const failing = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await expect(storeSettingsAndEntries({ ...DEFAULT_SETTINGS, theme: 'dark' }, [])).rejects.toThrow(/quota/);
    failing.mockRestore();
    expect(await customEntriesItem.getValue()).toEqual([entry]);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

/** The extension APIs the fake browser leaves out, as small in-memory stand-ins. */
function fakeSiteApis(granted: boolean) {
  const registered: Array<{ id: string }> = [];
  const removed: unknown[] = [];
  Object.assign(fakeBrowser.permissions, {
    contains: async () => granted,
    remove: async (p: unknown) => {
      removed.push(p);
      return true;
    },
  });
  Object.assign(fakeBrowser, {
    scripting: {
      getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
        registered.filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      registerContentScripts: async (scripts: Array<{ id: string }>) => void registered.push(...scripts),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids) registered.splice(registered.findIndex((s) => s.id === id), 1);
      },
    },
  });
  return { registered, removed };
}

describe('sites that run by themselves', () => {

  test('enabling registers the content script for the site and its www. host, and lists the site; disabling undoes both', async () => {
    const apis = fakeSiteApis(true);
    const { enableAutoRun, disableAutoRun, autoSitesItem } = await import('../../../utils/sites');
    await enableAutoRun('example.com');
    expect(apis.registered).toMatchObject([{ id: 'auto-run:example.com', matches: ['*://example.com/*', '*://www.example.com/*'] }]);
    expect(await autoSitesItem.getValue()).toEqual(['example.com']);
    await disableAutoRun('example.com');
    expect(apis.registered).toEqual([]);
    expect(apis.removed).toEqual([{ origins: ['*://example.com/*', '*://www.example.com/*'] }]);
    expect(await autoSitesItem.getValue()).toEqual([]);
  });

  test('without the permission nothing is registered or listed', async () => {
    const apis = fakeSiteApis(false);
    const { enableAutoRun, autoSitesItem } = await import('../../../utils/sites');
    await expect(enableAutoRun('example.com')).rejects.toThrow(/No permission/);
    expect(apis.registered).toEqual([]);
    expect(await autoSitesItem.getValue()).toEqual([]);
  });

  test('if the list cannot be saved, the registration is undone', async () => {
    const apis = fakeSiteApis(true);
    const { enableAutoRun, autoSitesItem } = await import('../../../utils/sites');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(enableAutoRun('example.com')).rejects.toThrow(/quota/);
    expect(apis.registered).toEqual([]);
    expect(await autoSitesItem.getValue()).toEqual([]);
  });

  test('reconciling drops a site whose permission the reader revoked in the browser, with its registration', async () => {
    const apis = fakeSiteApis(true);
    const { enableAutoRun, reconcileAutoRun, autoSitesItem } = await import('../../../utils/sites');
    await enableAutoRun('example.com');
    fakeBrowser.permissions.contains = (async () => false) as typeof fakeBrowser.permissions.contains;
    await reconcileAutoRun();
    expect(apis.registered).toEqual([]);
    expect(await autoSitesItem.getValue()).toEqual([]);
  });
});
