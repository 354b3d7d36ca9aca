/** The reader's own glossary and settings: an entry added in the form, packs in and out, and stored data from version 1. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbar } from '../../scripts/lib/browser';
import { highlightReport, startHarness, stopHarness, type Harness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => stopHarness(h));

type Chrome = typeof import('wxt/browser').browser;

async function openOptions(): Promise<Page> {
  const options = await h.browser.context.newPage();
  await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Framing Lens settings' }).waitFor();
  return options;
}

/** Everything the extension keeps, read straight from the browser's storage. */
const stored = (page: Page) =>
  page.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    return { sync: await c.storage.sync.get(null), local: await c.storage.local.get(null) };
  });

test('an entry added in the form is checked field by field, then highlighted and marked as the reader’s on the seed page', async () => {
  const options = await openOptions();
  await options.getByRole('button', { name: 'Add an entry' }).click();
  const form = options.getByRole('form', { name: 'New entry' });
  await form.getByLabel('Name', { exact: true }).fill('last remnants');
  await form.getByLabel('Words to find').fill('last remnants');
  await form.getByLabel('Summary').fill('Too short.');
  await form.getByRole('button', { name: 'Save entry' }).click();
  // Each problem sits next to its field, in plain words.
  await form.locator('#p-summary').getByText('Write at least 40 characters (now 10).').waitFor();
  expect(await form.locator('#p-sources').textContent()).toMatch(/Add at least one/);
  expect(await form.getByLabel('Summary').getAttribute('aria-invalid')).toBe('true');
  expect(await form.locator('#p-term\\.effect').textContent()).toBe('This cannot be empty.');

  await form.getByLabel('Summary').fill('A phrase that presents the people it names as the leftovers of a defeated force, used here to test own entries.');
  await form.getByLabel('Title').fill('Example source');
  await form.getByLabel('Web address').fill('https://example.org/remnants');
  await form.getByLabel('What the word does').fill('Presents the people named as a defeated leftover.');
  await form.getByLabel('Who uses it').fill('Reports from one side of a siege.');
  await form.getByRole('button', { name: 'Save entry' }).click();
  await options.getByRole('status').getByText('Saved “last remnants”. Open sidebars use it at once.').waitFor();
  await options.locator('li[data-entry-id="last-remnants"]').waitFor();

  const article = await h.browser.context.newPage();
  await article.goto(`${h.origin}/seed/presstv-aleppo.html`);
  await clickToolbar(h.browser, article);
  const item = article.getByRole('complementary', { name: 'Framing Lens' }).locator('li[data-entry-id="last-remnants"]');
  await item.waitFor();
  await item.getByText('your entry').waitFor();
  const marked = (await highlightReport(article, 'article'))['framing-lens-framing'] ?? [];
  expect(marked.filter((m) => m.text === 'last remnants')).toEqual([{ text: 'last remnants', inside: true }]);

  // Deleting it takes it out of the open sidebar at once.
  await options.getByRole('button', { name: 'Delete last remnants' }).click();
  await expect.poll(() => item.count()).toBe(0);
  await article.close();
  await options.close();
});

const validEntry = {
  id: 'example-valley-committee',
  kind: 'group',
  name: 'Example Valley Committee',
  patterns: ['Example Valley Committee'],
  summary: 'A local committee used here to check that a pack carries the reader’s own entries with it.',
  sources: [{ title: 'Example source', url: 'https://example.org/committee' }],
  reviewed: '2026-11-29',
};
const packSettings = {
  showActors: true,
  hoverCards: false,
  hiddenCategories: ['attribution'],
  highlight: { framing: 'tint', context: 'off' },
  sidebarSide: 'left',
  sidebarWidth: 420,
  theme: 'dark',
  textSize: 'large',
  exemptions: [{ kind: 'word', value: 'militants', site: 'example.com' }],
  neverSites: ['example.net'],
  watchLevel: 'more',
};
const pack = (over: Record<string, unknown> = {}) =>
  Buffer.from(JSON.stringify({ format: 'framing-lens-pack', version: 1, exported: '2026-12-01T10:00:00.000Z', settings: packSettings, entries: [validEntry], ...over }));

