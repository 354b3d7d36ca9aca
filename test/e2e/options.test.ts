/** Changing settings on the options page: saved, kept across reloads, and applied at once to an open sidebar. */
import type { browser } from 'wxt/browser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbar } from '../../scripts/lib/browser';
import { highlightReport, startHarness, stopHarness, type Harness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => stopHarness(h));

test('settings apply live to the open sidebar and persist', async () => {
  const article = await h.browser.context.newPage();
  await article.goto(`${h.origin}/seed/presstv-aleppo.html`);
  await clickToolbar(h.browser, article);
  const sidebar = article.getByRole('complementary', { name: 'Framing Lens' });
  await sidebar.locator('li[data-entry-id="hezbollah"]').waitFor();
  expect((await highlightReport(article, 'article'))['framing-lens-context']?.length).toBeGreaterThan(0);

  const options = await h.browser.context.newPage();
  await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
  const actors = options.getByRole('checkbox', { name: /Named actors/ });
  await actors.uncheck();
  await options.getByRole('checkbox', { name: /Attribution verbs/ }).uncheck();
  await options.getByRole('group', { name: 'Named actors' }).getByRole('radio', { name: 'Tinted background' }).check();
  await options.getByRole('status').getByText('Saved').waitFor();

  // The open sidebar follows at once: no named actors listed or highlighted.
  await expect.poll(async () => sidebar.locator('li[data-entry-id="hezbollah"]').count()).toBe(0);
  expect((await highlightReport(article, 'article'))['framing-lens-context'] ?? []).toEqual([]);
  expect(await sidebar.locator('li[data-entry-id="term-terrorist"]').count()).toBe(1);

  await options.reload();
  expect(await options.getByRole('checkbox', { name: /Named actors/ }).isChecked()).toBe(false);
  expect(await options.getByRole('checkbox', { name: /Attribution verbs/ }).isChecked()).toBe(false);
  expect(await options.getByRole('group', { name: 'Named actors' }).getByRole('radio', { name: 'Tinted background' }).isChecked()).toBe(true);

  await options.getByRole('button', { name: 'Reset to defaults…' }).click();
  await options.getByRole('button', { name: 'Yes, reset everything' }).click();
  await expect.poll(async () => sidebar.locator('li[data-entry-id="hezbollah"]').count()).toBe(1);
});

test('a malformed glossary import is refused with a clear message and nothing is saved', async () => {
  const options = await h.browser.context.newPage();
  await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
  const input = options.locator('input[name="import"]');
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('[{"id": "x"') });
  await options.getByRole('alert').getByText(/not valid JSON/).waitFor();

  const invalid = [{ id: 'my-entry', kind: 'group', name: 'My entry', patterns: ['Hezbollah'], summary: 'short', sources: [], reviewed: '2026-01-01' }];
  await input.setInputFiles({ name: 'invalid.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(invalid)) });
  const alert = options.getByRole('alert');
  await alert.getByText(/Nothing was imported/).waitFor();
  expect(await alert.textContent()).toMatch(/Summary: Write at least 40 characters/);
  expect(await alert.textContent()).toMatch(/Sources: Add at least one/);

  const valid = [
    {
      id: 'my-local-militia',
      kind: 'group',
      name: 'Example Valley Defence Committee',
      patterns: ['Example Valley Defence Committee'],
      summary: 'A local committee used here to check that a reader can add entries of their own to the glossary.',
      sources: [{ title: 'Example source', url: 'https://example.org/committee' }],
      reviewed: '2026-11-29',
    },
  ];
  await input.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(valid)) });
  await options.getByRole('status').getByText('Imported 1 entry from mine.json.').waitFor();
  await options.reload();
  await options.getByRole('button', { name: 'Remove my 1 entry' }).waitFor();
});

test('an import the storage cannot hold is refused with a clear message, and nothing is lost', async () => {
  const options = await h.browser.context.newPage();
  await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
  const input = options.locator('input[name="import"]');
  const one = [
    {
      id: 'kept-committee',
      kind: 'group',
      name: 'Kept Valley Committee',
      patterns: ['Kept Valley Committee'],
      summary: 'A local committee used here to check that entries already imported survive a failed import.',
      sources: [{ title: 'Example source', url: 'https://example.org/kept' }],
      reviewed: '2026-11-29',
    },
  ];
  await input.setInputFiles({ name: 'kept.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(one)) });
  await options.getByRole('status').getByText('Imported 1 entry from kept.json.').waitFor();

  // Most of the extension's 10 MB already in use, as a reader's other data would have it: 4 MB more cannot fit.
  await options.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set({ filler: 'x'.repeat(7_000_000) }));
  const summary = 'A local committee used to fill the reader’s storage in this test. '.repeat(56);
  const entries = Array.from({ length: 1_000 }, (_, i) => ({
    id: `bulk-entry-${i}`,
    kind: 'group',
    name: `Bulk Committee ${i}`,
    patterns: [`Bulk Committee ${i}`],
    summary,
    sources: [{ title: 'Example source', url: `https://example.org/bulk/${i}` }],
    reviewed: '2026-11-29',
  }));
  await input.setInputFiles({ name: 'bulk.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(entries)) });
  await options.getByRole('alert').getByText(/storage for this extension is full/).waitFor({ timeout: 60_000 });
  // The entry imported before is still there.
  await options.reload();
  const remove = options.getByRole('button', { name: /Remove my/ });
  await remove.waitFor();
  expect(await remove.textContent()).toBe('Remove my 1 entry');
});

test('a file larger than the extension could ever store is refused before it is read', async () => {
  const options = await h.browser.context.newPage();
  await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
  await options.locator('input[name="import"]').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(12 * 1024 * 1024, 0x20) });
  const alert = options.getByRole('alert');
  await alert.getByText(/huge\.json is 12\.0 MB/).waitFor();
  expect(await alert.textContent()).toContain('more than the 10 MB the browser lets the extension store, so it was not read.');
});
