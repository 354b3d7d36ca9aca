/**
 * What a toolbar click hands the script it injects, just ahead of it: the reader's settings and the sites Framing Lens
 * runs on by itself, as the background holds them in memory. With them the script paints the sidebar's shell as soon
 * as it has loaded; reading them from storage first left the page idle for a round trip (15–20 ms of the seed's
 * click, see docs/architecture.md, "One click"). The hand-over is a global of the extension's isolated world, which no
 * page can read or write; a script that finds none (an automatic run, or a hand-over that came late) reads storage.
 */
import type { Settings } from './settings';

export interface LensBoot {
  settings: Settings;
  autoSites: string[];
  /**
   * The UI's messages in the browser's language, as templates (utils/ui/i18n.ts `fillTemplates`): the script's first
   * `i18n.getMessage` loads the message bundle into the tab, 3–4 ms before the sidebar's first paint.
   */
  messages?: Record<string, string>;
}

/**
 * Leaves the boot for the script about to be injected. It runs in the tab through `scripting.executeScript({ func })`,
 * which sends its source alone: it must name nothing outside itself (hence the global's name written out here and in
 * takeBoot).
 */
export function leaveBoot(boot: LensBoot): void {
  (globalThis as Record<string, unknown>).__framingLensBoot = boot;
}

/**
 * The boot left for this script, if any; taking it clears it, so a later injection never finds an old one. The
 * settings come as stored, to be completed with `withDefaults` by the caller (this module reads no storage, so the
 * background's click handling can import it without defining the storage items).
 */
export function takeBoot(): { settings: Partial<Settings> | undefined; autoSites: string[]; messages?: Record<string, string> } | null {
  const scope = globalThis as Record<string, unknown>;
  const boot = scope.__framingLensBoot as Partial<LensBoot> | undefined;
  delete scope.__framingLensBoot;
  if (typeof boot !== 'object' || boot === null || !Array.isArray(boot.autoSites)) return null;
  const messages = boot.messages;
  const allText = typeof messages === 'object' && messages !== null && Object.values(messages).every((m) => typeof m === 'string');
  return {
    settings: boot.settings,
    autoSites: boot.autoSites.filter((s): s is string => typeof s === 'string'),
    ...(allText ? { messages } : {}),
  };
}
