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

const WATCH_LEVEL_LABELS = {
  off: 'watch_level_off',
  default: 'watch_level_default',
  more: 'watch_level_more',
} as const satisfies Record<WatchLevelSetting, string>;
import { LookSection } from './LookSection';
import { applyLook } from './look';
import { OwnEntries } from './OwnEntries';
import { PackSection } from './PackSection';
import { SitesSection } from './SitesSection';
import { ProblemsSection } from './ProblemsSection';
import { JsonFileInput } from './JsonFileInput';
import { PROBLEMS_SHOWN, readImport } from '../../utils/import-file';
import { useI18n } from '../i18n';
import { CATEGORY_LABELS } from './kinds';

/** What the address asks for: "#add=word" from the explain window, "#site=host" from the sidebar. */
function fromHash(key: string): string {
  return new URLSearchParams(location.hash.slice(1)).get(key) ?? '';
}

export function OptionsApp() {
  const i18n = useI18n();
  const { t, plural } = i18n;
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

  if (!settings) return <main aria-busy="true">{t('loading')}</main>;

  const report = (message: string, problem?: string) => {
    setStatus(message);
    setError(problem ?? null);
  };

  async function save(next: Settings): Promise<boolean> {
    setSettings(next); // the form keeps the reader's choice even if saving fails, so nothing is lost
    try {
      await settingsItem.setValue(next);
      report(t('options_saved'));
      return true;
    } catch (e) {
      report('', saveErrorMessage(e, i18n));
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
      report('', saveErrorMessage(e, i18n));
      return false;
    }
  }

  async function importFile(file: File) {
    setStatus(t('checking_file', file.name));
    setImportProblems([]);
    const read = await readImport(file, i18n);
    if (!read.ok) {
      setImportProblems([read.problem]);
      setStatus('');
      return;
    }
    const result = parseCustomEntries(read.text, BUILTIN_ENTRIES);
    if (!result.ok) {
      setImportProblems(result.problems.map(i18n.say));
      setStatus('');
      return;
    }
    if (await saveEntries(result.entries, plural('entries_imported', result.entries.length, file.name))) setImportProblems([]);
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
      <h1>{t('options_title')}</h1>
      <p class="hint">{t('options_intro')}</p>
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
        <h2 id="what">{t('what_heading')}</h2>
        <label>
          <input
            type="checkbox"
            name="showActors"
            checked={settings.showActors}
            onChange={(e) => void save({ ...settings, showActors: e.currentTarget.checked })}
          />
          {t('show_actors')}
        </label>
        <fieldset>
          <legend>{t('framing_words')}</legend>
          {TERM_CATEGORIES.map((category) => (
            <label key={category}>
              <input
                type="checkbox"
                name={`category-${category}`}
                checked={!settings.hiddenCategories.includes(category)}
                onChange={(e) => void toggleCategory(category, e.currentTarget.checked)}
              />
              {t(CATEGORY_LABELS[category])}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('watch_level_legend')}</legend>
          {WATCH_LEVEL_SETTINGS.map((level) => (
            <label key={level}>
              <input
                type="radio"
                name="watchLevel"
                value={level}
                checked={settings.watchLevel === level}
                onChange={() => void save({ ...settings, watchLevel: level })}
              />
              {t(WATCH_LEVEL_LABELS[level])}
            </label>
          ))}
        </fieldset>
      </section>

      <Exemptions settings={settings} glossary={mergeGlossary(BUILTIN_ENTRIES, custom)} save={save} />

      <LookSection settings={settings} save={save} />

      <section aria-labelledby="glossary">
        <h2 id="glossary">{t('glossary_heading')}</h2>
        <p class="hint">
          {t(
            'glossary_builtin',
            plural('named_actor_count', counts.actors),
            plural('outlet_count', counts.outlets),
            plural('framing_term_count', counts.terms),
          )}
        </p>
        <OwnEntries custom={custom} builtin={BUILTIN_ENTRIES} addText={fromHash('add')} saveEntries={saveEntries} />
        <div class="row">
          <JsonFileInput label={t('import_entries')} name="import" onFile={(file) => void importFile(file)} />
          {custom.length > 0 && (
            <button type="button" onClick={() => void saveEntries([], t('entries_removed'))}>
              {plural('remove_entries', custom.length)}
            </button>
          )}
        </div>
        {importProblems.length > 0 && (
          <div class="error" role="alert">
            {plural('import_problems', importProblems.length)}
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
