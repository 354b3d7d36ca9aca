import { useEffect, useState } from 'preact/hooks';
import { BUILTIN_ENTRIES } from '../../utils/glossary/builtin';
import { mergeGlossary } from '../../utils/glossary/merge';
import { parseCustomEntries } from '../../utils/glossary/validate';
import { TERM_CATEGORIES, type Entry } from '../../utils/glossary/schema';
import {
  customEntriesItem,
  loadSettings,
  settingsItem,
  WATCH_LEVEL_SETTINGS,
  withDefaults,
  type Settings,
  type TermCategory,
  type WatchLevelSetting,
} from '../../utils/settings';
import { autoSitesItem } from '../../utils/sites';
import { saveErrorMessage } from '../../utils/storage-errors';
import { Exemptions } from './Exemptions';

const WATCH_LEVEL_LABELS: Record<WatchLevelSetting, string> = {
  off: 'Off',
  default: 'Clearly loaded words',
  more: 'More: also words that are often used fairly (“admitted”, “clearly”, “brutal”)',
};
import { LookSection } from './LookSection';
import { applyLook } from './look';
import { OwnEntries } from './OwnEntries';
import { PackSection } from './PackSection';
import { SitesSection } from './SitesSection';
import { ProblemsSection } from './ProblemsSection';
import { JsonFileInput } from './JsonFileInput';
import { PROBLEMS_SHOWN, readImport } from '../../utils/import-file';

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

/** What the address asks for: "#add=word" from the explain window, "#site=host" from the sidebar. */
function fromHash(key: string): string {
  return new URLSearchParams(location.hash.slice(1)).get(key) ?? '';
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [custom, setCustom] = useState<Entry[]>([]);
  const [autoSites, setAutoSites] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [importProblems, setImportProblems] = useState<string[]>([]);

  const reloadAutoSites = async () => setAutoSites(await autoSitesItem.getValue());
  const reload = async () => {
    const [s, c] = await Promise.all([loadSettings(), customEntriesItem.getValue(), reloadAutoSites()]);
    setSettings(s);
    setCustom(c);
  };

  useEffect(() => {
    void reload();
    // Another options tab, the sidebar or the "never" popup may change settings too: show what is stored.
    const unwatch = settingsItem.watch((value) => setSettings(withDefaults(value)));
    return unwatch;
  }, []);

  useEffect(() => {
    if (settings) applyLook(document, settings);
  }, [settings]);

  if (!settings) return <main aria-busy="true">Loading…</main>;

  const report = (message: string, problem?: string) => {
    setStatus(message);
    setError(problem ?? null);
  };

  async function save(next: Settings): Promise<boolean> {
    setSettings(next); // the form keeps the reader's choice even if saving fails, so nothing is lost
    try {
      await settingsItem.setValue(next);
      report('Saved. Open sidebars update at once.');
      return true;
    } catch (e) {
      report('', saveErrorMessage(e));
      return false;
    }
  }

  async function saveEntries(next: Entry[], message: string): Promise<boolean> {
    try {
      await customEntriesItem.setValue(next);
      setCustom(next);
      report(message);
      return true;
    } catch (e) {
      report('', saveErrorMessage(e));
      return false;
    }
  }

  async function importFile(file: File) {
    setStatus(`Checking ${file.name}…`);
    setImportProblems([]);
    const read = await readImport(file);
    if (!read.ok) {
      setImportProblems([read.problem]);
      setStatus('');
      return;
    }
    const result = parseCustomEntries(read.text, BUILTIN_ENTRIES);
    if (!result.ok) {
      setImportProblems(result.problems);
      setStatus('');
      return;
    }
    const n = result.entries.length;
    if (await saveEntries(result.entries, `Imported ${n} entr${n === 1 ? 'y' : 'ies'} from ${file.name}.`)) setImportProblems([]);
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

      <SitesSection
        settings={settings}
        autoSites={autoSites}
        suggested={fromHash('site')}
        save={save}
        reloadAutoSites={reloadAutoSites}
        report={report}
      />

      <section aria-labelledby="what">
        <h2 id="what">What to highlight</h2>
        <label>
          <input
            type="checkbox"
            name="showActors"
            checked={settings.showActors}
            onChange={(e) => void save({ ...settings, showActors: e.currentTarget.checked })}
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
                onChange={(e) => void toggleCategory(category, e.currentTarget.checked)}
              />
              {CATEGORY_LABELS[category]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Words to watch (loaded wording, listed under “Tone” in the sidebar)</legend>
          {WATCH_LEVEL_SETTINGS.map((level) => (
            <label key={level}>
              <input
                type="radio"
                name="watchLevel"
                value={level}
                checked={settings.watchLevel === level}
                onChange={() => void save({ ...settings, watchLevel: level })}
              />
              {WATCH_LEVEL_LABELS[level]}
            </label>
          ))}
        </fieldset>
      </section>

      <Exemptions settings={settings} glossary={mergeGlossary(BUILTIN_ENTRIES, custom)} save={save} />

      <LookSection settings={settings} save={save} />

      <section aria-labelledby="glossary">
        <h2 id="glossary">Glossary</h2>
        <p class="hint">
          Built in: {counts.actors} named actors ({counts.outlets} outlets) and {counts.terms} framing terms. Your own
          entries are checked like the built-in ones; an entry with a built-in entry’s id replaces it.
        </p>
        <OwnEntries custom={custom} builtin={BUILTIN_ENTRIES} addText={fromHash('add')} saveEntries={saveEntries} />
        <div class="row">
          <JsonFileInput label="Import entries (JSON)" name="import" onFile={(file) => void importFile(file)} />
          {custom.length > 0 && (
            <button type="button" onClick={() => void saveEntries([], 'Your entries were removed; the built-in glossary is in use.')}>
              Remove my {custom.length} entr{custom.length === 1 ? 'y' : 'ies'}
            </button>
          )}
        </div>
        {importProblems.length > 0 && (
          <div class="error" role="alert">
            Nothing was imported: the file has {importProblems.length} problem{importProblems.length === 1 ? '' : 's'}.
            <ul>
              {importProblems.slice(0, PROBLEMS_SHOWN).map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <PackSection settings={settings} custom={custom} builtin={BUILTIN_ENTRIES} reload={reload} report={report} />

      <ProblemsSection />
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
