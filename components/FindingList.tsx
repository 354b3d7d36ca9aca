import { useState } from 'preact/hooks';
import type { EntryGroup } from '../utils/findings-view';
import { KIND_LABELS } from '../utils/findings-view';
import { isOwnEntry } from '../utils/glossary/merge';
import { EntryDetails } from './EntryDetails';

interface Props {
  title: string;
  groups: readonly EntryGroup[];
  nameOf: (id: string) => string | undefined;
  /** Scroll the page to the entry's first occurrence and mark it briefly. */
  onLocate: (group: EntryGroup) => void;
}

export function FindingList({ title, groups, nameOf, onLocate }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const total = groups.reduce((n, g) => n + g.findings.length, 0);
  const headingId = `fl-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section class="group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span class="count">{total}</span>
      </h2>
      {groups.length === 0 ? (
        <p class="empty">None found.</p>
      ) : (
        <ul class="items">
          {groups.map((group) => {
            const expanded = open === group.entry.id;
            return (
              <li key={group.entry.id} class="item" data-entry-id={group.entry.id}>
                <button
                  type="button"
                  class="item-head"
                  aria-expanded={expanded}
                  onClick={() => {
                    setOpen(expanded ? null : group.entry.id);
                    onLocate(group);
                  }}
                >
                  <span class="item-name">{group.entry.name}</span>
                  <span class="count" aria-label={`${group.findings.length} occurrences`}>
                    {group.findings.length}
                  </span>
                  <span class="item-sub">
                    {group.entry.kind === 'term'
                      ? group.variants.map((v) => (v.count > 1 ? `“${v.text}” ×${v.count}` : `“${v.text}”`)).join(', ')
                      : KIND_LABELS[group.entry.kind]}
                    {isOwnEntry(group.entry) && <span class="mine"> · your entry</span>}
                  </span>
                </button>
                {expanded && <EntryDetails entry={group.entry} nameOf={nameOf} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
