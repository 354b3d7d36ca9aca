/**
 * What a context rule sees and what it proposes. Rules are pure functions of the scan: the glossary matches (already
 * leftmost-longest), the rule trigger words, and the neutral side descriptors.
 */
import type { Entry, RuleId } from '../../glossary/schema';
import type { CompiledGlossary } from '../compile';
import type { DescriptorMatch, DescriptorVocabulary } from '../descriptors';
import type { Finding } from '../types';

export interface EntryMatch {
  start: number;
  end: number;
  entry: Entry;
}

export interface TriggerHit {
  start: number;
  end: number;
  /** The trigger as the rule declared it ("backed", "killed"). */
  word: string;
}

export interface RuleContext {
  text: string;
  glossary: CompiledGlossary;
  /** Glossary matches in text order, non-overlapping. */
  matches: readonly EntryMatch[];
  triggers: readonly TriggerHit[];
  descriptors: readonly DescriptorMatch[];
  vocabulary: DescriptorVocabulary;
  matchStartingAt(start: number): EntryMatch | undefined;
  matchEndingAt(end: number): EntryMatch | undefined;
}

/**
 * Overlaps between proposals are settled by priority, then by the earlier start, then by the longer span:
 * a compound a rule builds around a glossary word ("militant-held" around "militant") outranks the word.
 */
export const PRIORITY_PATTERN = 1;
export const PRIORITY_COMPOUND = 2;

export interface Candidate extends Pick<Finding, 'entryId' | 'start' | 'end' | 'flag' | 'source' | 'targetEntryId' | 'note'> {
  priority: number;
}

export interface Rule {
  id: RuleId;
  /** Words the automaton must report for this rule, whatever glossary matches they overlap. */
  triggers: readonly string[];
  /**
   * Proposes findings. A rule speaks for every glossary match of its own entries: a match it does not propose is
   * dropped (e.g. "claimed responsibility" is not doubt).
   */
  apply(ctx: RuleContext): Candidate[];
}

/** The rule's entries in the active glossary; empty when a reader disabled them, and the rule then finds nothing. */
export function entriesOf(ctx: RuleContext, rule: RuleId): readonly Entry[] {
  return ctx.glossary.ruleEntries.get(rule) ?? [];
}

/** Glossary matches of the rule's own entries (found by their plain patterns). */
export function matchesOf(ctx: RuleContext, rule: RuleId): EntryMatch[] {
  return ctx.matches.filter((m) => m.entry.term?.rule === rule);
}
