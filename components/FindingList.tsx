import { useState } from 'preact/hooks';
import type { EntryGroup } from '../utils/findings-view';
import { isOwnEntry } from '../utils/glossary/merge';
import type { MessageKey } from '../utils/ui/i18n';
import { EntryDetails } from './EntryDetails';
import { useI18n } from './i18n';

interface Props {
  title: string;
  /** A stable id for the heading, so the section is labelled by it. */
  id: string;
  groups: readonly EntryGroup[];
  nameOf: (id: string) => string | undefined;
  /** Scroll the page to one occurrence of the entry and mark it there. */
  onLocate: (group: EntryGroup, index: number) => void;
}

/** The locale key of an entry kind ('state-body' → kind_state_body). */
export const kindKey = (kind: EntryGroup['entry']['kind']) => `kind_${kind.replace(/-/g, '_')}` as MessageKey;

export function FindingList({ title, id, groups, nameOf, onLocate }: Props) {
  const { t, plural, number } = useI18n();
  // The expanded entry and which of its occurrences is marked in the page.
  const [open, setOpen] = useState<{ id: string; index: number } | null>(null);
  const headingId = `fl-${id}`;
  const show = (group: EntryGroup, index: number) => {
    setOpen({ id: group.entry.id, index });
    onLocate(group, index);
  };
  return (
    <section class="group" aria-labelledby={headingId}>
      {/* The count is the number of entries listed below, so the heading and the list always agree. */}
      <h2 id={headingId}>
        {title} <span class="count">{number(groups.length)}</span>
      </h2>
      {groups.length === 0 ? (
        <p class="empty">{t('none_found')}</p>
      ) : (
        <ul class="items">
          {groups.map((group) => {
            const expanded = open?.id === group.entry.id;
            const total = group.findings.length;
            return (
              <li key={group.entry.id} class="item" data-entry-id={group.entry.id}>
                <button
                  type="button"
                  class="item-head"
                  aria-expanded={expanded}
                  onClick={() => (expanded ? setOpen(null) : show(group, 0))}
                >
                  <span class="item-name">{group.entry.name}</span>
                  <span class="count" aria-hidden="true">
                    {number(total)}
                  </span>
                  <span class="sr-only">{plural('occurrence_count', total)}</span>
                  <span class="item-sub">
                    {group.entry.kind === 'term'
                      ? group.variants
                          .map((v) => (v.count > 1 ? t('variant_many', v.text, v.count) : t('variant_once', v.text)))
                          .join(t('list_separator'))
                      : t(kindKey(group.entry.kind))}
                    {isOwnEntry(group.entry) && <span class="mine">{t('own_entry')}</span>}
                  </span>
                </button>
                {expanded && (
                  <div class="item-body">
                    {/* The list may have changed under an open entry (a setting changed): stay within it. */}
                    <Occurrence
                      group={group}
                      index={Math.min(open.index, total - 1)}
                      onMove={(index) => show(group, (index + total) % total)}
                    />
                    <EntryDetails entry={group.entry} nameOf={nameOf} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The marked occurrence: where it is among the others, its words, and what the rules noted about it alone. */
function Occurrence({ group, index, onMove }: { group: EntryGroup; index: number; onMove: (index: number) => void }) {
  const { t } = useI18n();
  const finding = group.findings[index]!;
  const total = group.findings.length;
  const name = group.entry.name;
  return (
    <div class="occurrence">
      <div class="occurrence-nav">
        {/* Polite: moving to another occurrence reads its position, words and notes without moving focus. */}
        <div class="occurrence-info" aria-live="polite" aria-atomic="true">
          <p class="occurrence-position">{t('occurrence_position', index + 1, total)}</p>
          <p class="occurrence-text">{t('occurrence_text', finding.text.replace(/\s+/g, ' '))}</p>
          {finding.note && <p class="rule-note">{finding.note}</p>}
        </div>
        {total > 1 && (
          <div class="occurrence-buttons">
            <button type="button" aria-label={t('previous_occurrence_label', name)} onClick={() => onMove(index - 1)}>
              <span aria-hidden="true">‹ </span>
              {t('previous_occurrence')}
            </button>
            <button type="button" aria-label={t('next_occurrence_label', name)} onClick={() => onMove(index + 1)}>
              {t('next_occurrence')}
              <span aria-hidden="true"> ›</span>
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
