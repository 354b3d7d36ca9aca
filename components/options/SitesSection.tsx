import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { disableAutoRun, enableAutoRun, parseSite, requestSitePermission } from '../../utils/sites';
import type { Settings } from '../../utils/settings';

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
  const [autoInput, setAutoInput] = useState(suggested);
  const [neverInput, setNeverInput] = useState('');
  const [autoProblem, setAutoProblem] = useState('');
  const [neverProblem, setNeverProblem] = useState('');

  function addAuto(event: Event) {
    event.preventDefault();
    const site = parseSite(autoInput);
    if (!site) return setAutoProblem('Write a site such as example.com, or paste an address on it.');
    if (settings.neverSites.includes(site)) return setAutoProblem(`${site} is on your “never” list: remove it there first.`);
    setAutoProblem('');
    // The permission prompt must come straight from the click, before anything else is awaited.
    void requestSitePermission(site)
      .then(async (granted) => {
        if (!granted) return report('', `The browser did not grant access to ${site}, so nothing changed.`);
        await enableAutoRun(site);
        await reloadAutoSites();
        setAutoInput('');
        report(`Framing Lens now opens by itself on ${site}.`);
      })
      .catch((error: unknown) => report('', `Could not set up ${site}: ${(error as Error).message}. Nothing changed.`));
  }

  async function removeAuto(site: string) {
    try {
      await disableAutoRun(site);
      await reloadAutoSites();
      report(`Framing Lens no longer opens by itself on ${site}; its access to the site is removed.`);
    } catch (error) {
      report('', `Could not remove ${site}: ${(error as Error).message}.`);
    }
  }

  async function addNever(event: Event) {
    event.preventDefault();
    const site = parseSite(neverInput);
    if (!site) return setNeverProblem('Write a site such as example.com, or paste an address on it.');
    setNeverProblem('');
    if (autoSites.includes(site)) await removeAuto(site);
    if (await save({ ...settings, neverSites: [...new Set([...settings.neverSites, site])].sort() })) setNeverInput('');
  }

  return (
    <section aria-labelledby="where">
      <h2 id="where">Where it runs</h2>
      <p class="hint">
        By default Framing Lens reads a page only when you click its icon, and it has no access to any site until then.
      </p>

      <h3 id="auto-heading">Run automatically on these sites</h3>
      <p class="hint">The sidebar opens by itself on every page of these sites. The browser asks you to allow each one.</p>
      <SiteList label="Sites where it runs automatically" sites={autoSites} onRemove={(s) => void removeAuto(s)} empty="No sites yet." />
      <form class="row" onSubmit={addAuto}>
        <SiteField id="auto-site" value={autoInput} problem={autoProblem} onInput={setAutoInput} />
        <button type="submit">Run automatically on this site</button>
      </form>

      <h3 id="never-heading">Never on these sites</h3>
      <p class="hint">On these sites a click on the icon does nothing but say so.</p>
      <SiteList
        label="Sites where it never runs"
        sites={settings.neverSites}
        onRemove={(s) => void save({ ...settings, neverSites: settings.neverSites.filter((x) => x !== s) })}
        empty="No sites."
      />
      <form class="row" onSubmit={(e) => void addNever(e)}>
        <SiteField id="never-site" value={neverInput} problem={neverProblem} onInput={setNeverInput} />
        <button type="submit">Never run on this site</button>
      </form>

      <Shortcut />
    </section>
  );
}

function SiteList({ label, sites, onRemove, empty }: { label: string; sites: string[]; onRemove: (site: string) => void; empty: string }) {
  if (sites.length === 0) return <p class="hint">{empty}</p>;
  return (
    <ul class="list" aria-label={label}>
      {sites.map((site) => (
        <li key={site}>
          <span>{site}</span>
          <button type="button" aria-label={`Remove ${site}`} onClick={() => onRemove(site)}>
            Remove
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
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void browser.commands.getAll().then((commands) => {
      setShortcut(commands.find((c) => c.name === '_execute_action')?.shortcut ?? '');
    });
  }, []);

  return (
    <>
      <h3 id="shortcut-heading">Keyboard shortcut</h3>
      <p class="row" aria-labelledby="shortcut-heading">
        <span data-testid="shortcut">
          {shortcut === null ? '…' : shortcut ? <kbd>{shortcut}</kbd> : 'None set'}
        </span>
        <span class="hint">does what a click on the icon does.</span>
        <button type="button" onClick={openShortcuts}>
          Change it in the browser’s shortcut settings
        </button>
      </p>
    </>
  );
}

/** A site typed by the reader, with its problem (if any) shown next to it and tied to it for screen readers. */
function SiteField({ id, value, problem, onInput }: { id: string; value: string; problem: string; onInput: (value: string) => void }) {
  return (
    <div class="field">
      <label htmlFor={id}>Site</label>
      <input
        id={id}
        type="text"
        value={value}
        placeholder="example.com"
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
