/**
 * Reading a file the reader imports (entries or a pack). A file larger than the extension's storage could ever keep
 * is refused before it is read: parsing and checking tens of megabytes would freeze the options page for seconds.
 */
import type { Translator } from './ui/i18n';

/** storage.local holds 10 MB for everything the extension keeps; a larger import could never be stored. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The problems an import lists at most; the count of all of them is said beside. */
export const PROBLEMS_SHOWN = 20;

export type ImportRead = { ok: true; text: string } | { ok: false; problem: string };

export async function readImport(file: Pick<File, 'name' | 'size' | 'text'>, i18n: Pick<Translator, 't' | 'lang'>): Promise<ImportRead> {
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = new Intl.NumberFormat(i18n.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(file.size / 1024 / 1024);
    return { ok: false, problem: i18n.t('import_too_large', file.name, mb) };
  }
  return { ok: true, text: await file.text() };
}
