/**
 * The worker's glossary is a file of the build, fetched at the first click: it is read once, and a failed read is
 * reported and tried again at the next click rather than kept.
 */
import { fakeBrowser } from '../storage/fake-browser';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

const ENTRIES = [{ id: 'example', kind: 'term', name: 'example' }];
const load = async () => (await import('../../../utils/glossary/builtin-loaded')).loadBuiltinEntries;

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

test("reads the extension's own glossary file once, however many clicks ask", async () => {
  const fetched = vi.fn<(url: string) => Promise<Response>>(async () => new Response(JSON.stringify(ENTRIES)));
  vi.stubGlobal('fetch', fetched);
  const loadBuiltinEntries = await load();
  const [first, second] = await Promise.all([loadBuiltinEntries(), loadBuiltinEntries()]);
  expect(first).toEqual(ENTRIES);
  expect(await loadBuiltinEntries()).toBe(first);
  expect(second).toBe(first);
  expect(fetched).toHaveBeenCalledTimes(1);
  expect(fetched.mock.calls[0]![0]).toBe(fakeBrowser.runtime.getURL('/glossary.json'));
});

test('a failed read says what failed, and the next click reads again', async () => {
  const fetched = vi
    .fn<(url: string) => Promise<Response>>()
    .mockResolvedValueOnce(new Response('', { status: 404 }))
    .mockResolvedValueOnce(new Response(JSON.stringify(ENTRIES)));
  vi.stubGlobal('fetch', fetched);
  const loadBuiltinEntries = await load();
  await expect(loadBuiltinEntries()).rejects.toThrow(/glossary\.json could not be read \(404\)/);
  expect(await loadBuiltinEntries()).toEqual(ENTRIES);
  expect(fetched).toHaveBeenCalledTimes(2);
});
