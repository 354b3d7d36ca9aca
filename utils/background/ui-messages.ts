/**
 * The UI's messages in the browser's language, read once per worker and handed to the script each click injects
 * (utils/lens-boot.ts): there, the first `i18n.getMessage` loads the message bundle into the tab, 3–4 ms on the way to
 * the sidebar's first paint (a trace of seed clicks). Every key of the English file, which holds them all; another
 * locale the browser picked answers for those it translates and falls back to English for the rest, as in the tab.
 */
import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';
import { UI_PLACEHOLDERS, type GetMessage } from '../ui/i18n';

let templates: Record<string, string> | undefined;

export function uiMessages(getMessage: GetMessage = (key, subs) => browser.i18n.getMessage(key as never, subs)): Record<string, string> {
  templates ??= Object.fromEntries(Object.keys(en).map((key) => [key, getMessage(key, UI_PLACEHOLDERS)]));
  return templates;
}
