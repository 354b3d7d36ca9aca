/**
 * The reader's settings, defined once as versioned storage items. Each item starts at version 1; a future change
 * of shape bumps its version and adds a migration here, so a reader's stored choices are never lost.
 */
import { storage } from 'wxt/utils/storage';
import type { Entry } from './glossary/schema';
import { TERM_CATEGORIES } from './glossary/schema';

export type TermCategory = (typeof TERM_CATEGORIES)[number];

export interface Settings {
  /** Highlight named actors (groups, people, outlets) as well as framing words. */
  showActors: boolean;
  /** Show a card when the pointer rests on a highlight. */
  hoverCards: boolean;
  /** Term categories the reader has switched off: they are neither highlighted nor listed. */
  hiddenCategories: TermCategory[];
  /** How highlights look in the page. */
  highlightStyle: 'underline' | 'tint';
}

export const DEFAULT_SETTINGS: Settings = {
  showActors: true,
  hoverCards: true,
  hiddenCategories: [],
  highlightStyle: 'underline',
};

/** Small and worth following the reader between machines: sync storage. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The reader's own glossary entries, imported on the options page. Can be large: local storage. */
export const customEntriesItem = storage.defineItem<Entry[]>('local:custom-entries', {
  fallback: [],
  version: 1,
});

/** Fill in settings stored by an older build that lacked a field, and drop unknown ones. */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  const s = { ...DEFAULT_SETTINGS, ...stored };
  return {
    showActors: Boolean(s.showActors),
    hoverCards: Boolean(s.hoverCards),
    hiddenCategories: s.hiddenCategories.filter((c): c is TermCategory =>
      (TERM_CATEGORIES as readonly string[]).includes(c),
    ),
    highlightStyle: s.highlightStyle === 'tint' ? 'tint' : 'underline',
  };
}

export async function loadSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}
