/**
 * How each kind of mark looks, in one place for both ways of marking the page: `::highlight()` rules (highlight.ts)
 * and the boxes drawn over a very large page (overlay-marks.ts). Framing words, named actors and words to watch differ
 * by line (wavy, dotted, dashed) as well as by colour, so they stay apart for readers who do not see the colours.
 */
import type { Flag } from '../core/types';

export interface MarkLook {
  /** The fill behind the words, if any. */
  fill?: string;
  line: 'wavy' | 'dotted' | 'dashed' | 'solid';
  /** The line's thickness. */
  px: number;
  colour: string;
}

export type MarkStyle = 'underline' | 'tint';

export const FLAG_LOOKS: Record<Flag, Record<MarkStyle, MarkLook>> = {
  framing: {
    underline: { fill: 'rgba(234, 88, 12, 0.10)', line: 'wavy', px: 2, colour: '#c2410c' },
    tint: { fill: 'rgba(249, 115, 22, 0.32)', line: 'wavy', px: 1, colour: '#9a3412' },
  },
  context: {
    underline: { line: 'dotted', px: 2, colour: '#1d4ed8' },
    tint: { fill: 'rgba(59, 130, 246, 0.22)', line: 'dotted', px: 1, colour: '#1e40af' },
  },
};

/** Words to watch: a quieter mark than the glossary's. */
export const WATCH_LOOK: MarkLook = { line: 'dashed', px: 1, colour: '#7e22ce' };

/**
 * The occurrence the reader moved to from the sidebar. A highlight can also darken the words themselves; a box laid
 * over them cannot, so its fill is see-through.
 */
export const CURRENT_LOOK: MarkLook & { text: string; overFill: string } = {
  fill: '#fde047',
  overFill: 'rgba(253, 224, 71, 0.55)',
  text: '#111',
  line: 'solid',
  px: 3,
  colour: '#111',
};
