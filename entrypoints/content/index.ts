/**
 * Injected into one tab when the reader clicks the toolbar icon (registration: runtime — it is declared for no page).
 * Wiring only: the session does the work. A newer injection of this script invalidates this one (WXT's context),
 * which tears everything down first, so two injections never double anything.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import css from '../../components/sidebar.css?inline';
import { BUILTIN_ENTRIES } from '../../utils/glossary/builtin';
import { mergeGlossary } from '../../utils/glossary/merge';
import { isToContent, sendToBackground } from '../../utils/messages';
import { customEntriesItem, loadSettings, settingsItem, withDefaults } from '../../utils/settings';
import { isAnotherPage } from '../../utils/page/navigation';
import { LensSession } from '../../utils/page/session';

/** How often an open session checks that the extension is still there (it may be updated or removed mid-page). */
const ALIVE_CHECK_MS = 2000;

export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  // Announcing each injection on the page's window would tell every page that the reader clicked, and who we are.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Listen before anything is awaited: a click that lands while the settings load must reach this script as a
    // toggle, not make the background inject a second copy. The injection itself was the reader's request to open.
    let openBeforeReady = true;
    let session: LensSession | null = null;
    const onMessage = (message: unknown) => {
      if (!isToContent(message)) return undefined;
      if (!session) {
        openBeforeReady = !openBeforeReady;
        return Promise.resolve({ open: openBeforeReady });
      }
      void session.toggle().catch(reportOpenFailure);
      return Promise.resolve({ open: session.isOpen });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      session?.destroy();
      browser.runtime.onMessage?.removeListener(onMessage);
    });

    const [settings, custom] = await Promise.all([loadSettings(), customEntriesItem.getValue()]);
    if (ctx.isInvalid) return;
    // A message to a background that is gone (extension updated or removed) means this session is orphaned.
    const tell = (message: Parameters<typeof sendToBackground>[0]) =>
      sendToBackground(message).catch(() => ctx.notifyInvalidated());

    session = new LensSession({
      doc: document,
      entries: mergeGlossary(BUILTIN_ENTRIES, custom),
      settings,
      extensionVersion: browser.runtime.getManifest().version,
      async mountUi() {
        const ui = await createShadowRootUi(ctx, {
          name: 'framing-lens-ui',
          position: 'inline',
          anchor: 'body',
          append: 'last',
          css,
          isolateEvents: true,
          onMount: (container) => container,
        });
        ui.mount();
        return { container: ui.uiContainer, host: ui.shadowHost, remove: () => ui.remove() };
      },
      onCount: (framing) => void tell({ type: 'show-count', framing }),
      onClosed: () => void tell({ type: 'closed' }),
      openSettings: () => void tell({ type: 'open-options' }),
    });

    const live = session;
    const unwatchSettings = settingsItem.watch((value) => live.update({ settings: withDefaults(value) }));
    const unwatchEntries = customEntriesItem.watch((value) =>
      live.update({ entries: mergeGlossary(BUILTIN_ENTRIES, value ?? []) }),
    );
    // A single-page app that moves to another story keeps this script, but the findings belong to the story it left.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      if (isAnotherPage(event.oldUrl, event.newUrl)) live.close();
    });
    ctx.setInterval(() => undefined, ALIVE_CHECK_MS); // each tick re-checks ctx.isValid, which notices an orphaned script
    ctx.onInvalidated(() => {
      unwatchSettings();
      unwatchEntries();
    });

    // Not awaited: the background waits for this script to finish loading, and the next click must not wait for the
    // analysis. The session itself orders clicks that arrive while it opens.
    if (openBeforeReady) void session.open().catch(reportOpenFailure);
  },
});

function reportOpenFailure(error: unknown): void {
  console.error('Framing Lens could not open its sidebar on this page.', error);
}
