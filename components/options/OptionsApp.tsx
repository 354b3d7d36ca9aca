import { useEffect, useState } from 'preact/hooks';
import { BUILTIN_ENTRIES } from '../../utils/glossary/builtin';
import { parseCustomEntries } from '../../utils/glossary/validate';
import { TERM_CATEGORIES, type Entry } from '../../utils/glossary/schema';
import {
  customEntriesItem,
  DEFAULT_SETTINGS,
  loadSettings,
  settingsItem,
  type Settings,
  type TermCategory,
} from '../../utils/settings';
import { saveErrorMessage } from '../../utils/storage-errors';

const CATEGORY_LABELS: Record<TermCategory, string> = {
  label: 'Labels for armed actors and states (terrorist, militant, regime…)',
  euphemism: 'Euphemisms and their opposites (neutralised, liberated…)',
  distancing: 'Distancing markers (so-called, self-styled…)',
  sponsorship: 'Sponsorship markers (foreign-backed, X-backed…)',
  territory: 'Territory labels (militant-held, government-controlled…)',
  attribution: 'Attribution verbs (claimed, admitted, insisted…)',
  casualty: 'Casualty wording (killed, died, no named agent…)',
  domestic: 'Domestic-politics pairs (pro-life / pro-choice…)',
};

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [custom, setCustom] = useState<Entry[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [importProblems, setImportProblems] = useState<string[]>([]);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void customEntriesItem.getValue().then(setCustom);
  }, []);

  if (!settings) return <main aria-busy="true">Loading…</main>;

  async function save(next: Settings) {
    setSettings(next); // the form keeps the reader's choice even if saving fails, so nothing is lost
    try {
      await settingsItem.setValue(next);
      setError(null);
      setStatus('Saved. Open sidebars update at once.');
    } catch (e) {
      setStatus('');
      setError(saveErrorMessage(e));
    }
  }

  async function importFile(file: File) {
    setStatus(`Checking ${file.name}…`);
    setImportProblems([]);
    const result = parseCustomEntries(await file.text(), BUILTIN_ENTRIES);
    if (!result.ok) {
      setImportProblems(result.problems);
      setStatus('');
      return;
    }
    try {
      await customEntriesItem.setValue(result.entries);
      setCustom(result.entries);
      setImportProblems([]);
      setError(null);
      setStatus(`Imported ${result.entries.length} entr${result.entries.length === 1 ? 'y' : 'ies'} from ${file.name}.`);
    } catch (e) {
      setStatus('');
      setError(saveErrorMessage(e));
    }
  }

  async function clearCustom() {
    try {
      await customEntriesItem.setValue([]);
      setCustom([]);
      setStatus('Your entries were removed; the built-in glossary is in use.');
    } catch (e) {
      setError(saveErrorMessage(e));
    }
  }

  const toggleCategory = (category: TermCategory, shown: boolean) =>
    save({
      ...settings,
      hiddenCategories: shown
        ? settings.hiddenCategories.filter((c) => c !== category)
        : [...settings.hiddenCategories, category],
    });

  const counts = countByKind(BUILTIN_ENTRIES);

  return (
    <main>
      <h1>Framing Lens settings</h1>
      <p class="hint">Everything runs on this device. These settings follow your browser profile; the page text never leaves it.</p>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}

      <section aria-labelledby="what">
        <h2 id="what">What to highlight</h2>
        <label>
          <input
            type="checkbox"
            name="showActors"
            checked={settings.showActors}
            onChange={(e) => save({ ...settings, showActors: e.currentTarget.checked })}
          />
          Named actors (groups, people, outlets, bodies)
        </label>
        <fieldset>
          <legend>Framing words</legend>
          {TERM_CATEGORIES.map((category) => (
            <label key={category}>
              <input
                type="checkbox"
                name={`category-${category}`}
                checked={!settings.hiddenCategories.includes(category)}
                onChange={(e) => toggleCategory(category, e.currentTarget.checked)}
              />
              {CATEGORY_LABELS[category]}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="look">
        <h2 id="look">How it looks</h2>
        <fieldset>
          <legend>Highlight style</legend>
          {(['underline', 'tint'] as const).map((style) => (
            <label key={style}>
              <input
                type="radio"
                name="highlightStyle"
                value={style}
                checked={settings.highlightStyle === style}
                onChange={() => save({ ...settings, highlightStyle: style })}
              />
              {style === 'underline' ? 'Underline (framing words wavy, names dotted)' : 'Tinted background'}
            </label>
          ))}
        </fieldset>
        <label>
          <input
            type="checkbox"
            name="hoverCards"
            checked={settings.hoverCards}
            onChange={(e) => save({ ...settings, hoverCards: e.currentTarget.checked })}
          />
          Show a card when the pointer rests on a highlighted word
        </label>
        <div class="row">
          <button type="button" onClick={() => save(DEFAULT_SETTINGS)}>
            Restore defaults
          </button>
        </div>
      </section>

      <section aria-labelledby="glossary">
        <h2 id="glossary">Glossary</h2>
        <p class="hint">
          Built in: {counts.actors} named actors ({counts.outlets} outlets) and {counts.terms} framing terms. You can add
          your own entries, or correct a built-in one by reusing its id, from a JSON file in the glossary's format
          (see the project's docs/glossary.md).
        </p>
        <div class="row">
          <label>
            Import entries (JSON)
            <input
              type="file"
              name="import"
              accept="application/json,.json"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void importFile(file);
              }}
            />
          </label>
          {custom.length > 0 && (
            <button type="button" onClick={() => void clearCustom()}>
              Remove my {custom.length} entr{custom.length === 1 ? 'y' : 'ies'}
            </button>
          )}
        </div>
        {importProblems.length > 0 && (
          <div class="error" role="alert">
            Nothing was imported: the file has {importProblems.length} problem{importProblems.length === 1 ? '' : 's'}.
            <ul>
              {importProblems.slice(0, 20).map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {custom.length > 0 && (
          <p class="hint">In use: {custom.map((e) => e.name).join(', ')}.</p>
        )}
      </section>
    </main>
  );
}

function countByKind(entries: readonly Entry[]) {
  const terms = entries.filter((e) => e.kind === 'term').length;
  return {
    terms,
    actors: entries.length - terms,
    outlets: entries.filter((e) => e.kind === 'outlet').length,
  };
}
