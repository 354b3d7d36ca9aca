/** Storage failures in words a reader can act on. */
import type { Translator } from './ui/i18n';

export function saveErrorMessage(error: unknown, { t }: Pick<Translator, 't'>): string {
  const text = error instanceof Error ? error.message : String(error);
  // Chrome words its write-rate limit as a quota too, so it is recognised first.
  if (/MAX_WRITE_OPERATIONS|rate/i.test(text)) return t('storage_rate_limited');
  if (/quota/i.test(text)) return t('storage_full');
  return t('storage_failed', text);
}
