/**
 * Agentless casualties: deaths reported without saying who caused them, a framing note on who is left unnamed.
 *  - passive "killed" after "was/were/been" (an adverb may stand between: "were also killed"); "being killed" and
 *    "be killed" are hypothetical and left alone; active "X killed Y" names its agent;
 *  - "died", when the subject is a number or a plural ("12 people died", "civilians died"), and not a natural death
 *    ("died aged 82", "died of cancer");
 *  - "has claimed the lives of…", "claimed more than 400,000 lives", "lost their lives".
 * An agent is stated by "by …" shortly after the verb, or by a clause naming an actor, a label or a side descriptor
 * ("as army units targeted…"). For "claimed … lives" the agent would be the subject, so the sentence before the verb
 * is read instead: "The conflict in Syria … has claimed the lives of…" names no actor, so it is flagged (the war
 * is made the killer). Sources (people, NGOs, outlets, international bodies) are not agents.
 */
import type { Entry } from '../../glossary/schema';
import { livesAfter } from './casualty-phrases';
import type { Candidate, Rule, RuleContext } from './rule';
import { PRIORITY_COMPOUND, PRIORITY_PATTERN, entriesOf, matchesOf } from './rule';
import { sentenceEnd, sentenceStart } from './words';

const GENERIC_ID = 'term-agentless-casualties';
const KILLED_ID = 'term-killed';
const DIED_ID = 'term-died';

const AGENT_KINDS: ReadonlySet<Entry['kind']> = new Set(['group', 'party', 'state-body', 'security-force']);

const PASSIVE_BEFORE = /(?:^|[^\p{L}])((?:was|were|been)\s+(?:(?:\p{L}+ly|also|all|both|then|later|just)\s+)?)$/iu;
const PERFECT_BEFORE = /(?:^|[^\p{L}])((?:has|have|had)\s+)$/iu;
const NUMBER_BEFORE =
  /(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores?|hundreds|thousands|several|many))(?:\s+[^\s.;:!?]+){0,4}\s+$/iu;
const PLURAL_BEFORE = /\p{L}{2,}s\s+(?:(?:have|had|also|all|both|later|\p{L}+ly)\s+)*$/iu;
const NATURAL_DEATH =
  /\s+(?:aged|at\s+(?:the\s+)?age|of\s+(?:natural\s+causes|old\s+age|cancer|covid|an?\s+illness|illness|a\s+heart\s+attack)|peacefully|in\s+(?:his|her|their)\s+sleep)\b/iy;
const AGENT_CLAUSE = /\s*(?:[^\s.;:!?,]+\s+){0,5}?(by|as|when|while|after)\s+/iy;
/** How far after a conjunction the agent may start. */
const AGENT_REACH = 40;

export const agentless: Rule = {
  id: 'agentless',
  triggers: ['killed', 'died', 'claimed', 'claims', 'lost their lives'],
  apply(ctx) {
    const entries = entriesOf(ctx, 'agentless');
    if (entries.length === 0) return [];
    const byId = (id: string) => entries.find((e) => e.id === id);
    const generic = byId(GENERIC_ID) ?? entries.find((e) => e.patterns.length === 0) ?? entries[0]!;
    const killed = byId(KILLED_ID) ?? generic;
    const died = byId(DIED_ID) ?? generic;
    const { text } = ctx;
    const found: Candidate[] = [];
    const propose = (entry: Entry, start: number, end: number, note: string, priority = PRIORITY_COMPOUND) =>
      found.push({ entryId: entry.id, start, end, flag: 'framing', source: 'agentless', note, priority });

    for (const m of matchesOf(ctx, 'agentless')) {
      if (!agentAfter(ctx, m.end)) propose(m.entry, m.start, m.end, unnamedNote(text.slice(m.start, m.end)), PRIORITY_PATTERN);
    }
    for (const t of ctx.triggers) {
      const before = text.slice(Math.max(0, t.start - 60), t.start);
      switch (t.word) {
        case 'killed': {
          const aux = PASSIVE_BEFORE.exec(before);
          if (!aux || agentAfter(ctx, t.end)) break;
          const start = t.start - aux[1]!.length;
          propose(killed, start, t.end, unnamedNote(text.slice(start, t.end)));
          break;
        }
        case 'died': {
          const subject = text.slice(sentenceStart(text, t.start), t.start);
          if (!NUMBER_BEFORE.test(subject) && !PLURAL_BEFORE.test(subject)) break;
          NATURAL_DEATH.lastIndex = t.end;
          if (NATURAL_DEATH.test(text) || agentAfter(ctx, t.end)) break;
          propose(died, t.start, t.end, `"died" reports the deaths without a cause or an agent.`);
          break;
        }
        case 'claimed':
        case 'claims': {
          const end = livesAfter(text, t.end);
          if (end < 0 || agentIn(ctx, sentenceStart(text, t.start), t.start)) break;
          const aux = PERFECT_BEFORE.exec(before);
          const start = aux ? t.start - aux[1]!.length : t.start;
          propose(
            generic,
            start,
            end,
            `"${text.slice(start, end)}" makes the event itself the killer: no actor is named as responsible.`,
          );
          break;
        }
        case 'lost their lives':
          if (!agentAfter(ctx, t.end)) propose(generic, t.start, t.end, unnamedNote(text.slice(t.start, t.end)));
          break;
      }
    }
    return found;
  },
};

function unnamedNote(phrase: string): string {
  return `"${phrase}" does not say who did the killing: the agent is left unnamed.`;
}

/** Whether the words after a casualty verb name who caused it. */
function agentAfter(ctx: RuleContext, from: number): boolean {
  const end = sentenceEnd(ctx.text, from);
  AGENT_CLAUSE.lastIndex = from;
  const clause = AGENT_CLAUSE.exec(ctx.text);
  if (!clause || AGENT_CLAUSE.lastIndex > end) return false;
  if (clause[1]!.toLowerCase() === 'by') return true;
  return agentIn(ctx, AGENT_CLAUSE.lastIndex, Math.min(end, AGENT_CLAUSE.lastIndex + AGENT_REACH));
}

/** Whether an actor, a label or a side descriptor starts within [from, to). */
function agentIn(ctx: RuleContext, from: number, to: number): boolean {
  for (const m of ctx.matches) {
    if (m.start < from || m.start >= to) continue;
    if (AGENT_KINDS.has(m.entry.kind) || m.entry.term?.category === 'label') return true;
  }
  return ctx.descriptors.some((d) => d.start >= from && d.start < to);
}
