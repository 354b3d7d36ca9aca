import type { Entry } from '../utils/glossary/schema';
import type { Finding } from '../utils/core/types';
import { KIND_LABELS } from '../utils/findings-view';
import { EntryDetails } from './EntryDetails';

export interface HoverState {
  finding: Finding;
  entry: Entry;
  /** The highlighted word's rectangle in viewport coordinates. */
  anchor: { left: number; top: number; right: number; bottom: number };
}

interface Props {
  state: HoverState;
  nameOf: (id: string) => string | undefined;
  /** Space the sidebar takes on the right: the card stays left of it. */
  reservedRight: number;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

const WIDTH = 340;
const GAP = 8;
const MAX_HEIGHT = 300;

/** Where the card goes: below the word if it fits, else above; never over the word it explains. */
export function placeCard(anchor: HoverState['anchor'], viewport: { width: number; height: number }, reservedRight: number) {
  const below = viewport.height - anchor.bottom - GAP;
  const placeBelow = below >= MAX_HEIGHT || below >= anchor.top - GAP;
  const maxLeft = Math.max(GAP, viewport.width - reservedRight - WIDTH - GAP);
  const left = Math.min(Math.max(GAP, anchor.left), maxLeft);
  return placeBelow
    ? { left, top: anchor.bottom + GAP, maxHeight: Math.max(120, below - GAP) }
    : { left, bottom: viewport.height - anchor.top + GAP, maxHeight: Math.max(120, anchor.top - 2 * GAP) };
}

export function HoverCard({ state, nameOf, reservedRight, onPointerEnter, onPointerLeave }: Props) {
  const { finding, entry } = state;
  const pos = placeCard(state.anchor, { width: window.innerWidth, height: window.innerHeight }, reservedRight);
  const style = {
    left: `${pos.left}px`,
    width: `${WIDTH}px`,
    maxHeight: `${pos.maxHeight}px`,
    ...('top' in pos ? { top: `${pos.top}px` } : { bottom: `${pos.bottom}px` }),
  };
  return (
    <div class="hover-card" role="tooltip" style={style} onPointerEnter={onPointerEnter} onPointerLeave={onPointerLeave}>
      <div class="card-head">
        <strong>{entry.name}</strong>
        <span class={`tag ${finding.flag}`}>{finding.flag === 'framing' ? 'Framing' : KIND_LABELS[entry.kind]}</span>
      </div>
      {finding.note && <p class="rule-note">{finding.note}</p>}
      {finding.quoted && <p class="rule-note">Inside a quotation: these are the quoted speaker's words, not the outlet's.</p>}
      <EntryDetails entry={entry} nameOf={nameOf} compact />
    </div>
  );
}
