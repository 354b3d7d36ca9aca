/** The UI's English strings as the browser would give them: the tests' stand-in for `browser.i18n.getMessage`. */
export { EN_MESSAGES, englishTranslator as enTranslator, type Messages } from '../../scripts/lib/english';
export { lookupIn } from '../../utils/ui/i18n';
