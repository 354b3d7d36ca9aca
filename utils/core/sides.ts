/**
 * The article's actor-label summary: which labels it attaches to which actor or side, in its own voice and in the
 * voice of the sources it quotes.
 *
 * A label is a glossary label term ("terrorists", "militants") or a neutral side descriptor from
 * data/descriptors.json ("government forces", "opposition fighters"). Read leftwards, it takes in the sponsorship or
 * "so-called" markers and the demonym in front of it ("foreign-backed militants", "Syrian troops"), and the actor
 * it names when a glossary actor stands right before it ("Jabhat Fateh al-Sham terrorists"; with markers before
 * the actor: "Saudi-backed … terrorists"). Labels with no actor go to the state side or to the unnamed armed groups,
 * by the descriptor's role (label terms speak of armed groups unless `labelRoles` says otherwise).
 */
import type { Entry } from '../glossary/schema';
import type { DescriptorMatch, DescriptorVocabulary, SideRole } from './descriptors';
import { foldText } from './normalize';
import { isInside, type Range } from './rules/quotation';
import { wordBefore } from './rules/words';
import type { Finding, LabelUse, SideRow } from './types';

export const UNNAMED_SIDE = 'unnamed';
/** The state side's id when the article's actors tell no conflict. */
export const STATE_SIDE = 'state';

const DEMONYM = /^(?:\p{Lu}\p{Ll}+(?:ian|ean|an|ese|i|ish|ic)|\p{Lu}{2,4})$/u;

export interface SidesInput {
  text: string;
  /** Resolved findings, in text order. */
  findings: readonly Finding[];
  descriptors: readonly DescriptorMatch[];
  quotes: readonly Range[];
  byId: ReadonlyMap<string, Entry>;
  vocabulary: DescriptorVocabulary;
}

interface Head {
  start: number;
  end: number;
  role: SideRole;
}

interface RowBuilder {
  id: string;
  name: string;
  article: Map<string, LabelUse>;
  quoted: Map<string, LabelUse>;
}

export function buildSides({ text, findings, descriptors, quotes, byId, vocabulary }: SidesInput): SideRow[] {
  const heads: Head[] = [];
  for (const f of findings) {
    const entry = byId.get(f.entryId);
    if (f.source === 'glossary' && entry?.term?.category === 'label') {
      heads.push({ start: f.start, end: f.end, role: vocabulary.labelRoles.get(entry.id) ?? 'armed-group' });
    }
  }
  let k = 0;
  for (const d of descriptors) {
    while (k < findings.length && findings[k]!.end <= d.start) k++;
    const f = findings[k];
    if (!f || f.start >= d.end) heads.push(d);
  }
  heads.sort((a, b) => a.start - b.start);

  const findingByEnd = new Map(findings.map((f) => [f.end, f]));
  const state = stateSide(findings, byId);
  const rows = new Map<string, RowBuilder>();
  for (const head of heads) {
    const { label, actor } = readLabel(text, head, findingByEnd, byId);
    const id = actor ? actor.id : head.role === 'state' ? state.id : UNNAMED_SIDE;
    let row = rows.get(id);
    if (!row) {
      const name = actor ? actor.name : head.role === 'state' ? state.name : 'Unnamed armed groups';
      rows.set(id, (row = { id, name, article: new Map(), quoted: new Map() }));
    }
    const uses = isInside(quotes, head.start, head.end) ? row.quoted : row.article;
    const key = foldText(label);
    const use = uses.get(key);
    if (use) use.count++;
    else uses.set(key, { label, count: 1 });
  }
  return [...rows.values()].map((r) => ({ id: r.id, name: r.name, article: [...r.article.values()], quoted: [...r.quoted.values()] }));
}

/** The label as written around a head, and the actor it is attached to. */
function readLabel(
  text: string,
  head: Head,
  findingByEnd: ReadonlyMap<number, Finding>,
  byId: ReadonlyMap<string, Entry>,
): { label: string; actor?: Entry } {
  let labelStart = head.start;
  let actor: Finding | undefined;
  let markersStart = -1;
  let pos = head.start;
  for (;;) {
    const prevEnd = backOverSpaces(text, pos);
    if (prevEnd === pos) break;
    const f = findingByEnd.get(prevEnd);
    if (f) {
      const entry = byId.get(f.entryId);
      if (!actor && markersStart < 0 && entry && entry.kind !== 'term') actor = f;
      else if (isMarker(f, entry)) {
        if (actor) markersStart = f.start;
        else labelStart = f.start;
      } else break;
      pos = f.start;
      continue;
    }
    const w = wordBefore(text, prevEnd);
    if (!actor && w && DEMONYM.test(w.word)) labelStart = w.start;
    break;
  }
  const own = squeeze(text.slice(actor ? actor.end : labelStart, head.end));
  if (!actor) return { label: labelStart === head.start ? lowerFirst(own) : own };
  const label = markersStart >= 0 ? `${squeeze(text.slice(markersStart, actor.start))} … ${own}` : own;
  return { label, actor: byId.get(actor.entryId) };
}

/** Sponsorship compounds and "so-called" qualify the label after them ("foreign-backed militants"). */
function isMarker(f: Finding, entry: Entry | undefined): boolean {
  return f.source === 'sponsorship' || f.source === 'so-called' || entry?.term?.category === 'sponsorship';
}

/** Index before the run of spaces (not line breaks) that ends at `pos`, or `pos` if there is none. */
function backOverSpaces(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0' || text[i - 1] === '\t')) i--;
  return i;
}

function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** "Militant evacuation" in a headline is the label "militant"; "US troops" keeps its capitals. */
function lowerFirst(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** The state side: a glossary side id ("syria:government") when the article's actors tell the conflict. */
function stateSide(findings: readonly Finding[], byId: ReadonlyMap<string, Entry>): { id: string; name: string } {
  const sides = new Map<string, number>();
  const conflicts = new Map<string, number>();
  for (const f of findings) {
    const e = byId.get(f.entryId);
    if (!e || e.kind === 'term') continue;
    if (e.side?.endsWith(':government')) sides.set(e.side, (sides.get(e.side) ?? 0) + 1);
    for (const c of e.conflicts ?? []) if (c !== 'general') conflicts.set(c, (conflicts.get(c) ?? 0) + 1);
  }
  const conflict = mostFrequent(conflicts);
  const id = mostFrequent(sides) ?? (conflict ? `${conflict}:government` : STATE_SIDE);
  const prefix = id.includes(':') ? id.slice(0, id.indexOf(':')) : undefined;
  const title = prefix?.replace(/(^|-)(\p{L})/gu, (_, dash: string, c: string) => dash + c.toUpperCase());
  return { id, name: title ? `${title}: government side` : 'Government side' };
}

function mostFrequent(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && key < best)) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}
