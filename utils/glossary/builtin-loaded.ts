/**
 * The shipped glossary as the background reads it: a file of its own in the build (`glossary.json`, written by
 * wxt.config.ts from data/glossary, in the order of utils/glossary/builtin.ts), fetched and parsed the first time a
 * click needs it. Bundled into the worker's script instead, its megabyte would be decoded, compiled and run every
 * time the browser starts the worker, before the worker can even take the click that woke it.
 */
import { browser, type PublicPath } from 'wxt/browser';
import type { Entry } from './schema';

/** Where the build puts the file; not among the paths WXT knows of, as no source folder holds it. */
export const GLOSSARY_FILE = 'glossary.json';

let loading: Promise<readonly Entry[]> | undefined;

export function loadBuiltinEntries(): Promise<readonly Entry[]> {
  loading ??= fetch(browser.runtime.getURL(`/${GLOSSARY_FILE}` as PublicPath)).then(async (response) => {
    if (!response.ok) throw new Error(`the extension's ${GLOSSARY_FILE} could not be read (${response.status})`);
    return (await response.json()) as Entry[];
  });
  // A failed read is not kept: the next click tries again.
  loading.catch(() => (loading = undefined));
  return loading;
}
