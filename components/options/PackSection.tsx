import { useState } from 'preact/hooks';
import type { Entry } from '../../utils/glossary/schema';
import { buildPack, packFileName, parsePack, resetSettingsAndEntries, storeSettingsAndEntries } from '../../utils/pack';
import type { Settings } from '../../utils/settings';
import { autoSitesItem, disableAutoRun } from '../../utils/sites';
import { saveErrorMessage } from '../../utils/storage-errors';
import { JsonFileInput } from './JsonFileInput';
import { PROBLEMS_SHOWN, readImport } from '../../utils/import-file';

interface Props {
  settings: Settings;
  custom: Entry[];
  builtin: readonly Entry[];
  /** Re-read what is stored after a change made here. */
  reload: () => Promise<void>;
  report: (status: string, error?: string) => void;
}

/** Keep and share: the reader's glossary and settings as one file, and back to defaults. */
export function PackSection({ settings, custom, builtin, reload, report }: Props) {
  const [problems, setProblems] = useState<{ file: string; list: string[] } | null>(null);
  const [confirming, setConfirming] = useState(false);

  function exportPack() {
    const blob = new Blob([JSON.stringify(buildPack(settings, custom), null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = Object.assign(document.createElement('a'), { href: url, download: packFileName() });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000); // the download has started long before
    report(`Exported your settings and ${custom.length} entr${custom.length === 1 ? 'y' : 'ies'}.`);
  }

  async function importPack(file: File) {
    report(`Checking ${file.name}…`);
    setProblems(null);
    const read = await readImport(file);
    if (!read.ok) {
      setProblems({ file: file.name, list: [read.problem] });
      report('');
      return;
    }
    const result = parsePack(read.text, builtin);
    if (!result.ok) {
      setProblems({ file: file.name, list: result.problems });
      report('');
      return;
    }
    try {
      await storeSettingsAndEntries(result.pack.settings, result.pack.entries);
      await reload();
      const n = result.pack.entries.length;
      report(`Imported the pack ${file.name}: your settings and ${n} entr${n === 1 ? 'y' : 'ies'}.`);
    } catch (error) {
      report('', saveErrorMessage(error));
    }
  }

  async function reset() {
    setConfirming(false);
    try {
      await resetSettingsAndEntries();
      for (const site of await autoSitesItem.getValue()) await disableAutoRun(site);
      await reload();
      report('Everything is back to how it was after install: default settings, no entries of your own, and no site where it runs by itself.');
    } catch (error) {
      report('', saveErrorMessage(error));
    }
  }

  return (
    <section aria-labelledby="pack">
      <h2 id="pack">Keep and share</h2>
      <p class="hint">A pack is one file with your settings and your own entries, to keep or to give to someone else.</p>
      <div class="row">
        <button type="button" onClick={exportPack}>
          Export a pack
        </button>
        <JsonFileInput label="Import a pack" name="import-pack" onFile={(file) => void importPack(file)} />
      </div>
      {problems && (
        <div class="error" role="alert">
          Nothing was imported from {problems.file}, and nothing you had changed.{' '}
          {problems.list.length === 1 ? 'One problem:' : `${problems.list.length} problems:`}
          <ul>
            {problems.list.slice(0, PROBLEMS_SHOWN).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <h3>Start again</h3>
      {confirming ? (
        <div class="row" role="group" aria-label="Confirm reset">
          <span>Reset all settings, stop running by itself on any site, and delete your {custom.length} entr{custom.length === 1 ? 'y' : 'ies'}? Export a pack first to keep them.</span>
          <button type="button" onClick={() => void reset()}>
            Yes, reset everything
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Reset to defaults…
        </button>
      )}
    </section>
  );
}
