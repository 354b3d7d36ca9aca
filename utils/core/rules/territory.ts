/**
 * Territory labels: "X-held", "X-controlled" ("militant-held", "rebel-held", "government-controlled"). X qualifies
 * as for sponsorship, with data/descriptors.json's `holderWords`, so "hand-held" and "remote-controlled" are left
 * alone. The finding spans the whole compound; when X is itself a glossary label ("militant"), it becomes the
 * target, so the note can say the territory label is built on that label. Control of an institution is not
 * territory: the compound is left alone before an institution ("Republican-controlled Congress",
 * "opposition-controlled parliament", "state-controlled company") and when X is a party ("Labour-held seat"); both
 * lists are data/senses.json's.
 */
import type { Candidate, Rule } from './rule';
import { PRIORITY_COMPOUND, PRIORITY_PATTERN, entriesOf, matchesOf } from './rule';
import { senses } from '../senses';
import { compoundHead, coveredByMatch, skipSpaces, wordAt } from './words';

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
      if (!head || coveredByMatch(ctx, head.start, t.end) || heldIsNotTerritory(ctx.text, head.word, t.end)) continue;
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

const FUNCTION_WORDS = new Set(['and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'the', 'a', 'an', 'by', 'from', 'with', 'as', 'for']);

/** "Republican-controlled Congress", "state-controlled media": a party's or an owner's hold on an institution. */
function heldIsNotTerritory(text: string, head: string, end: number): boolean {
  const book = senses();
  if (book.partyWords.has(head.toLowerCase())) return true;
  // One modifier may stand between ("opposition-controlled national assembly").
  let at = skipSpaces(text, end);
  for (let k = 0; k < 2; k++) {
    const w = wordAt(text, at);
    if (!w) return false;
    if (book.institutions.has(w.word.toLowerCase())) return true;
    if (FUNCTION_WORDS.has(w.word.toLowerCase()) || !/^\s/.test(text.slice(w.end, w.end + 1))) return false;
    at = skipSpaces(text, w.end);
  }
  return false;
}
