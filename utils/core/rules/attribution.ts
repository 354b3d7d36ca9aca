/**
 * Attribution verbs that comment on what they report ("claimed", "admitted", "insisted", "alleged", "purported",
 * "conceded") against the neutral "said". Fixed phrases where the verb carries no doubt are left alone: "claimed
 * responsibility/credit/victory", "claimed the lives of" (a casualty phrase, see agentless.ts), "admitted to
 * hospital". Only the verb forms listed as patterns match, so the noun "allegations" never does.
 */
import { livesAfter } from './casualty-phrases';
import type { Candidate, Rule } from './rule';
import { PRIORITY_PATTERN, matchesOf } from './rule';

const NOT_DOUBT: readonly { stem: RegExp; after: RegExp }[] = [
  { stem: /^claim/i, after: /\s+(?:(?:full\s+|the\s+)?responsibility|(?:the\s+)?credit|(?:a\s+|the\s+)?victory|(?:the\s+)?(?:title|crown|throne|prize|seat|record|gold|medal|trophy)\b)/iy },
  { stem: /^admit/i, after: /\s+(?:to|into)\s+(?:a\s+|the\s+)?(?:hospital|clinic|intensive\s+care|care|school|university|college|bar)\b/iy },
];

export const attribution: Rule = {
  id: 'attribution',
  triggers: [],
  apply(ctx) {
    const found: Candidate[] = [];
    for (const m of matchesOf(ctx, 'attribution')) {
      const verb = ctx.text.slice(m.start, m.end);
      if (isFixedPhrase(ctx.text, verb, m.end)) continue;
      found.push({
        entryId: m.entry.id,
        start: m.start,
        end: m.end,
        flag: 'framing',
        source: 'attribution',
        note: `"${verb}" where the neutral word is "said": the verb itself comments on the statement.`,
        priority: PRIORITY_PATTERN,
      });
    }
    return found;
  },
};

function isFixedPhrase(text: string, verb: string, end: number): boolean {
  if (/^claim/i.test(verb) && livesAfter(text, end) >= 0) return true;
  return NOT_DOUBT.some(({ stem, after }) => {
    if (!stem.test(verb)) return false;
    after.lastIndex = end;
    return after.test(text);
  });
}
