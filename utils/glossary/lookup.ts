import { analyze } from '../core/analyze';
import { foldText } from '../core/normalize';
import type { Entry } from './schema';

/**
 * The entry a selected piece of text refers to, for "Explain with Framing Lens": first a selection that is exactly
 * one of an entry's words or names, then the first thing the engine finds inside the selection.
 */
export function entryForSelection(selection: string, entries: readonly Entry[]): Entry | null {
  const folded = foldText(selection.trim());
  if (!folded) return null;
  const exact = entries.find(
    (e) =>
      !e.term?.neutral &&
      (foldText(e.name) === folded ||
        e.patterns.some((p) => foldText(typeof p === 'string' ? p : p.text) === folded) ||
        e.names?.some((n) => foldText(n.name) === folded)),
  );
  if (exact) return exact;
  const [first] = analyze(selection, entries).findings;
  return first ? (entries.find((e) => e.id === first.entryId) ?? null) : null;
}
