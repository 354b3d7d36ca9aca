import { useState } from 'preact/hooks';
import type { Entry } from '../../utils/glossary/schema';
import { buildPack, packFileName, parsePack, resetSettingsAndEntries, storeSettingsAndEntries } from '../../utils/pack';
import type { Settings } from '../../utils/settings';
import { autoSitesItem, disableAutoRun } from '../../utils/sites';
import { saveErrorMessage } from '../../utils/storage-errors';
import { JsonFileInput } from './JsonFileInput';
import { PROBLEMS_SHOWN, readImport } from '../../utils/import-file';
import { useI18n } from '../i18n';

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
  const i18n = useI18n();
  const { t, plural } = i18n;
  const [problems, setProblems] = useState<{ file: string; list: string[] } | null>(null);
  const [confirming, setConfirming] = useState(false);

  function exportPack() {
    const blob = new Blob([JSON.stringify(buildPack(settings, custom), null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = Object.assign(document.createElement('a'), { href: url, download: packFileName() });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000); // the download has started long before
    report(plural('pack_exported', custom.length));
  }

  async function importPack(file: File) {
    report(t('checking_file', file.name));
    setProblems(null);
    const read = await readImport(file, i18n);
    if (!read.ok) {
      setProblems({ file: file.name, list: [read.problem] });
      report('');
      return;
    }
    const result = parsePack(read.text, builtin);
    if (!result.ok) {
      setProblems({ file: file.name, list: result.problems.map(i18n.say) });
      report('');
      return;
    }
    try {
      await storeSettingsAndEntries(result.pack.settings, result.pack.entries);
      await reload();
      report(plural('pack_imported', result.pack.entries.length, file.name));
    } catch (error) {
      report('', saveErrorMessage(error, i18n));
    }
  }

  async function reset() {
    setConfirming(false);
    try {
      await resetSettingsAndEntries();
      for (const site of await autoSitesItem.getValue()) await disableAutoRun(site);
      await reload();
      report(t('reset_done'));
    } catch (error) {
      report('', saveErrorMessage(error, i18n));
    }
  }

  return (
    <section aria-labelledby="pack">
      <h2 id="pack">{t('pack_heading')}</h2>
      <p class="hint">{t('pack_hint')}</p>
      <div class="row">
        <button type="button" onClick={exportPack}>
          {t('pack_export')}
        </button>
        <JsonFileInput label={t('pack_import')} name="import-pack" onFile={(file) => void importPack(file)} />
      </div>
      {problems && (
        <div class="error" role="alert">
          {plural('pack_problems', problems.list.length, problems.file)}
          <ul>
            {problems.list.slice(0, PROBLEMS_SHOWN).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <h3>{t('reset_heading')}</h3>
      {confirming ? (
        <div class="row" role="group" aria-label={t('reset_group')}>
          <span>{plural('reset_confirm', custom.length)}</span>
          <button type="button" onClick={() => void reset()}>
            {t('reset_yes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('reset_start')}
        </button>
      )}
    </section>
  );
}
