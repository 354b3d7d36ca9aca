import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createContextMenu, onContextMenuClick } from '../utils/context-menu';
import { isToBackground } from '../utils/messages';
import { rememberBoot } from '../utils/background/boot-memory';
import { keepTextPart } from '../utils/background/kept-texts';
import { readArticle, readerWanted } from '../utils/background/reader';
import { uiMessages } from '../utils/background/ui-messages';
import { neverSiteOf, showNeverSite } from '../utils/never-sites';
import { reconcileAutoRun } from '../utils/sites';
import { recordProblem } from '../utils/problems';
import { clickTally, onToolbarClick, queueClick, resetTab, showCannotRead, showCount, toggleOrInject } from '../utils/toolbar';

/**
 * The analysis room, evaluated when a click first needs it rather than when the browser starts the worker: a click
 * that wakes the worker is taken, and the script injected, before the core and its word lists are set up, which then
 * happens while the page loads the script (the bundle keeps it in this file; nothing is fetched).
 */
const analysis = () => import('../utils/background/analysis');

/** A click: the sidebar, or a message on a site the reader asked never to run on. */
async function click(tab: Browser.tabs.Tab, tabId: number, remembered: ReturnType<typeof rememberBoot>): Promise<void> {
  const boot = await remembered();
  const refused = neverSiteOf(tab, boot.settings);
  if (refused !== null) return showNeverSite(tabId, refused);
  // The matcher is built once the injection is under way, while the browser loads the script and Readability reads
  // the page: not after the page asks for it, and not before the injection, which it would hold up. A warm-up that
  // fails costs nothing: the analysis itself then says what went wrong.
  await toggleOrInject(tabId, { injecting: () => void analysis().then((room) => room.warmUp(tab.url)).catch(() => undefined), boot: { ...boot, messages: uiMessages() } });
}

export default defineBackground(() => {
  // The keyboard shortcut is the action's command, so it arrives here as a click too. A site on the reader's "never"
  // list gets a message instead of the sidebar.
  const remembered = rememberBoot();
  // Queued at once, before any check is awaited: a click whose check waits for the settings to load must not be
  // overtaken by the next one.
  browser.action.onClicked.addListener((tab) => {
    const tabId = tab.id;
    if (tabId !== undefined) void queueClick(tabId, () => click(tab, tabId, remembered));
  });
  Object.assign(globalThis, { framingLensClicks: clickTally });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void resetTab(tabId);
  });

  browser.runtime.onInstalled.addListener(() => void createContextMenu());
  browser.contextMenus.onClicked.addListener((info) => void onContextMenuClick(info));

  // The reader may revoke a site's permission in the browser's own settings: its registration goes with it.
  browser.permissions.onRemoved.addListener(() => void reconcileAutoRun());
  browser.runtime.onStartup.addListener(() => void reconcileAutoRun());

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isToBackground(message)) return undefined;
    const tabId = sender.tab?.id;
    switch (message.type) {
      case 'show-count':
        return tabId === undefined ? undefined : showCount(tabId, message.framing);
      case 'closed':
        return tabId === undefined ? undefined : resetTab(tabId);
      case 'analyse-tab':
        // The click that opened the popup granted activeTab for this tab, so the usual injection works.
        return browser.tabs.get(message.tabId).then((tab) => onToolbarClick(tab));
      case 'open-options':
        return message.site === undefined
          ? browser.runtime.openOptionsPage()
          : browser.tabs.create({ url: browser.runtime.getURL(`/options.html#site=${encodeURIComponent(message.site)}`) }).then(() => undefined);
      case 'analyse':
        return analysis().then((room) => room.analyseText(message));
      case 'also-named':
        return analysis().then((room) => room.alsoNamedIn(message));
      case 'text-part':
        return Promise.resolve(keepTextPart(message.key, message.part));
      case 'read-article':
        return readArticle(message);
      case 'reader-wanted':
        return readerWanted();
      case 'cannot-read':
        void recordProblem(message.reason).catch(() => undefined); // a full storage must not hide the message itself
        return tabId === undefined ? undefined : showCannotRead(tabId, message.reason);
    }
  });
});
