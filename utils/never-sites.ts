/**
 * The reader's "never on this site" list, as the toolbar click sees it: on a listed site the click opens nothing on
 * the page and says why, with a way to undo the choice.
 */
import { browser, type Browser } from 'wxt/browser';
import { loadSettings, settingsItem, withDefaults } from './settings';
import { siteOf } from './sites';
import { extensionTranslator } from './ui/extension-i18n';

const NEVER_POPUP = 'never.html';

/**
 * Keeps the list in the background's memory, so the check adds no storage read to a click: the click goes on to
 * inject at once, as it did before the list existed. Until the list has loaded (just after the worker wakes), the
 * answer is a promise. Returns the check: the site to refuse, or null.
 */
export function watchNeverSites(): (tab: Browser.tabs.Tab) => string | null | Promise<string | null> {
  let sites: ReadonlySet<string> | null = null;
  const loaded = loadSettings().then((s) => {
    sites ??= new Set(s.neverSites);
  });
  settingsItem.watch((value) => {
    sites = new Set(withDefaults(value).neverSites);
  });
  const check = (tab: Browser.tabs.Tab) => {
    const site = siteOf(tab.url);
    return site !== null && sites!.has(site) ? site : null;
  };
  return (tab) => (sites ? check(tab) : loaded.then(() => check(tab)));
}

/** Tells the reader on the icon that they asked Framing Lens never to run on this site, with a popup to undo it. */
export async function showNeverSite(tabId: number, site: string): Promise<void> {
  const { t } = extensionTranslator();
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: t('never_badge') }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#6b7280' }),
    browser.action.setTitle({ tabId, title: t('never_title', site) }),
    browser.action.setPopup({ tabId, popup: `${NEVER_POPUP}?site=${encodeURIComponent(site)}&tab=${tabId}` }),
  ]);
  // Opening the popup needs a recent user gesture; where the browser refuses, the next click opens it.
  await browser.action.openPopup?.().catch(() => undefined);
}

/** Takes a site off the "never" list. */
export async function allowSiteAgain(site: string): Promise<void> {
  const settings = withDefaults(await settingsItem.getValue());
  await settingsItem.setValue({ ...settings, neverSites: settings.neverSites.filter((s) => s !== site) });
}
