/**
 * Territory labels: "X-held", "X-controlled" ("militant-held", "rebel-held", "government-controlled"). X qualifies
 * as for sponsorship, with data/descriptors.json's `holderWords`, so "hand-held" and "remote-controlled" are left
 * alone. The finding spans the whole compound; when X is itself a glossary label ("militant"), it becomes the
 * target, so the note can say the territory label is built on that label.
 */
import type { Candidate, Rule } from './rule';
import { PRIORITY_COMPOUND, PRIORITY_PATTERN, entriesOf, matchesOf } from './rule';
import { compoundHead, coveredByMatch } from './words';

export const GENERIC_TERRITORY_ID = 'term-territory-held';

export const territory: Rule = {
  id: 'territory',
  triggers: ['held', 'controlled'],
  apply(ctx) {
    const found: Candidate[] = [];
    for (const m of matchesOf(ctx, 'territory')) {
      found.push({
        entryId: m.entry.id,
        start: m.start,
        end: m.end,
        flag: 'framing',
        source: 'territory',
        priority: PRIORITY_PATTERN,
      });
    }
    const entries = entriesOf(ctx, 'territory');
    const generic = entries.find((e) => e.id === GENERIC_TERRITORY_ID) ?? entries.find((e) => e.patterns.length === 0);
    if (!generic) return found;
    for (const t of ctx.triggers) {
      if (!this.triggers.includes(t.word)) continue;
      const head = compoundHead(ctx, t.start - 1, ctx.vocabulary.holderWords);
      if (!head || coveredByMatch(ctx, head.start, t.end)) continue;
      const label = head.target ? ctx.glossary.byId.get(head.target) : undefined;
      found.push({
        entryId: generic.id,
        start: head.start,
        end: t.end,
        flag: 'framing',
        source: 'territory',
        targetEntryId: head.target,
        note:
          label?.kind === 'term'
            ? `"${ctx.text.slice(head.start, t.end)}" names the area by who holds it, with a territory label built on "${head.word}".`
            : `"${ctx.text.slice(head.start, t.end)}" names the area by who holds it.`,
        priority: PRIORITY_COMPOUND,
      });
    }
    return found;
  },
};
