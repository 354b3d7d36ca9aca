/**
 * The last problems Framing Lens met on pages, for the options page: when, and what kind. Never page text, never an
 * address: only the reason, from the message contract's closed list.
 */
import { storage } from 'wxt/utils/storage';
import type { CannotRead } from './messages';

export interface Problem {
  /** ISO 8601 time. */
  at: string;
  reason: CannotRead;
}

/** How many are kept, newest first. */
export const PROBLEMS_KEPT = 20;

export const problemsItem = storage.defineItem<Problem[]>('local:problems', { fallback: [], version: 1 });

/** Records a problem; the browser's own pages are not one (extensions are kept out of them by design). */
export async function recordProblem(reason: CannotRead, now = new Date()): Promise<void> {
  if (reason === 'forbidden') return;
  const kept = await problemsItem.getValue();
  await problemsItem.setValue([{ at: now.toISOString(), reason }, ...kept].slice(0, PROBLEMS_KEPT));
}
