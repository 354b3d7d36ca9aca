/**
 * Injected into one tab when the reader clicks the toolbar icon (registration: runtime — it is declared for no page).
 * Wiring only: the session does the work. A newer injection of this script invalidates this one (WXT's context),
 * which tears everything down first, so two injections never double anything.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import css from '../../components/sidebar.css?inline';
import { BUILTIN_ENTRIES } from '../../utils/glossary/builtin';
import { applyExemptions, mergeGlossary } from '../../utils/glossary/merge';
import type { Entry } from '../../utils/glossary/schema';
import { isToContent, sendToBackground } from '../../utils/messages';
import { customEntriesItem, loadSettings, settingsItem, withDefaults, type Settings } from '../../utils/settings';
import { autoSitesItem, siteOf, takeAutoRunMarker } from '../../utils/sites';
import { LensSession } from '../../utils/page/session';

/** How often an open session checks that the extension is still there (it may be updated or removed mid-page). */
const ALIVE_CHECK_MS = 2000;

export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const automatic = takeAutoRunMarker();
    let [settings, custom, autoSites] = await Promise.all([loadSettings(), customEntriesItem.getValue(), autoSitesItem.getValue()]);
    if (ctx.isInvalid) return;
    // The reader's entries on top of the built-in ones, minus what they chose not to see highlighted on this site.
    const site = siteOf(location.href);
    const glossaryOf = (s: Settings, own: Entry[]) => applyExemptions(mergeGlossary(BUILTIN_ENTRIES, own), s.exemptions, site);
    // A message to a background that is gone (extension updated or removed) means this session is orphaned.
    const tell = (message: Parameters<typeof sendToBackground>[0]) =>
      sendToBackground(message).catch(() => ctx.notifyInvalidated());

    const session = new LensSession({
      doc: document,
      entries: glossaryOf(settings, custom),
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
      runHere: site && !autoSites.includes(site) ? () => void tell({ type: 'open-options', site }) : undefined,
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
    const unwatchSettings = settingsItem.watch((value) => {
      const previous = settings;
      settings = withDefaults(value);
      const exemptionsChanged = JSON.stringify(previous.exemptions) !== JSON.stringify(settings.exemptions);
      session.update({ settings, ...(exemptionsChanged ? { entries: glossaryOf(settings, custom) } : {}) });
    });
    const unwatchEntries = customEntriesItem.watch((value) => {
      custom = value ?? [];
      session.update({ entries: glossaryOf(settings, custom) });
    });
    ctx.setInterval(() => undefined, ALIVE_CHECK_MS); // each tick re-checks ctx.isValid, which notices an orphaned script
    ctx.onInvalidated(() => {
      session.destroy();
      browser.runtime.onMessage?.removeListener(onMessage);
      unwatchSettings();
      unwatchEntries();
    });

    // Opened by itself (a site the reader allowed), it shows only on an article; on other pages a click still opens it.
    if (automatic && !isProbablyReaderable(document)) return;
    await session.open();
  },
});
