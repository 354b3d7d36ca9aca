import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createContextMenu, onContextMenuClick } from '../utils/context-menu';
import { isToBackground } from '../utils/messages';
import { showNeverSite, watchNeverSites } from '../utils/never-sites';
import { reconcileAutoRun } from '../utils/sites';
import { recordProblem } from '../utils/problems';
import { onToolbarClick, resetTab, showCannotRead, showCount } from '../utils/toolbar';

function click(tab: Browser.tabs.Tab, refused: string | null): Promise<void> {
  return refused === null || tab.id === undefined ? onToolbarClick(tab) : showNeverSite(tab.id, refused);
}

export default defineBackground(() => {
  // The keyboard shortcut is the action's command, so it arrives here as a click too. A site on the reader's "never"
  // list gets a message instead of the sidebar.
  const neverSite = watchNeverSites();
  browser.action.onClicked.addListener((tab) => {
    const refused = neverSite(tab);
    void (refused instanceof Promise ? refused.then((site) => click(tab, site)) : click(tab, refused));
  });

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
      case 'cannot-read':
        void recordProblem(message.reason).catch(() => undefined); // a full storage must not hide the message itself
        return tabId === undefined ? undefined : showCannotRead(tabId, message.reason);
    }
  });
});
