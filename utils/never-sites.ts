/**
 * The reader's "never on this site" list, as the toolbar click sees it: on a listed site the click opens nothing on
 * the page and says why, with a way to undo the choice.
 */
import { browser, type Browser } from 'wxt/browser';
import { settingsItem, withDefaults, type Settings } from './settings';
import { siteOf } from './sites';
import { extensionTranslator } from './ui/extension-i18n';

const NEVER_POPUP = 'never.html';

/**
 * The site to refuse a click on, or null. `settings` are the background's copy in memory (utils/background/boot-memory.ts),
 * so the check adds no storage read to a click.
 */
export function neverSiteOf(tab: Browser.tabs.Tab, settings: Settings): string | null {
  const site = siteOf(tab.url);
  return site !== null && settings.neverSites.includes(site) ? site : null;
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
