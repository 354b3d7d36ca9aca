/**
 * "claimed … lives": shared by the attribution rule (it is not doubt) and the agentless rule (it is a casualty
 * phrase). Up to five words may stand between ("has claimed more than 400,000 lives", "claimed the officers' lives"),
 * none of them "on", and "life" not one of a person's spheres ("claimed Paul's attack on Clinton's personal life" is a
 * claim about an attack, no death).
 */
export const LIVES_AFTER =
  /\s+(?:(?!on\s)[^\s.;:!?]+\s+){0,5}?(?<!(?:personal|private|public|political|social|love|family|professional|sex|daily|everyday|real|night|shelf|half|new)\s)li(?:ves|fe)\b/iy;

/** End of the "… lives" that follows `from`, or -1. */
export function livesAfter(text: string, from: number): number {
  LIVES_AFTER.lastIndex = from;
  return LIVES_AFTER.exec(text) ? LIVES_AFTER.lastIndex : -1;
}
