/**
 * Texts by key, in the worker: the parts of a long text until it is asked for (`text-part`), so the page sends none
 * whole in one task of its thread — an article's text until its analysis and then its also-named list, or a page's
 * HTML until it is read (`read-article`). A few are kept, the oldest given up first (a sidebar closed before it asked
 * never asks).
 */
import type { AlsoNamedText } from '../messages';

const keptTexts = new Map<string, { parts: string[]; quoted: AlsoNamedText['quoted'] }>();
const TEXTS_KEPT = 4;

/** Keeps a whole text under `key` (a new key for an old one moves it to the back of the queue). */
export function keepText(key: string, { text, quoted }: AlsoNamedText): string {
  keptTexts.delete(key);
  if (keptTexts.size >= TEXTS_KEPT) keptTexts.delete(keptTexts.keys().next().value!);
  keptTexts.set(key, { parts: [text], quoted });
  return key;
}

/** One part more of the text sent under `key`. */
export function keepTextPart(key: string, part: string): void {
  const kept = keptTexts.get(key);
  if (kept) kept.parts.push(part);
  else keepText(key, { text: part, quoted: [] });
}

/** The text kept under `key`, whole; null when it is not kept here (the worker was stopped and started since). */
export function keptText(key: string): AlsoNamedText | null {
  const kept = keptTexts.get(key);
  return kept ? { text: kept.parts.join(''), quoted: kept.quoted } : null;
}

export function forgetText(key: string): void {
  keptTexts.delete(key);
}
