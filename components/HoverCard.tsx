import type { Entry } from '../utils/glossary/schema';
import type { Finding } from '../utils/core/types';
import type { WatchFinding } from '../utils/core/watch/find';
import { EntryDetails } from './EntryDetails';
import { kindKey } from './FindingList';
import { useI18n } from './i18n';
import { toneCategoryKey } from './ToneSection';

/** A word to watch under the pointer, with its category's note (why such words matter). */
export interface WatchHover {
  word: WatchFinding;
  note: string;
}

/** The card's subject: a glossary finding with its entry, or a word to watch. */
export type HoverState = ({ finding: Finding; entry: Entry } | { watch: WatchHover }) & {
  /** The highlighted word's rectangle in viewport coordinates. */
  anchor: Box;
};

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Props {
  state: HoverState;
  nameOf: (id: string) => string | undefined;
  /** The part of the viewport the page keeps while the sidebar is open: the card stays inside it. */
  area: Box;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

const WIDTH = 340;
const GAP = 8;
const MAX_HEIGHT = 300;

/** Where the card goes: below the word if it fits, else above; never over the word it explains, never over the sidebar. */
export function placeCard(anchor: Box, area: Box) {
  const width = Math.min(WIDTH, area.right - area.left - 2 * GAP);
  const below = area.bottom - anchor.bottom - GAP;
  const above = anchor.top - area.top - GAP;
  const placeBelow = below >= MAX_HEIGHT || below >= above;
  const maxLeft = Math.max(area.left + GAP, area.right - width - GAP);
  const left = Math.min(Math.max(area.left + GAP, anchor.left), maxLeft);
  // `edge`: the card's top edge when below the word, its bottom edge when above it.
  return placeBelow
    ? { below: true, left, width, edge: anchor.bottom + GAP, maxHeight: Math.max(120, Math.min(MAX_HEIGHT, below - GAP)) }
    : { below: false, left, width, edge: anchor.top - GAP, maxHeight: Math.max(120, Math.min(MAX_HEIGHT, above - GAP)) };
}

export function HoverCard({ state, nameOf, area, onPointerEnter, onPointerLeave }: Props) {
  const pos = placeCard(state.anchor, area);
  const style = {
    left: `${pos.left}px`,
    width: `${pos.width}px`,
    maxHeight: `${pos.maxHeight}px`,
    ...(pos.below ? { top: `${pos.edge}px` } : { bottom: `${window.innerHeight - pos.edge}px` }),
  };
  return (
    <div class="hover-card" role="tooltip" style={style} onPointerEnter={onPointerEnter} onPointerLeave={onPointerLeave}>
      {'watch' in state ? <WatchCard {...state.watch} /> : <EntryCard finding={state.finding} entry={state.entry} nameOf={nameOf} />}
    </div>
  );
}

function EntryCard({ finding, entry, nameOf }: { finding: Finding; entry: Entry; nameOf: Props['nameOf'] }) {
  const { t } = useI18n();
  return (
    <>
      <div class="card-head">
        <strong>{entry.name}</strong>
        <span class={`tag ${finding.flag}`}>{finding.flag === 'framing' ? t('tag_framing') : t(kindKey(entry.kind))}</span>
      </div>
      {finding.note && <p class="rule-note">{finding.note}</p>}
      <EntryDetails entry={entry} nameOf={nameOf} compact />
    </>
  );
}

/** A word to watch: its category, what a neutral report would say, why it matters, and whose word it is. */
function WatchCard({ word, note }: WatchHover) {
  const { t } = useI18n();
  return (
    <>
      <div class="card-head">
        <strong>{word.text}</strong>
        <span class="tag watch">{t(toneCategoryKey(word.category))}</span>
      </div>
      <p>{t('tone_instead', word.alternative)}</p>
      <p class="muted">{note}</p>
      <p class="muted">{t(word.quoted ? 'watch_in_quotation' : 'watch_outlet_voice')}</p>
    </>
  );
}
