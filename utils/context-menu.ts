/**
 * "Explain with Framing Lens" on selected text. The menu item opens a small window with the glossary's card for the
 * selection, or, when the glossary does not know it, an offer to add it to the reader's own glossary.
 */
import { browser, type Browser } from 'wxt/browser';

export const EXPLAIN_MENU_ID = 'framing-lens-explain';
/** Longer selections are not a word or a name: the card would have nothing to say about them. */
export const MAX_SELECTION = 120;

/** Menus persist across browser restarts but not across updates: recreate on install and update. */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: EXPLAIN_MENU_ID, title: 'Explain with Framing Lens', contexts: ['selection'] });
}

export function explainerUrl(selection: string): string {
  const text = selection.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION);
  return browser.runtime.getURL(`/explain.html?text=${encodeURIComponent(text)}`);
}

export async function onContextMenuClick(info: Browser.contextMenus.OnClickData): Promise<void> {
  if (info.menuItemId !== EXPLAIN_MENU_ID || !info.selectionText?.trim()) return;
  const url = explainerUrl(info.selectionText);
  try {
    await browser.windows.create({ url, type: 'popup', width: 440, height: 600 });
  } catch {
    await browser.tabs.create({ url }); // browsers without popup windows (Firefox for Android)
  }
}
