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
import { LensSession } from '../../utils/page/session';
import { createTranslator } from '../../utils/ui/i18n';

/** How often an open session checks that the extension is still there (it may be updated or removed mid-page). */
const ALIVE_CHECK_MS = 2000;

export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const [settings, custom] = await Promise.all([loadSettings(), customEntriesItem.getValue()]);
    if (ctx.isInvalid) return;
    // A message to a background that is gone (extension updated or removed) means this session is orphaned.
    const tell = (message: Parameters<typeof sendToBackground>[0]) =>
      sendToBackground(message).catch(() => ctx.notifyInvalidated());

    const session = new LensSession({
      doc: document,
      entries: mergeGlossary(BUILTIN_ENTRIES, custom),
      settings,
      extensionVersion: browser.runtime.getManifest().version,
      translator: createTranslator((key, subs) => browser.i18n.getMessage(key as never, subs)),
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

    const onMessage = (message: unknown) => {
      if (!isToContent(message)) return undefined;
      if (session.isOpen) {
        session.close();
        return Promise.resolve({ open: false });
      }
      return session.open().then(() => ({ open: session.isOpen }));
    };
    browser.runtime.onMessage.addListener(onMessage);
    const unwatchSettings = settingsItem.watch((value) => session.update({ settings: withDefaults(value) }));
    const unwatchEntries = customEntriesItem.watch((value) =>
      session.update({ entries: mergeGlossary(BUILTIN_ENTRIES, value ?? []) }),
    );
    ctx.setInterval(() => undefined, ALIVE_CHECK_MS); // each tick re-checks ctx.isValid, which notices an orphaned script
    ctx.onInvalidated(() => {
      session.destroy();
      browser.runtime.onMessage?.removeListener(onMessage);
      unwatchSettings();
      unwatchEntries();
    });

    await session.open();
  },
});
