/**
 * How each glossary match reads in its place. An actor's name is kept only where it names that actor
 * (utils/core/identity.ts), decided before any rule runs. A term with an ordinary sense is flagged only where its
 * sentence shows the framing sense (data/senses.json); it stays in the scan either way, so a rule can still read it
 * ("so-called rebels"). A wrong flag costs more than a missed one.
 */
import type { DescriptorMatch } from './descriptors';
import { readActorNames } from './identity';
import type { CompiledGlossary } from './compile';
import type { EntryMatch } from './rules/rule';
import { sentenceEnd, sentenceStart } from './rules/words';
import { hasCue, overlapsMatchOf, senses, type SenseBook } from './senses';

export function readMatches(
  text: string,
  compiled: CompiledGlossary,
  matches: readonly EntryMatch[],
): EntryMatch[] {
  return readActorNames(text, compiled, matches, senses());
}

/** Whether a term with an ordinary sense stands, here, in its framing sense. Terms without a sense entry always do. */
export function termReadsAsFraming(
  text: string,
  m: EntryMatch,
  matches: readonly EntryMatch[],
  descriptors: readonly DescriptorMatch[],
  book: SenseBook = senses(),
): boolean {
  const sense = book.terms.get(m.entry.id);
  if (!sense) return true;
  const from = sentenceStart(text, m.start);
  const to = Math.max(m.end, sentenceEnd(text, m.end));
  if (sense.fixed && overlapsMatchOf(sense.fixed, text, from, to, m.start, m.end)) return false;
  // The term itself is no evidence of its own sense: "rebels" does not show that "rebels" is meant in war.
  const around = text.slice(from, m.start) + ' '.repeat(m.end - m.start) + text.slice(m.end, to);
  if (sense.unless && hasCue(sense.unless, around)) return false;
  if (!sense.needs || hasCue(sense.needs, around)) return true;
  const inSentence = (s: number) => s >= from && s < to && (s < m.start || s >= m.end);
  return (
    matches.some((o) => inSentence(o.start) && (sense.actors.has(o.entry.kind) || (sense.labels && o.entry.term?.category === 'label'))) ||
    descriptors.some((d) => inSentence(d.start))
  );
}
