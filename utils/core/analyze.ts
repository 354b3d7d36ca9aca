/**
 * The analysis core's one entry point: text and glossary in, findings and the actor-label summary out. Pure: no DOM,
 * no extension APIs; the content script, the benchmark and the tests call it directly.
 *
 * Order of work and precedence (deterministic):
 *  1. One automaton scan finds every glossary pattern (leftmost-longest, non-overlapping: an alias or former name
 *     resolves to its entry) and every rule trigger word; a second, small scan finds the side descriptors.
 *  2. Each match is read in its place (readings.ts): a relative's name or a heading in capitals is dropped, and a
 *     term in an ordinary sense is not flagged. Matches of entries without a rule become findings as they are (`framing` for terms, `context` for actors).
 *     Matches of a rule's entries are handed to that rule, which keeps, annotates or drops them.
 *  3. Rules propose compounds around trigger words ("Saudi-backed", "militant-held", "were killed").
 *  4. Overlaps are settled by priority (rule compounds over plain matches), then earlier start, then longer span;
 *     a glossary pattern that spells a compound itself ("foreign-backed") is specific and wins over the generic rule,
 *     which never proposes a span a glossary match already covers.
 *  5. Findings inside a direct quotation are marked `quoted`, and the note says whose words they are.
 */
import type { Entry } from '../glossary/schema';
import { compileGlossary, type CompiledGlossary, type TermCategory } from './compile';
import { descriptors as shippedDescriptors, type DescriptorMatch } from './descriptors';
import { inPageFurniture } from './furniture';
import { readMatches, termReadsAsFraming } from './readings';
import { RULES } from './rules';
import { findQuotations, isInside, type Range } from './rules/quotation';
import { PRIORITY_PATTERN, type Candidate, type EntryMatch, type RuleContext, type TriggerHit } from './rules/rule';
import { sentenceStart } from './rules/words';
import { senses } from './senses';
import { buildSides } from './sides';
import type { Analysis, Finding } from './types';
import { findWatchWords } from './watch/find';
import { watchBook, type WatchLevel } from './watch/data';

export interface AnalyzeOptions {
  /** Entries the reader switched off: never found, and a rule whose entries are all off finds nothing. */
  disabledEntryIds?: ReadonlySet<string>;
  /** Term categories the reader switched off ("label", "attribution"…). */
  disabledCategories?: ReadonlySet<TermCategory>;
  /** Keep `context` findings (named actors); default true. The summary reads them either way. */
  includeContext?: boolean;
  /** Offsets of quoted passages the text alone does not show, such as block quotes. */
  quotedRanges?: readonly Range[];
  /**
   * Which words to watch to find: the clearly loaded ones (default), also the often-fair ones, or none. Glossary terms
   * marked for the "more" level are raised only there.
   */
  watchLevel?: WatchLevel | 'off';
}

// Quotation marks around a few words may be a source's words or the article's own distance from them (scare quotes):
// the note says what is true of both.
const QUOTED_NOTE = 'In quotation marks: the words are given as someone else’s, not in the article’s own voice.';

