import { useState } from 'preact/hooks';
import type { Entry } from '../../utils/glossary/schema';
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
  const [editing, setEditing] = useState<Editing>(() =>
    addText ? { start: { name: addText, patterns: [addText] } } : null,
  );
  const [copyFrom, setCopyFrom] = useState('');
  const builtinIds = new Set(builtin.map((e) => e.id));

  async function save(entry: Entry, start: Partial<Entry>) {
    const without = custom.filter((e) => e.id !== start.id && e.id !== entry.id);
    const index = custom.findIndex((e) => e.id === start.id);
    const next = index >= 0 ? [...without.slice(0, index), entry, ...without.slice(index)] : [...without, entry];
    if (await saveEntries(next, `Saved “${entry.name}”. Open sidebars use it at once.`)) setEditing(null);
  }

  function startCopy(event: Event) {
    event.preventDefault();
    const source = builtin.find((e) => e.id === copyFrom.trim() || e.name.toLowerCase() === copyFrom.trim().toLowerCase());
    if (source) setEditing({ start: structuredClone(source) as Partial<Entry> });
  }

  return (
    <>
      <h3 id="own-heading">Your entries</h3>
      {custom.length === 0 ? (
        <p class="hint">You have no entries of your own yet.</p>
      ) : (
        <ul class="list" aria-labelledby="own-heading">
          {custom.map((entry) => (
            <li key={entry.id} data-entry-id={entry.id}>
              <span>
                {entry.name} <span class="mine">({entry.id}{builtinIds.has(entry.id) ? ', replaces the built-in entry' : ''})</span>
              </span>
              <span class="row">
                <button type="button" aria-label={`Edit ${entry.name}`} onClick={() => setEditing({ start: entry })}>
                  Edit
                </button>
                <button
                  type="button"
                  aria-label={`Delete ${entry.name}`}
                  onClick={() => void saveEntries(custom.filter((e) => e !== entry), `Deleted “${entry.name}”.`)}
                >
                  Delete
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
            Add an entry
          </button>
          <form class="row" onSubmit={startCopy}>
            <label>
              Correct a built-in entry
              <input type="text" list="builtin-ids" value={copyFrom} placeholder="its id or name" onInput={(e) => setCopyFrom(e.currentTarget.value)} />
            </label>
            <datalist id="builtin-ids">
              {builtin.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </datalist>
            <button type="submit">Edit a copy</button>
          </form>
        </div>
      )}
    </>
  );
}
