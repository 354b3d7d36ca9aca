/**
 * A pack: the reader's own glossary and settings in one JSON file, to keep or to share. Reading one checks it whole
 * — settings, every entry, clashes with the built-in glossary — and returns either a pack to store or every problem
 * with where it is. docs/pack-format.md describes the format.
 */
import * as v from 'valibot';
import { TERM_CATEGORIES, type Entry } from './glossary/schema';
import { issuePath, pathStep, plainIssue, problemAt } from './glossary/plain-problems';
import { checkCustomEntries, notJson } from './glossary/validate';
import {
  customEntriesItem,
  DEFAULT_SETTINGS,
  HIGHLIGHT_LOOKS,
  settingsItem,
  SIDEBAR_SIDES,
  SIDEBAR_WIDTH,
  TEXT_SIZES,
  THEMES,
  WATCH_LEVEL_SETTINGS,
  type Settings,
} from './settings';
import type { Phrase } from './ui/i18n';

export const PACK_FORMAT = 'framing-lens-pack';
/** Bumped when a pack's shape changes; a pack with a higher number comes from a newer build. */
export const PACK_VERSION = 1;

export interface Pack {
  format: typeof PACK_FORMAT;
  version: number;
  /** When the pack was written (ISO 8601). */
  exported: string;
  settings: Settings;
  entries: Entry[];
}

const Site = v.pipe(v.string(), v.regex(/^[a-z0-9.-]+$/, 'problem_write_site'));

const SettingsSchema = v.object({
  showActors: v.boolean(),
  hoverCards: v.boolean(),
  hiddenCategories: v.array(v.picklist(TERM_CATEGORIES)),
  highlight: v.object({ framing: v.picklist(HIGHLIGHT_LOOKS), context: v.picklist(HIGHLIGHT_LOOKS) }),
  sidebarSide: v.picklist(SIDEBAR_SIDES),
  sidebarWidth: v.pipe(v.number(), v.integer(), v.minValue(SIDEBAR_WIDTH.min), v.maxValue(SIDEBAR_WIDTH.max)),
  theme: v.picklist(THEMES),
  textSize: v.picklist(TEXT_SIZES),
  exemptions: v.array(
    v.object({ kind: v.picklist(['word', 'entry']), value: v.pipe(v.string(), v.trim(), v.minLength(1)), site: v.optional(Site) }),
  ),
  neverSites: v.array(Site),
  // Packs written before the words-to-watch setting lack it: they take the default.
  watchLevel: v.optional(v.picklist(WATCH_LEVEL_SETTINGS), 'default'),
});

export function buildPack(settings: Settings, entries: readonly Entry[], now = new Date()): Pack {
  return { format: PACK_FORMAT, version: PACK_VERSION, exported: now.toISOString(), settings, entries: [...entries] };
}

export function packFileName(now = new Date()): string {
  return `framing-lens-pack-${now.toISOString().slice(0, 10)}.json`;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; problems: Phrase[]; newer?: boolean };

export function parsePack(json: string, builtin: readonly Entry[]): PackResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [notJson(error)] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== PACK_FORMAT) {
    return {
      ok: false,
      problems: [
        Array.isArray(data)
          ? { key: 'pack_is_entry_list', subs: [{ key: 'import_entries' }] }
          : { key: 'pack_not_a_pack', subs: [`"format": "${PACK_FORMAT}"`] },
      ],
    };
  }
  const raw = data as Record<string, unknown>;
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: [problemAt('version', { key: 'pack_no_version' })] };
  }
  if (version > PACK_VERSION) {
    return {
      ok: false,
      newer: true,
      problems: [{ key: 'pack_newer', subs: [version, PACK_VERSION] }],
    };
  }
  const problems: Phrase[] = [];
  const settings = v.safeParse(SettingsSchema, raw.settings);
  if (!settings.success) {
    for (const issue of settings.issues) {
      // Settings are named as the file names them: the pack format is what a reader fixing the file sees.
      const where = issuePath(issue).split('.').filter(Boolean).reduce<string | Phrase>(pathStep, 'settings');
      problems.push(problemAt(where, plainIssue(issue)));
    }
  }
  let entries: Entry[] = [];
  if (!Array.isArray(raw.entries)) problems.push(problemAt('entries', { key: 'pack_no_entry_list' }));
  else if (raw.entries.length > 0) {
    const checked = checkCustomEntries(raw.entries, builtin);
    if (checked.ok) entries = checked.entries;
    else problems.push(...checked.problems.map((p) => pathStep('entries', p)));
  }
  if (typeof raw.exported !== 'string') problems.push(problemAt('exported', { key: 'pack_no_date' }));
  if (problems.length > 0 || !settings.success) return { ok: false, problems };
  return { ok: true, pack: { format: PACK_FORMAT, version, exported: raw.exported as string, settings: settings.output, entries } };
}

/**
 * Stores a pack's settings and entries together. They live in two storage areas (settings sync, entries stay local),
 * which the browser cannot write in one step: if the second write fails, the first is undone, so the reader keeps
 * exactly what they had. The error is rethrown for the page to show.
 */
export async function storeSettingsAndEntries(settings: Settings, entries: readonly Entry[]): Promise<void> {
  const previousEntries = await customEntriesItem.getValue();
  await customEntriesItem.setValue([...entries]);
  try {
    await settingsItem.setValue(settings);
  } catch (error) {
    await customEntriesItem.setValue(previousEntries);
    throw error;
  }
}

/** Back to a fresh install's glossary and settings. */
export function resetSettingsAndEntries(): Promise<void> {
  return storeSettingsAndEntries(DEFAULT_SETTINGS, []);
}
