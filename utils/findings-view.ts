/**
 * What the sidebar lists: findings grouped by entry, named actors apart from framing words, in reading order.
 * Pure, so the grouping is tested without a browser.
 */
import type { Entry } from './glossary/schema';
import type { Finding } from './core/types';

/**
 * At most this many findings are highlighted and listed, the first in reading order; the sidebar says how many there
 * are in all, and the export holds them all. Chosen by measuring (docs/architecture.md, "Very large pages").
 */
export const FINDINGS_CAP = 2000;

export interface EntryGroup {
  entry: Entry;
  findings: Finding[];
  /** The distinct wordings found, most frequent first ("militants" ×9, "militant" ×2). */
  variants: Array<{ text: string; count: number }>;
}

export interface FindingGroups {
  actors: EntryGroup[];
  terms: EntryGroup[];
}

export function groupFindings(findings: readonly Finding[], entries: ReadonlyMap<string, Entry>): FindingGroups {
  const byEntry = new Map<string, EntryGroup>();
  for (const finding of findings) {
    const entry = entries.get(finding.entryId);
    if (!entry) continue;
    let group = byEntry.get(entry.id);
    if (!group) byEntry.set(entry.id, (group = { entry, findings: [], variants: [] }));
    group.findings.push(finding);
  }
  const groups = [...byEntry.values()];
  for (const group of groups) group.variants = countVariants(group.findings);
  // Reading order: the entry whose first occurrence comes first is listed first.
  groups.sort((a, b) => a.findings[0]!.start - b.findings[0]!.start);
  return {
    actors: groups.filter((g) => g.entry.kind !== 'term'),
    terms: groups.filter((g) => g.entry.kind === 'term'),
  };
}

function countVariants(findings: readonly Finding[]): Array<{ text: string; count: number }> {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const key = f.text.replace(/\s+/g, ' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count);
}

/** The outlet whose site the page is on, by the hostnames it declares (subdomains included). */
export function outletFor(hostnames: readonly string[], entries: Iterable<Entry>): Entry | null {
  for (const entry of entries) {
    const known = entry.outlet?.hostnames ?? [];
    if (hostnames.some((h) => known.some((k) => h === k || h.endsWith(`.${k}`)))) return entry;
  }
  return null;
}
