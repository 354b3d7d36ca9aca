/**
 * "so-called" is framing when it stands before a named actor the glossary knows or before a label term ("the
 * so-called Islamic State", "so-called rebels", "so-called moderate rebels"). Before anything else it only
 * introduces a term ("so-called metadata", a product or a portfolio name): the match is then dropped rather than
 * shown as context, so the reader sees no highlight that would need explaining.
 */
import type { Candidate, EntryMatch, Rule, RuleContext } from './rule';
import { PRIORITY_PATTERN, matchesOf } from './rule';
import { skipSpacesAndQuotes, wordAt } from './words';

export const soCalled: Rule = {
  id: 'so-called',
  triggers: [],
  apply(ctx) {
    const found: Candidate[] = [];
    for (const m of matchesOf(ctx, 'so-called')) {
      const target = namedAfter(ctx, m.end);
      if (!target) continue;
      const isLabel = target.entry.kind === 'term';
      found.push({
        entryId: m.entry.id,
        start: m.start,
        end: m.end,
        flag: 'framing',
        source: 'so-called',
        targetEntryId: target.entry.id,
        note: isLabel
          ? `"${ctx.text.slice(m.start, m.end)}" before the label "${ctx.text.slice(target.start, target.end)}" puts the label itself in doubt.`
          : `"${ctx.text.slice(m.start, m.end)}" before the name of ${target.entry.name} casts doubt on the actor's own name or standing.`,
        priority: PRIORITY_PATTERN,
      });
    }
    return found;
  },
};

/** The actor or label that "so-called" qualifies: right after it, or after one modifier word ("moderate"). */
function namedAfter(ctx: RuleContext, from: number): EntryMatch | undefined {
  const at = skipSpacesAndQuotes(ctx.text, from);
  const direct = ctx.matchStartingAt(at);
  if (direct) return qualifies(direct) ? direct : undefined;
  const modifier = wordAt(ctx.text, at);
  if (!modifier || !/^\s+$/.test(ctx.text.slice(modifier.end, modifier.end + 1))) return undefined;
  const next = ctx.matchStartingAt(skipSpacesAndQuotes(ctx.text, modifier.end));
  return next && qualifies(next) ? next : undefined;
}

/** Actors, and terms that are labels rather than other rule words. */
function qualifies(m: EntryMatch): boolean {
  return m.entry.kind !== 'term' || m.entry.term?.rule === undefined;
}
