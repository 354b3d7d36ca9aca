/**
 * The reader's "never on this site" list, as the toolbar click sees it: on a listed site the click opens nothing on
 * the page and says why, with a way to undo the choice.
 */
import { browser, type Browser } from 'wxt/browser';
import { loadSettings, settingsItem, withDefaults } from './settings';
import { siteOf } from './sites';

const NEVER_POPUP = 'never.html';

/** Whether the reader has asked Framing Lens never to run on this tab's site; if so, tells them on the icon. */
export async function refuseOnNeverSite(tab: Browser.tabs.Tab): Promise<boolean> {
  const site = siteOf(tab.url);
  if (site === null || tab.id === undefined) return false;
  const { neverSites } = await loadSettings();
  if (!neverSites.includes(site)) return false;
  const tabId = tab.id;
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: 'off' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#6b7280' }),
    browser.action.setTitle({ tabId, title: `Framing Lens is off on ${site}: you asked it never to run there.` }),
    browser.action.setPopup({ tabId, popup: `${NEVER_POPUP}?site=${encodeURIComponent(site)}&tab=${tabId}` }),
  ]);
  // Opening the popup needs a recent user gesture; where the browser refuses, the next click opens it.
  await browser.action.openPopup?.().catch(() => undefined);
  return true;
}

/** Takes a site off the "never" list. */
export async function allowSiteAgain(site: string): Promise<void> {
  const settings = withDefaults(await settingsItem.getValue());
  await settingsItem.setValue({ ...settings, neverSites: settings.neverSites.filter((s) => s !== site) });
}