test('an outlet added in the form carries its ownership facts; a web site that is not a host name is flagged beside its field', async () => {
  const options = await openOptions();
  await options.getByRole('button', { name: 'Add an entry' }).click();
  const form = options.getByRole('form', { name: 'New entry' });
  await form.getByLabel('Kind').selectOption('outlet');
  await form.getByLabel('Name', { exact: true }).fill('Example Valley Wire');
  await form.getByLabel('Words to find').fill('Example Valley Wire');
  await form.getByLabel('Summary').fill('A news agency used here to check that a reader can add an outlet with its ownership facts.');
  await form.getByLabel('Title').fill('Example source');
  await form.getByLabel('Web address').fill('https://example.org/wire');
  await form.getByLabel('Ownership').selectOption('cooperative');
  await form.getByLabel('Owner', { exact: true }).fill('Its member newspapers');
  await form.getByLabel('Funding').fill('Subscriptions from its members');
  await form.getByLabel('Country').fill('Nowhere');
  await form.getByLabel('Web sites').fill('not a host name');
  await form.getByRole('button', { name: 'Save entry' }).click();
  await form.locator('#p-outlet\\.hostnames').waitFor();
  expect(await form.getByLabel('Web sites').getAttribute('aria-invalid')).toBe('true');

  await form.getByLabel('Web sites').fill('www.example-valley-wire.org, wire.example.net');
  await form.getByRole('button', { name: 'Save entry' }).click();
  await options.locator('li[data-entry-id="example-valley-wire"]').waitFor();
  const own = (await stored(options)).local['custom-entries'] as Array<{ id: string; kind: string; outlet?: unknown }>;
  expect(own.find((e) => e.id === 'example-valley-wire')).toMatchObject({
    kind: 'outlet',
    outlet: { ownership: 'cooperative', owner: 'Its member newspapers', funding: 'Subscriptions from its members', country: 'Nowhere', hostnames: ['example-valley-wire.org', 'wire.example.net'] },
  });
});

test('an invalid pack is refused whole with a list of what is wrong and where, and nothing stored changes', async () => {
  const options = await openOptions();
  const before = await stored(options);
  const input = options.locator('input[name="import-pack"]');
  const alert = options.getByRole('alert');

  const broken = pack({
    settings: { ...packSettings, theme: 'purple', sidebarWidth: 9000 },
    entries: [validEntry, { ...validEntry, id: 'short-one', name: 'Short', patterns: ['Short One'], summary: 'Too short.' }],
  });
  await input.setInputFiles({ name: 'broken-pack.json', mimeType: 'application/json', buffer: broken });
  await alert.getByText(/Nothing was imported from broken-pack\.json, and nothing you had changed\. 3 problems:/).waitFor();
  const problems = await alert.locator('li').allTextContents();
  expect(problems).toEqual([
    'settings → sidebarWidth: This number is out of range (<=600).',
    'settings → theme: Choose one of: system, light, dark.',
    'entries → short-one: Summary: Write at least 40 characters (now 10).',
  ]);

  await input.setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: pack({ version: 2 }) });
  await alert.getByText(/made by a newer version of Framing Lens \(pack format 2; this version reads format 1\)/).waitFor();

  await input.setInputFiles({ name: 'list.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([validEntry])) });
  await alert.getByText(/a list of glossary entries, not a pack/).waitFor();

  expect(await stored(options)).toEqual(before);
  await options.close();
});

