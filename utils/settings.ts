/**
 * The reader's settings, defined once as versioned storage items. Each item started at version 1; a change of shape
 * bumps its version and adds a migration here, so a reader's stored choices are never lost.
 */
import { storage } from 'wxt/utils/storage';
import type { Entry } from './glossary/schema';
import { TERM_CATEGORIES } from './glossary/schema';

export type TermCategory = (typeof TERM_CATEGORIES)[number];

/** How one kind of highlight looks in the page; "off" keeps it listed in the sidebar but unmarked in the text. */
export const HIGHLIGHT_LOOKS = ['underline', 'tint', 'off'] as const;
export type HighlightLook = (typeof HIGHLIGHT_LOOKS)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const TEXT_SIZES = ['small', 'medium', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
/** `auto`: the end of the page's lines (right on left-to-right pages, left on right-to-left ones). */
export const SIDEBAR_SIDES = ['auto', 'right', 'left'] as const;
export type SidebarSide = (typeof SIDEBAR_SIDES)[number];
/** Pixels; the sidebar is never so narrow that a card's facts wrap word by word, nor wider than half a laptop screen. */
export const SIDEBAR_WIDTH = { min: 300, max: 600 } as const;

/** How many words to watch the analysis shows: none, the clearly loaded ones, or also those often used fairly. */
export const WATCH_LEVEL_SETTINGS = ['off', 'default', 'more'] as const;
export type WatchLevelSetting = (typeof WATCH_LEVEL_SETTINGS)[number];

/** A word or a whole entry the reader does not want highlighted, everywhere or on one site. */
export interface Exemption {
  kind: 'word' | 'entry';
  /** The word as the reader typed it, or the entry's id. */
  value: string;
  /** A site (hostname without "www."); absent means everywhere. */
  site?: string;
}

export interface Settings {
  /** Highlight named actors (groups, people, outlets) as well as framing words. */
  showActors: boolean;
  /** Show a card when the pointer rests on a highlight. */
  hoverCards: boolean;
  /** Term categories the reader has switched off: they are neither highlighted nor listed. */
  hiddenCategories: TermCategory[];
  /** How each kind of highlight looks: framing words, and named actors ("context"). */
  highlight: { framing: HighlightLook; context: HighlightLook };
  sidebarSide: SidebarSide;
  sidebarWidth: number;
  theme: Theme;
  textSize: TextSize;
  exemptions: Exemption[];
  /** Sites where a toolbar click does nothing but say so. */
  neverSites: string[];
  /** Words to watch (loaded wording by category): how many to show. */
  watchLevel: WatchLevelSetting;
}

export const DEFAULT_SETTINGS: Settings = {
  showActors: true,
  hoverCards: true,
  hiddenCategories: [],
  highlight: { framing: 'underline', context: 'underline' },
  sidebarSide: 'auto',
  sidebarWidth: 380,
  theme: 'system',
  textSize: 'medium',
  exemptions: [],
  neverSites: [],
  watchLevel: 'default',
};

/** Version 1 (builds up to 0.1.0) had one highlight style for both kinds and none of the look or site settings. */
export interface SettingsV1 {
  showActors: boolean;
  hoverCards: boolean;
  hiddenCategories: TermCategory[];
  highlightStyle: 'underline' | 'tint';
}

/** Version 1 → 2: the one highlight style becomes the style of both kinds; the new fields take their defaults. */
export function migrateSettingsV1(old: Partial<SettingsV1> | null | undefined): Settings {
  const { highlightStyle, ...rest } = old ?? {};
  const style: HighlightLook = highlightStyle === 'tint' ? 'tint' : 'underline';
  return withDefaults({ ...rest, highlight: { framing: style, context: style } });
}

/** Version 2 → 3: the words-to-watch level arrives with its default; every stored choice is kept. */
export function migrateSettingsV2(old: Partial<Settings> | null | undefined): Settings {
  return withDefaults({ ...old, watchLevel: 'default' });
}

export const SETTINGS_VERSION = 3;

/** Small and worth following the reader between machines: sync storage. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1, 3: migrateSettingsV2 },
});

/** The reader's own glossary entries. Can be large: local storage. */
export const customEntriesItem = storage.defineItem<Entry[]>('local:custom-entries', {
  fallback: [],
  version: 1,
});

const oneOf = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;

/** Fill in settings stored by an older build that lacked a field, and drop unknown or malformed ones. */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  const s = { ...DEFAULT_SETTINGS, ...stored };
  const highlight = { ...DEFAULT_SETTINGS.highlight, ...s.highlight };
  const width = Number(s.sidebarWidth);
  return {
    showActors: Boolean(s.showActors),
    hoverCards: Boolean(s.hoverCards),
    hiddenCategories: (Array.isArray(s.hiddenCategories) ? s.hiddenCategories : []).filter((c): c is TermCategory =>
      (TERM_CATEGORIES as readonly string[]).includes(c),
    ),
    highlight: {
      framing: oneOf(HIGHLIGHT_LOOKS, highlight.framing, 'underline'),
      context: oneOf(HIGHLIGHT_LOOKS, highlight.context, 'underline'),
    },
    sidebarSide: oneOf(SIDEBAR_SIDES, s.sidebarSide, 'auto'),
    sidebarWidth: Number.isFinite(width)
      ? Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, Math.round(width)))
      : DEFAULT_SETTINGS.sidebarWidth,
    theme: oneOf(THEMES, s.theme, 'system'),
    textSize: oneOf(TEXT_SIZES, s.textSize, 'medium'),
    exemptions: (Array.isArray(s.exemptions) ? s.exemptions : []).filter(
      (e): e is Exemption =>
        typeof e === 'object' &&
        e !== null &&
        (e.kind === 'word' || e.kind === 'entry') &&
        typeof e.value === 'string' &&
        (e.site === undefined || typeof e.site === 'string'),
    ),
    neverSites: (Array.isArray(s.neverSites) ? s.neverSites : []).filter((h): h is string => typeof h === 'string'),
    watchLevel: oneOf(WATCH_LEVEL_SETTINGS, s.watchLevel, 'default'),
  };
}

export async function loadSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}
