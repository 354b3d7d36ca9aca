/** The UI's English strings as the browser would give them: the tests' stand-in for `browser.i18n.getMessage`. */
import { readFileSync } from 'node:fs';
import { createTranslator, type GetMessage, type Translator } from '../../utils/ui/i18n';

export type Messages = Record<string, { message: string }>;

export const EN_MESSAGES = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Messages;

/** The browser's lookup over one messages.json: $1…$9 substituted, '' for an unknown key. */
export function lookupIn(messages: Messages): GetMessage {
  return (key, subs) => {
    const message = messages[key]?.message;
    if (message === undefined) return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return message.replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
  };
}

export function enTranslator(): Translator {
  return createTranslator(lookupIn(EN_MESSAGES));
}
