/**
 * Injected into one tab when the reader clicks the toolbar icon; declared for no page. Wiring only: the session does
 * the work. A plain script rather than a framework content script, so that nothing the page can see or send takes
 * part in its lifecycle: a newer injection finds the older copy's teardown in the extension's own isolated world,
 * which no page can reach, and nothing is announced on the page's window or document.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import css from '../../components/sidebar.css?inline';
import { isToContent, sendToBackground, type ToBackgroundMessage } from '../../utils/messages';
import { takeBoot } from '../../utils/lens-boot';
import { customEntriesItem, loadSettings, settingsItem, withDefaults } from '../../utils/settings';
import { autoSitesItem, siteOf, takeAutoRunMarker } from '../../utils/sites';
import { whyUnreadable } from '../../utils/page/readable';
import { LensSession } from '../../utils/page/session';
import { mountUiHost } from '../../utils/page/ui-host';
import { watchPage } from '../../utils/page/watch';
import { createTranslator, fillTemplates } from '../../utils/ui/i18n';

/** Where each copy of this script leaves its teardown, in the isolated world's globals. */
const CURRENT = Symbol.for('framing-lens.current');
type World = typeof globalThis & { [CURRENT]?: () => void };

export default defineUnlistedScript(() => start());

async function start(): Promise<void> {
  // Injected by a site's registration (a site the reader lets it run on by itself) rather than by a click.
  const automatic = takeAutoRunMarker();
  const world = globalThis as World;
  world[CURRENT]?.();
  const cleanups: Array<() => void> = [];
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const cleanup of cleanups.splice(0).toReversed()) {
      // In an orphaned script the extension APIs throw ("Extension context invalidated"): the page is cleaned anyway.
      try {
        cleanup();
      } catch {
        // nothing more to undo for this one
      }
    }
    if (world[CURRENT] === stop) delete world[CURRENT];
  };
  world[CURRENT] = stop;
  // A message to a background that is gone (extension updated or removed) means this copy is orphaned.
  const tell = (message: ToBackgroundMessage) => sendToBackground(message).catch(stop);

  const unreadable = whyUnreadable(document);
  if (unreadable) {
    // Nothing to open: say why on the icon, and leave the page as it was. The next click asks again.
    stop();
    if (!automatic) void tell({ type: 'cannot-read', reason: unreadable });
    return;
  }

  // Listen before anything is awaited: a click that lands while the settings load must reach this script as a
  // toggle, not make the background inject a second copy. The injection itself was the reader's request to open.
  // Opened by itself, it shows only on an article; on other pages of the site a click still opens it.
  let openBeforeReady = !automatic || isProbablyReaderable(document);
  let session: LensSession | null = null;
  const cannotOpen = (error: unknown) => {
    console.error('Framing Lens could not open its sidebar on this page.', error);
    void tell({ type: 'cannot-read', reason: 'ui' });
  };
  const onMessage = (message: unknown) => {
    if (!isToContent(message)) return undefined;
    if (!session) {
      openBeforeReady = !openBeforeReady;
      return Promise.resolve({ open: openBeforeReady });
    }
    void session.toggle().catch(cannotOpen);
    // A click that cancels an opening before the sidebar showed gets no onClosed: the script ends here instead.
    if (!session.isOpen) stop();
    return Promise.resolve({ open: session.isOpen });
  };
  browser.runtime.onMessage.addListener(onMessage);
  cleanups.push(() => browser.runtime.onMessage?.removeListener(onMessage));

  // Handed over by the click that injected this script (utils/lens-boot.ts); an automatic run reads storage.
  const boot = automatic ? null : takeBoot();
  const [settings, autoSites] = boot ? [withDefaults(boot.settings), boot.autoSites] : await Promise.all([loadSettings(), autoSitesItem.getValue()]);
  if (stopped) return;
  const site = siteOf(location.href);

  const live = new LensSession({
    doc: document,
    // The glossary, the reader's own entries and this site's exemptions are applied where the matcher lives.
    analyse: (request) => sendToBackground<'analyse'>({ type: 'analyse', site, ...request }),
    alsoNamed: (request) => sendToBackground<'also-named'>({ type: 'also-named', site, ...request }),
    textPart: (key, part) => sendToBackground<'text-part'>({ type: 'text-part', key, part }),
    readArticle: (request) => sendToBackground<'read-article'>({ type: 'read-article', ...request }),
    readerWanted: () => sendToBackground<'reader-wanted'>({ type: 'reader-wanted' }),
    settings,
    extensionVersion: browser.runtime.getManifest().version,
    // The messages handed over with the click spare the tab its first load of the message bundle.
    translator: createTranslator(boot?.messages ? fillTemplates(boot.messages) : (key, subs) => browser.i18n.getMessage(key as never, subs)),
    mountUi: async () => mountUiHost(document, css),
    onCount: (framing) => void tell({ type: 'show-count', framing }),
    // However it was closed, the script ends with the sidebar: none of its code or state stays in the page's memory
    // while the reader reads on. The next click injects it afresh.
    onClosed: () => {
      void tell({ type: 'closed' });
      stop();
    },
    openSettings: () => void tell({ type: 'open-options' }),
    runHere: site && !autoSites.includes(site) ? () => void tell({ type: 'open-options', site }) : undefined,
  });
  session = live;
  cleanups.push(() => live.destroy());

  const unwatchSettings = settingsItem.watch((value) => live.update(withDefaults(value)));
  // The background's copy can trail a change made just before the click: storage has the last word, once it answers.
  if (boot) {
    void loadSettings().then((stored) => {
      if (!stopped && JSON.stringify(stored) !== JSON.stringify(settings)) live.update(stored);
    }, stop);
  }
  const unwatchEntries = customEntriesItem.watch(() => live.update());
  cleanups.push(unwatchSettings, unwatchEntries);
  // A single-page app that moves to another story keeps this script, but the findings belong to the story it left.
  cleanups.push(watchPage(window, extensionIsThere, { gone: stop, moved: () => live.close() }));

  // Not awaited: the background waits for this script to finish loading, and the next click must not wait for the
  // analysis. The session itself orders clicks that arrive while it opens.
  if (openBeforeReady) void live.open().catch(cannotOpen);
}

/** After an update or removal, an orphaned script's runtime has no id. */
function extensionIsThere(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}
