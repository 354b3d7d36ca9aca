/**
 * What a toolbar click does in the background: toggle the sidebar when the content script is already in the tab,
 * inject it otherwise, and tell the reader plainly when the browser forbids extensions on the page.
 */
import { browser, type Browser } from 'wxt/browser';
import { leaveBoot, type LensBoot } from './lens-boot';
import { sendToTab, type CannotRead } from './messages';

/** The script a click injects (entrypoints/lens). */
export const CONTENT_SCRIPT = '/lens.js';
/**
 * The activeTab grant can land a moment after the click event, later on a busy machine: retry after these pauses
 * before telling the reader the page is out of reach (where it truly is, that costs them 0.6 s).
 */
const GRANT_RETRY_MS = [50, 150, 400];
const UNAVAILABLE_POPUP = 'unavailable.html';

/** Per tab, the clicks still being handled: each waits for the one before it. */
const pending = new Map<number, Promise<void>>();
/** Clicks received and clicks handled to the end, since the worker started; equal when no click is in flight. */
const tally = { received: 0, handled: 0 };

/**
 * Clicks on one tab are handled one after another, so a quick second click reaches the script the first one is
 * injecting (as a toggle) instead of injecting a second copy: any run of clicks ends where the last one asked.
 * `work` is everything the click does, checks included, so no click can overtake one whose check is still loading.
 */
export function queueClick(tabId: number, work: () => Promise<void>): Promise<void> {
  tally.received += 1;
  const handled = (pending.get(tabId) ?? Promise.resolve()).then(work);
  const settled = handled.catch(() => undefined).then(() => {
    tally.handled += 1;
  });
  pending.set(tabId, settled);
  void settled.then(() => {
    if (pending.get(tabId) === settled) pending.delete(tabId);
  });
  return handled;
}

/**
 * How many clicks have arrived and how many are done with. Nothing on screen tells a click that re-opened the
 * sidebar from one still on its way, so the real-browser tests read this from the worker's global scope (which no
 * page can reach) to know that every click they sent has been handled.
 */
export function clickTally(): Readonly<typeof tally> {
  return { ...tally };
}

/** Toggles the sidebar when the script is in the tab, injects it otherwise; in turn with the tab's other clicks. */
export function onToolbarClick(tab: Browser.tabs.Tab): Promise<void> {
  const tabId = tab.id;
  return tabId === undefined ? Promise.resolve() : queueClick(tabId, () => toggleOrInject(tabId));
}

/**
 * `injecting` runs as soon as an injection has been asked of the browser, while it loads the script; `boot` is handed
 * to the script just ahead of it (utils/lens-boot.ts).
 */
export async function toggleOrInject(tabId: number, { injecting = () => {}, boot }: { injecting?: () => void; boot?: LensBoot } = {}): Promise<void> {
  try {
    await sendToTab<'toggle'>(tabId, { type: 'toggle' });
    return;
  } catch {
    // No content script answered: this tab has not been analysed since it loaded.
  }
  try {
    await injectWithRetry(tabId, injecting, boot);
  } catch {
    await showCannotRead(tabId, 'forbidden');
  }
}

async function injectWithRetry(tabId: number, injecting: () => void, boot: LensBoot | undefined): Promise<void> {
  const inject = () => {
    // Asked first and not awaited: the browser reads the script's file before running it, so the hand-over lands
    // ahead of it without a round trip of its own; should it come late, the script reads storage itself.
    if (boot) void browser.scripting.executeScript({ target: { tabId }, func: leaveBoot, args: [boot] }).catch(() => undefined);
    const injected = browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    injecting();
    return injected;
  };
  for (const pause of GRANT_RETRY_MS) {
    try {
      await inject();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
  await inject();
}

/**
 * Tells the reader plainly why nothing opened: "!" on the icon, a title, and a popup that explains (opened at once
 * where the browser allows it, else on the next click). Browsers keep extensions out of their own pages and stores.
 */
export async function showCannotRead(tabId: number, reason: CannotRead): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '!' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#6b7280' }),
    browser.action.setTitle({ tabId, title: browser.i18n.getMessage(`cannot_read_${reason.replaceAll('-', '_')}` as never) }),
    browser.action.setPopup({ tabId, popup: `${UNAVAILABLE_POPUP}?reason=${reason}` }),
  ]);
  // Opening the popup needs a recent user gesture; where the browser refuses, the next click opens it.
  await browser.action.openPopup?.().catch(() => undefined);
}

/** A tab that navigates starts fresh: no badge, no "unavailable" popup from the page it left. */
export async function resetTab(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: '' }),
    browser.action.setPopup({ tabId, popup: '' }),
  ]).catch(() => undefined); // the tab may already be gone
}

export async function showCount(tabId: number, framing: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#c2410c' });
  await browser.action.setBadgeText({ tabId, text: framing > 0 ? String(framing) : '' });
}