test('a valid pack replaces settings and entries together; exporting gives the same pack back', async () => {
  const options = await openOptions();
  await options.locator('input[name="import-pack"]').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: pack() });
  await options.getByRole('status').getByText('Imported the pack mine.json: your settings and 1 entry.').waitFor();
  expect(await options.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
  expect(await options.getByRole('radio', { name: /^More: also words/ }).isChecked()).toBe(true);
  expect(await options.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
  await options.locator('li[data-entry-id="example-valley-committee"]').waitFor();
  const { sync, local } = await stored(options);
  expect(sync.settings).toEqual(packSettings);
  expect(local['custom-entries']).toEqual([validEntry]);

  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export a pack' }).click()]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown>;
  expect(exported).toMatchObject({ format: 'framing-lens-pack', version: 1, settings: packSettings, entries: [validEntry] });

  // Reset asks first, then puts everything back as installed.
  await options.getByRole('button', { name: 'Reset to defaults…' }).click();
  await options.getByRole('group', { name: 'Confirm reset' }).getByRole('button', { name: 'Yes, reset everything' }).click();
  await options.getByRole('status').getByText(/back to how it was after install/).waitFor();
  expect(await options.getByRole('radio', { name: 'As the browser' }).isChecked()).toBe(true);
  expect((await stored(options)).local['custom-entries']).toEqual([]);
  await options.close();
});

test('settings stored by version 1 are migrated: one highlight style becomes the style of both kinds, new fields take defaults', async () => {
  const options = await openOptions();
  await options.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    await c.storage.sync.set({
      settings: { showActors: false, hoverCards: true, hiddenCategories: ['label'], highlightStyle: 'tint' },
      settings$: { v: 1 },
    });
  });
  await options.reload();
  await options.getByRole('heading', { name: 'Framing Lens settings' }).waitFor();
  const framing = options.getByRole('group', { name: 'Framing words' }).filter({ hasText: 'Not marked' });
  const actors = options.getByRole('group', { name: 'Named actors' });
  expect(await framing.getByRole('radio', { name: 'Tinted background' }).isChecked()).toBe(true);
  expect(await actors.getByRole('radio', { name: 'Tinted background' }).isChecked()).toBe(true);
  expect(await options.getByRole('checkbox', { name: /Named actors/ }).isChecked()).toBe(false);
  await expect.poll(async () => (await stored(options)).sync).toEqual({
    settings: {
      showActors: false,
      hoverCards: true,
      hiddenCategories: ['label'],
      highlight: { framing: 'tint', context: 'tint' },
      sidebarSide: 'auto',
      sidebarWidth: 380,
      theme: 'system',
      textSize: 'medium',
      exemptions: [],
      neverSites: [],
      watchLevel: 'default',
    },
    settings$: { v: 3 },
  });
  await options.close();
});

test('a kind of highlight switched off stays listed but unmarked; an exempt word on this site is not marked at all', async () => {
  const options = await openOptions();
  // Start from the defaults (the migration test above switched named actors and labels off).
  await options.getByRole('button', { name: 'Reset to defaults…' }).click();
  await options.getByRole('button', { name: 'Yes, reset everything' }).click();
  await options.getByRole('status').getByText(/back to how it was after install/).waitFor();
  await options.getByRole('group', { name: 'Named actors' }).getByRole('radio', { name: 'Not marked (still listed)' }).check();
  await options.getByRole('status').getByText('Saved').waitFor();

  const article = await h.browser.context.newPage();
  await article.goto(`${h.origin}/seed/presstv-aleppo.html`);
  await clickToolbar(h.browser, article);
  await article.getByRole('complementary', { name: 'Framing Lens' }).locator('li[data-entry-id="hezbollah"]').waitFor();
  const marked = async (name: string) => ((await highlightReport(article, 'article'))[name] ?? []).map((m) => m.text);
  expect(await marked('framing-lens-context')).toEqual([]);
  expect(await marked('framing-lens-framing')).toContain('terrorists');

  await options.getByRole('textbox', { name: 'Word', exact: true }).fill('terrorists');
  await options.getByLabel('On the site (empty: everywhere)').fill(h.origin);
  await options.getByRole('button', { name: 'Leave it unmarked' }).click();
  await options.getByRole('list', { name: 'Left unmarked' }).getByText('the word “terrorists” on 127.0.0.1').waitFor();
  await expect.poll(() => marked('framing-lens-framing')).not.toContain('terrorists');
  expect((await marked('framing-lens-framing')).length).toBeGreaterThan(0);

  await options.getByRole('button', { name: 'Highlight the word “terrorists” on 127.0.0.1 again' }).click();
  await expect.poll(() => marked('framing-lens-framing')).toContain('terrorists');
  await article.close();
  await options.close();
});
