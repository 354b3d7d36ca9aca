import type { Entry } from './schema';

/**
 * The active glossary: the built-in entries with the reader's own on top. A reader's entry with a built-in id
 * replaces it; the others are added.
 */
export function mergeGlossary(builtin: readonly Entry[], custom: readonly Entry[]): Entry[] {
  if (custom.length === 0) return builtin as Entry[];
  const replaced = new Set(custom.map((e) => e.id));
  return [...builtin.filter((e) => !replaced.has(e.id)), ...custom];
}
