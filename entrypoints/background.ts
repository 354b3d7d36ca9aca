import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isToBackground } from '../utils/messages';
import { onToolbarClick, resetTab, showCannotRead, showCount } from '../utils/toolbar';

export default defineBackground(() => {
  browser.action.onClicked.addListener((tab) => void onToolbarClick(tab));

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void resetTab(tabId);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isToBackground(message)) return undefined;
    const tabId = sender.tab?.id;
    switch (message.type) {
      case 'show-count':
        return tabId === undefined ? undefined : showCount(tabId, message.framing);
      case 'closed':
        return tabId === undefined ? undefined : resetTab(tabId);
      case 'open-options':
        return browser.runtime.openOptionsPage();
      case 'cannot-read':
        return tabId === undefined ? undefined : showCannotRead(tabId, message.reason);
    }
  });
});
