/**
 * The analysis core's public types. The core is pure: strings and offsets in, findings out.
 * The report (docs/report-format.md), the sidebar and the page layer all read these.
 */
import type { RuleId } from '../glossary/schema';
import type { WatchFinding } from './watch/find';

/** `framing`: the wording itself carries a framing note. `context`: the highlight is only informational. */
export type Flag = 'framing' | 'context';

/** Which mechanism produced a finding: a plain glossary pattern or one of the context rules. */
export type FindingSource = 'glossary' | RuleId;

export interface Finding {
  /** The glossary entry the finding resolves to (aliases and former names resolve to one entry). */
  entryId: string;
  /** Offsets into the analysed text (UTF-16 code units, as JavaScript strings index), end exclusive. */
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)` of the analysed text. */
  text: string;
  flag: Flag;
  source: FindingSource;
  /** Inside a direct quotation: the words are someone's speech. */
  quoted: boolean;
  /** For markers that attach to something ("so-called X", "X-backed", "X-held"): the entry of X, when known. */
  targetEntryId?: string;
  /** A rule-specific explanation for this occurrence, in plain words. */
  note?: string;
}

/** One label as the article (or a quoted source) attaches it to an actor or side. */
export interface LabelUse {
  /** The label as written, e.g. "foreign-backed militants", "government forces". */
  label: string;
  count: number;
}

/** One row of the actor-label summary: how the article, and its quoted sources, name one actor or side. */
export interface SideRow {
  /**
   * A glossary side id ("syria:government"), an actor entry id, or "unnamed" when the article names no actor;
   * "state" for the government side when the article's actors tell no conflict.
   */
  id: string;
  name: string;
  /** Labels in the article's own voice. */
  article: LabelUse[];
  /** Labels inside quotations of the article's sources. */
  quoted: LabelUse[];
}

export interface Analysis {
  text: string;
  findings: Finding[];
  sides: SideRow[];
  /** Words to watch (utils/core/watch): wording that carries the writer's attitude, by category. */
  watch: WatchFinding[];
}
