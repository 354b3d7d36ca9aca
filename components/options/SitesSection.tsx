import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { disableAutoRun, enableAutoRun, parseSite, requestSitePermission } from '../../utils/sites';
import type { Settings } from '../../utils/settings';
import { useI18n } from '../i18n';

interface Props {
  settings: Settings;
  autoSites: string[];
  /** A site the sidebar sent the reader here to allow ("#site=…"). */
  suggested: string;
  save: (next: Settings) => Promise<boolean>;
  reloadAutoSites: () => Promise<void>;
  report: (status: string, error?: string) => void;
}

/** Where Framing Lens runs: on click (the default), on the reader's chosen sites by itself, never on others. */
export function SitesSection({ settings, autoSites, suggested, save, reloadAutoSites, report }: Props) {
  const { t } = useI18n();
  const [autoInput, setAutoInput] = useState(suggested);
  const [neverInput, setNeverInput] = useState('');
  const [autoProblem, setAutoProblem] = useState('');
  const [neverProblem, setNeverProblem] = useState('');

  function addAuto(event: Event) {
    event.preventDefault();
    const site = parseSite(autoInput);
    if (!site) return setAutoProblem(t('write_a_site'));
    if (settings.neverSites.includes(site)) return setAutoProblem(t('auto_site_never_listed', site));
    setAutoProblem('');
    // The permission prompt must come straight from the click, before anything else is awaited.
    void requestSitePermission(site)
      .then(async (granted) => {
        if (!granted) return report('', t('auto_site_not_granted', site));
        await enableAutoRun(site);
        await reloadAutoSites();
        setAutoInput('');
        report(t('auto_site_added', site));
      })
      .catch((error: unknown) => report('', t('auto_site_add_failed', site, (error as Error).message)));
  }

  async function removeAuto(site: string) {
    try {
      await disableAutoRun(site);
      await reloadAutoSites();
      report(t('auto_site_removed', site));
    } catch (error) {
      report('', t('auto_site_remove_failed', site, (error as Error).message));
    }
  }

  async function addNever(event: Event) {
    event.preventDefault();
    const site = parseSite(neverInput);
    if (!site) return setNeverProblem(t('write_a_site'));
    setNeverProblem('');
    if (autoSites.includes(site)) await removeAuto(site);
    if (await save({ ...settings, neverSites: [...new Set([...settings.neverSites, site])].sort() })) setNeverInput('');
  }

  return (
    <section aria-labelledby="where">
      <h2 id="where">{t('sites_heading')}</h2>
      <p class="hint">{t('sites_intro')}</p>

      <h3 id="auto-heading">{t('auto_sites_heading')}</h3>
      <p class="hint">{t('auto_sites_hint')}</p>
      <SiteList label={t('auto_sites_list')} sites={autoSites} onRemove={(s) => void removeAuto(s)} empty={t('auto_sites_empty')} />
      <form class="row" onSubmit={addAuto}>
        <SiteField id="auto-site" value={autoInput} problem={autoProblem} onInput={setAutoInput} />
        <button type="submit">{t('auto_site_add')}</button>
      </form>

      <h3 id="never-heading">{t('never_sites_heading')}</h3>
      <p class="hint">{t('never_sites_hint')}</p>
      <SiteList
        label={t('never_sites_list')}
        sites={settings.neverSites}
        onRemove={(s) => void save({ ...settings, neverSites: settings.neverSites.filter((x) => x !== s) })}
        empty={t('never_sites_empty')}
      />
      <form class="row" onSubmit={(e) => void addNever(e)}>
        <SiteField id="never-site" value={neverInput} problem={neverProblem} onInput={setNeverInput} />
        <button type="submit">{t('never_site_add')}</button>
      </form>

      <Shortcut />
    </section>
  );
}

function SiteList({ label, sites, onRemove, empty }: { label: string; sites: string[]; onRemove: (site: string) => void; empty: string }) {
  const { t } = useI18n();
  if (sites.length === 0) return <p class="hint">{empty}</p>;
  return (
    <ul class="list" aria-label={label}>
      {sites.map((site) => (
        <li key={site}>
          <span>{site}</span>
          <button type="button" aria-label={t('remove_site', site)} onClick={() => onRemove(site)}>
            {t('remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Chrome has a page for extension shortcuts; Firefox (137+) opens its own from this call. */
function openShortcuts() {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** The action's keyboard shortcut as the browser has it now (the reader may have changed or cleared it). */
function Shortcut() {
  const { t } = useI18n();
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void browser.commands.getAll().then((commands) => {
      setShortcut(commands.find((c) => c.name === '_execute_action')?.shortcut ?? '');
    });
  }, []);

  return (
    <>
      <h3 id="shortcut-heading">{t('shortcut_heading')}</h3>
      <p class="row" aria-labelledby="shortcut-heading">
        <span data-testid="shortcut">
          {shortcut === null ? t('shortcut_reading') : shortcut ? <kbd>{shortcut}</kbd> : t('shortcut_none')}
        </span>
        <span class="hint">{t('shortcut_does')}</span>
        <button type="button" onClick={openShortcuts}>
          {t('shortcut_change')}
        </button>
      </p>
    </>
  );
}

/** A site typed by the reader, with its problem (if any) shown next to it and tied to it for screen readers. */
function SiteField({ id, value, problem, onInput }: { id: string; value: string; problem: string; onInput: (value: string) => void }) {
  const { t } = useI18n();
  return (
    <div class="field">
      <label htmlFor={id}>{t('site_field')}</label>
      <input
        id={id}
        type="text"
        value={value}
        placeholder={t('site_placeholder')}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {problem && (
        <p class="problem" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </div>
  );
}
