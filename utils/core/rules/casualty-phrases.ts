/**
 * "claimed … lives": shared by the attribution rule (it is not doubt) and the agentless rule (it is a casualty
 * phrase). Up to five words may stand between ("has claimed more than 400,000 lives").
 */
export const LIVES_AFTER = /\s+(?:[^\s.;:!?]+\s+){0,5}?li(?:ves|fe)\b/iy;

/** End of the "… lives" that follows `from`, or -1. */
export function livesAfter(text: string, from: number): number {
  LIVES_AFTER.lastIndex = from;
  return LIVES_AFTER.exec(text) ? LIVES_AFTER.lastIndex : -1;
}
