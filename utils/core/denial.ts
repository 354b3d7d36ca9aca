/**
 * A label or an act named only to be denied: "he was not a tyrant", "It wasn't that he was a tyrant", "is no liar",
 * "not that they are terrorists themselves", "No one … has ever conducted a terrorist attack", "has never been a
 * rebel". The words apply to nobody, so they frame nobody. Not "not only a thug" or "not just a crony", where the
 * label stands. Pure: reads the words of the sentence before the match.
 */

/** A copula denied just before: "was not a", "isn't a", "is no", "not that they are". */
const DENIED_COPULA =
  /(?:(?<![\p{L}])(?:is|was|are|were|am|be|been|being)\s+(?:not|never)|n['’]t(?:\s+that\s+\p{L}+\s+(?:is|was|are|were))?|(?<![\p{L}])not\s+that\s+\p{L}+\s+(?:is|was|are|were)|(?<![\p{L}])(?:is|was|are|were)\s+no(?:\s+longer)?)\s+(?:(?:really|actually)\s+)?(?:(?:a|an|the|some|any)\s+)?(?:(?!(?:only|just|merely|simply)\s)[\p{L}-]+\s+)?$/iu;

/**
 * "never carried out a", "No one … has ever conducted a", "never had a revolution, a civil war or a foreign", "never
 * shown any indication of": an act nobody did, a few words on, or the last of a list of them.
 */
const NOTHING_OF_THE_KIND =
  /(?:(?<![\p{L}])never|(?<![\p{L}])(?:no\s+one|nobody|none)(?![\p{L}])[^.;:!?]{0,80}?(?<![\p{L}])ever)\s+(?:[\p{L}-]+\s+){0,3}?(?:an?|any)\s+(?:(?:[\p{L}-]+\s+){0,2}[\p{L}-]+(?:,\s+(?:(?:or|and)\s+)?|\s+(?:or|and)\s+)(?:an?\s+)?)*(?:[\p{L}-]+\s+){0,2}$/iu;
/** "no sign of", "no indication of": nothing seen that the word could name. */
const NO_SIGN_OF = /(?<![\p{L}])no\s+(?:sign|signs|indication|evidence|trace)\s+of\s+$/iu;

/** Whether `before` (the sentence up to the match) denies what the match names. */
export function deniedBefore(before: string): boolean {
  return DENIED_COPULA.test(before) || NOTHING_OF_THE_KIND.test(before) || NO_SIGN_OF.test(before);
}
