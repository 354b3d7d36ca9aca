import { foldText } from '../core/normalize';
import type { Exemption } from '../settings';
import type { Entry } from './schema';

/** The reader's own entries, by identity, so any view can say "your entry" without a flag in the data. */
const own = new WeakSet<Entry>();

export function isOwnEntry(entry: Entry): boolean {
  return own.has(entry);
}

/** Entries that came in a message are copies: the message names which of them are the reader's own. */
export function rememberOwn(entries: readonly Entry[], ownIds: readonly string[]): void {
  const ids = new Set(ownIds);
  for (const entry of entries) if (ids.has(entry.id)) own.add(entry);
}

/**
 * The active glossary: the built-in entries with the reader's own on top. A reader's entry with a built-in id
 * replaces it; the others are added.
 */
export function mergeGlossary(builtin: readonly Entry[], custom: readonly Entry[]): Entry[] {
  if (custom.length === 0) return builtin as Entry[];
  for (const entry of custom) own.add(entry);
  const replaced = new Set(custom.map((e) => e.id));
  return [...builtin.filter((e) => !replaced.has(e.id)), ...custom];
}

/** The exemptions that apply on a site: the global ones and that site's own. */
export function exemptionsFor(exemptions: readonly Exemption[], site: string | null): Exemption[] {
  return exemptions.filter((e) => e.site === undefined || e.site === site);
}

/**
 * The glossary minus what the reader does not want highlighted here: an exempt entry is left out; an exempt word
 * takes its pattern out of the entry that owns it (an entry left with nothing to find goes too).
 */
export function applyExemptions(entries: readonly Entry[], exemptions: readonly Exemption[], site: string | null): Entry[] {
  const active = exemptionsFor(exemptions, site);
  if (active.length === 0) return entries as Entry[];
  const ids = new Set(active.filter((e) => e.kind === 'entry').map((e) => e.value));
  const words = new Set(active.filter((e) => e.kind === 'word').map((e) => foldText(e.value.trim())));
  const out: Entry[] = [];
  for (const entry of entries) {
    if (ids.has(entry.id)) continue;
    const patterns = entry.patterns.filter((p) => !words.has(foldText(typeof p === 'string' ? p : p.text)));
    if (patterns.length === entry.patterns.length) {
      out.push(entry);
      continue;
    }
    if (patterns.length === 0 && entry.term?.rule === undefined) continue;
    const copy = { ...entry, patterns };
    if (own.has(entry)) own.add(copy);
    out.push(copy);
  }
  return out;
}
