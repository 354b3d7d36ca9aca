import type { Entry } from '../../utils/glossary/schema';

/** A valid reader's entry for tests of the glossary checks, imports and packs; `over` changes what a test needs. */
export const exampleEntry = (over: Partial<Entry> = {}): Entry => ({
  id: 'example-committee',
  kind: 'group',
  name: 'Example Committee',
  patterns: ['Example Committee'],
  summary: 'A committee used in these tests; long enough for the schema to accept it.',
  sources: [{ title: 'Example', url: 'https://example.org/a' }],
  reviewed: '2026-11-29',
  ...over,
});
