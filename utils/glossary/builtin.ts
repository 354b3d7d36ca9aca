/**
 * The glossary shipped with the extension: every data file under data/glossary, bundled at build time. The build
 * validates them first (wxt.config.ts), so what ships here has passed the schema.
 */
import type { Entry } from './schema';

const files = import.meta.glob<Entry[]>('../../data/glossary/*.json', { eager: true, import: 'default' });

export const BUILTIN_ENTRIES: readonly Entry[] = Object.keys(files)
  .sort()
  .flatMap((name) => files[name]!);