export function analyze(text: string, glossary: readonly Entry[], options: AnalyzeOptions = {}): Analysis {
  const compiled = compileGlossary(glossary, {
    entryIds: options.disabledEntryIds,
    categories: options.disabledCategories,
  });
  const vocabulary = shippedDescriptors();
  const scanned = scanGlossary(compiled, text);
  const descriptorMatches = vocabulary.find(text);
  const matches = readMatches(text, compiled, scanned.matches);
  const { triggers } = scanned;
  const book = senses();
  const ctx = ruleContext(text, compiled, matches, triggers, descriptorMatches, vocabulary);

  const candidates: Candidate[] = [];
  for (const m of matches) {
    if (m.entry.term?.rule !== undefined) continue;
    if (m.entry.kind === 'term' && !termReadsAsFraming(text, m, matches, descriptorMatches, book)) continue;
    const reading = book.names.get(m.entry.id);
    candidates.push({
      entryId: m.entry.id,
      start: m.start,
      end: m.end,
      flag: m.entry.kind === 'term' && reading === undefined ? 'framing' : 'context',
      source: 'glossary',
      priority: PRIORITY_PATTERN,
      ...(reading !== undefined && { note: nameNote(text.slice(m.start, m.end), reading, m.entry, compiled) }),
    });
  }
  for (const rule of RULES) {
    if (!compiled.ruleEntries.has(rule.id)) continue;
    // A related article's headline or a photo credit run into the text is not the article, for a rule's flag as for a term's.
    candidates.push(...rule.apply(ctx).filter((c) => !inPageFurniture(text, sentenceStart(text, c.start), c.start, c.end)));
  }
  const level = options.watchLevel ?? 'default';
  // Dropped before overlaps are resolved, so a flag the reader sees is never hidden behind one they do not.
  const shown = level === 'more' ? candidates : candidates.filter((c) => compiled.byId.get(c.entryId)?.term?.level !== 'more');

  const quotes = findQuotations(text, options.quotedRanges);
  const findings = resolveOverlaps(shown).map((c): Finding => {
    const quoted = isInside(quotes, c.start, c.end);
    const note = quoted ? (c.note ? `${c.note} ${QUOTED_NOTE}` : QUOTED_NOTE) : c.note;
    const finding: Finding = { entryId: c.entryId, start: c.start, end: c.end, text: text.slice(c.start, c.end), flag: c.flag, source: c.source, quoted };
    if (c.targetEntryId !== undefined) finding.targetEntryId = c.targetEntryId;
    if (note !== undefined) finding.note = note;
    return finding;
  });
  // The reader's switched-off categories are hidden, not unread: how each side is named still counts every label.
  const sides = options.disabledCategories?.size
    ? analyze(text, glossary, { ...options, disabledCategories: undefined }).sides
    : buildSides({ text, findings, descriptors: descriptorMatches, quotes, byId: compiled.byId, vocabulary });
  // A glossary match (even one its rule dropped, as "claimed responsibility") speaks for its words: the general list
  // never flags them a second time.
  const watch =
    level === 'off'
      ? []
      : findWatchWords(text, watchBook(), { level, isQuoted: (s, e) => isInside(quotes, s, e) }).filter(
          (w) => !scanned.matches.some((m) => m.start < w.end && w.start < m.end),
        );
  return {
    text,
    findings: options.includeContext === false ? findings.filter((f) => f.flag !== 'context') : findings,
    sides,
    watch,
  };
}

/**
 * A name is context, not framing: it says what the name is and which other names the sides use for the same thing
 * (the entry's mirrors), so the reader sees the counterpart without a verdict on this occurrence.
 */
function nameNote(spelled: string, reading: string, entry: Entry, compiled: CompiledGlossary): string {
  const others = (entry.term?.mirrors ?? []).map((id) => compiled.byId.get(id)?.name).filter((n): n is string => n !== undefined);
  const counterpart = others.length ? ` Other names for it: ${others.map((n) => `"${n}"`).join(', ')}; the entry says who prefers which.` : '';
  return `"${spelled}" is ${reading}: context, not framing.${counterpart}`;
}

/** The automaton's occurrences as objects: glossary matches and trigger hits, in text order. */
export function scanGlossary(compiled: CompiledGlossary, text: string): { matches: EntryMatch[]; triggers: TriggerHit[] } {
  const r = compiled.automaton.scan(text);
  const matches: EntryMatch[] = [];
  for (let k = 0; k < r.matchCount; k++) {
    matches.push({ start: r.matchStart[k]!, end: r.matchEnd[k]!, entry: compiled.patternEntry[r.matchPattern[k]!]! });
  }
  const triggers: TriggerHit[] = [];
  for (let k = 0; k < r.triggerCount; k++) {
    triggers.push({ start: r.triggerStart[k]!, end: r.triggerEnd[k]!, word: compiled.patternTrigger[r.triggerPattern[k]!]! });
  }
  return { matches, triggers };
}

function ruleContext(
  text: string,
  glossary: CompiledGlossary,
  matches: EntryMatch[],
  triggers: TriggerHit[],
  descriptors: DescriptorMatch[],
  vocabulary: RuleContext['vocabulary'],
): RuleContext {
  const byStart = new Map(matches.map((m) => [m.start, m]));
  const byEnd = new Map(matches.map((m) => [m.end, m]));
  return {
    text,
    glossary,
    matches,
    triggers,
    descriptors,
    vocabulary,
    matchStartingAt: (start) => byStart.get(start),
    matchEndingAt: (end) => byEnd.get(end),
  };
}

/** Keeps the higher-priority proposal where two overlap; ties go to the earlier start, then to the longer span. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => b.priority - a.priority || a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (!overlapsAny(kept, c)) insertSorted(kept, c);
  }
  return kept;
}

/** `kept` is sorted by start and non-overlapping, so only the neighbours of the insertion point can overlap. */
function overlapsAny(kept: readonly Candidate[], c: Candidate): boolean {
  const i = insertionPoint(kept, c.start);
  const before = kept[i - 1];
  const after = kept[i];
  return (before !== undefined && before.end > c.start) || (after !== undefined && after.start < c.end);
}

function insertSorted(kept: Candidate[], c: Candidate): void {
  kept.splice(insertionPoint(kept, c.start), 0, c);
}

function insertionPoint(kept: readonly Candidate[], start: number): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kept[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
