/**
 * The UI's English strings as the browser would give them, for the build, the scripts and the tests: problems the
 * glossary checks find are phrases (message names), worded here from the same locale file the extension ships.
 */
import { readFileSync } from 'node:fs';
import { createTranslator, lookupIn, type Translator } from '../../utils/ui/i18n';

export type Messages = Record<string, { message: string }>;

/** Read from the project's root, where the build, the scripts and the tests run (as the glossary files are). */
export const EN_MESSAGES = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Messages;

export function englishTranslator(): Translator {
  return createTranslator(lookupIn(EN_MESSAGES));
}
