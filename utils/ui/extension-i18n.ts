/**
 * The translator for the extension's own pages and its background: the browser's lookup in the locale files, and
 * an extension page's language, direction and title set from the same file.
 */
import { browser } from 'wxt/browser';
import { createTranslator, type MessageKey, type Translator } from './i18n';

export function extensionTranslator(): Translator {
  return createTranslator((key, subs) => browser.i18n.getMessage(key as never, subs));
}

/** An extension page speaks the locale file's language and direction, whatever the browser's own, under its title. */
export function localisePage(doc: Document, i18n: Translator, title: MessageKey): void {
  doc.documentElement.lang = i18n.lang;
  doc.documentElement.dir = i18n.dir;
  doc.title = i18n.t(title);
}
