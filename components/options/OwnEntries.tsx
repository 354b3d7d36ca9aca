import { useState } from 'preact/hooks';
import type { Entry } from '../../utils/glossary/schema';
import { useI18n } from '../i18n';
import { EntryForm } from './EntryForm';

interface Props {
  custom: Entry[];
  builtin: readonly Entry[];
  /** Words from "Explain with Framing Lens" the reader chose to add ("#add=…"). */
  addText: string;
  saveEntries: (next: Entry[], status: string) => Promise<boolean>;
}

type Editing = { start: Partial<Entry> } | null;

/** The reader's own entries: a list with edit and delete, and the form to add one or override a built-in one. */
export function OwnEntries({ custom, builtin, addText, saveEntries }: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<Editing>(() =>
    addText ? { start: { name: addText, patterns: [addText] } } : null,
  );
  const [copyFrom, setCopyFrom] = useState('');
  const builtinIds = new Set(builtin.map((e) => e.id));

  async function save(entry: Entry, start: Partial<Entry>) {
    const without = custom.filter((e) => e.id !== start.id && e.id !== entry.id);
    const index = custom.findIndex((e) => e.id === start.id);
    const next = index >= 0 ? [...without.slice(0, index), entry, ...without.slice(index)] : [...without, entry];
    if (await saveEntries(next, t('entry_saved', entry.name))) setEditing(null);
  }

  function startCopy(event: Event) {
    event.preventDefault();
    const source = builtin.find((e) => e.id === copyFrom.trim() || e.name.toLowerCase() === copyFrom.trim().toLowerCase());
    if (source) setEditing({ start: structuredClone(source) as Partial<Entry> });
  }

  return (
    <>
      <h3 id="own-heading">{t('own_heading')}</h3>
      {custom.length === 0 ? (
        <p class="hint">{t('own_none')}</p>
      ) : (
        <ul class="list" aria-labelledby="own-heading">
          {custom.map((entry) => (
            <li key={entry.id} data-entry-id={entry.id}>
              <span>
                {entry.name} <span class="mine">{t(builtinIds.has(entry.id) ? 'own_id_replaces' : 'own_id', entry.id)}</span>
              </span>
              <span class="row">
                <button type="button" aria-label={t('edit_entry', entry.name)} onClick={() => setEditing({ start: entry })}>
                  {t('edit')}
                </button>
                <button
                  type="button"
                  aria-label={t('delete_entry', entry.name)}
                  onClick={() => void saveEntries(custom.filter((e) => e !== entry), t('entry_deleted', entry.name))}
                >
                  {t('delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <EntryForm
          key={editing.start.id ?? 'new'}
          start={editing.start}
          others={custom}
          builtin={builtin}
          onSave={(entry) => save(entry, editing.start)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div class="row">
          <button type="button" onClick={() => setEditing({ start: {} })}>
            {t('add_entry')}
          </button>
          <form class="row" onSubmit={startCopy}>
            <label>
              {t('correct_builtin')}
              <input
                type="text"
                list="builtin-ids"
                value={copyFrom}
                placeholder={t('correct_builtin_placeholder')}
                onInput={(e) => setCopyFrom(e.currentTarget.value)}
              />
            </label>
            <datalist id="builtin-ids">
              {builtin.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </datalist>
            <button type="submit">{t('edit_copy')}</button>
          </form>
        </div>
      )}
    </>
  );
}
