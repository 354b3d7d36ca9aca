/**
 * A label or an act named only to be denied: "he was not a tyrant", "It wasn't that he was a tyrant", "is no liar",
 * "not that they are terrorists themselves", "No one … has ever conducted a terrorist attack", "has never been a
 * rebel", "responded not with an invasion but shellings", "had no tie to terrorist groups", "denied having terrorist
 * aims", "denies being a terrorist", "is not being treated as a terrorist incident". The words apply to
 * nobody, so they frame nobody. Not "not only a thug" or "not just a crony", where the label stands. Pure: reads the
 * words of the sentence before the match.
 */

// The expressions read the lower-cased end of the sentence, with no Unicode letter classes: compiling those is dear
// (V8 compiles an expression on first use, in each click's analysis), and every word they name is plain ASCII.
/** A word: anything between spaces but a comma or a stop. */
const W = "[^\\s,.;:!?]+";

/** A copula denied just before: "was not a", "isn't a", "is no", "not that they are". */
const DENIED_COPULA = new RegExp(
  `(?:\\b(?:is|was|are|were|am|be|been|being)\\s+(?:not|never)|n['’]t(?:\\s+that\\s+${W}\\s+(?:is|was|are|were))?|\\bnot\\s+that\\s+${W}\\s+(?:is|was|are|were)|\\b(?:is|was|are|were)\\s+no(?:\\s+longer)?)\\s+(?:(?:really|actually)\\s+)?(?:(?:a|an|the|some|any)\\s+)?(?:(?!(?:only|just|merely|simply)\\s)${W}\\s+)?$`,
);

/**
 * "never carried out a", "No one … has ever conducted a", "never had a revolution, a civil war or a foreign", "never
 * shown any indication of": an act nobody did, a few words on, or the last of a list of them.
 */
const NOTHING_OF_THE_KIND = new RegExp(
  `(?:\\bnever|\\b(?:no\\s+one|nobody|none)\\b[^.;:!?]{0,80}?\\bever)\\s+(?:${W}\\s+){0,3}?(?:an?|any)\\s+(?:(?:${W}\\s+){0,2}${W}(?:,\\s+(?:(?:or|and)\\s+)?|\\s+(?:or|and)\\s+)(?:an?\\s+)?)*(?:${W}\\s+){0,2}$`,
);
/**
 * "responded not with an", "a liberation, not an", "not by a": a contrast that names the word only to set it aside
 * (no copula needed); not "not only a", "not just an", where the word stands.
 */
const NOT_THIS = new RegExp(`\\bnot\\s+(?:(?:with|by|through|in)\\s+)?(?:an?|any)\\s+(?:(?!(?:only|just|merely|simply)\\s)${W}\\s+)?$`);
/** "no sign of", "no indication of": nothing seen that the word could name. */
const NO_SIGN_OF = /\bno\s+(?:sign|signs|indication|evidence|trace)\s+of\s+$/;
/**
 * "had no tie to terrorist groups", "no known links with any terrorist organisation": a general category under a
 * denied connection, no group classed. Not "no ties to the terrorists who…", where a determiner names someone.
 */
const NO_TIE_TO = /\bno\s+(?:(?:known|direct|apparent|clear|formal)\s+)?(?:ties?|links?|connections?|affiliations?)\s+(?:to|with)\s+(?:any\s+)?$/;

/**
 * "he had denied having terrorist aims", "denies being a terrorist", "denied any terrorist links": the label is what
 * someone disputes about himself, reported as his denial. Not "denied the terrorist attack", where a thing is named.
 */
const DENIED_HAVING = new RegExp(`\\bden(?:y|ies|ied|ying)\\s+(?:(?:ever\\s+)?(?:having|being)(?:\\s+been)?|any|all)\\s+(?:(?:an?|any)\\s+)?(?:${W}\\s+)?$`);

/**
 * "It is not being treated as a terrorist incident at this stage", "isn't considered a terrorist act": a
 * classification declined, reported; nothing is labelled. Not "is being treated as a terrorist incident", nor "not
 * only treated as a", where the label stands.
 */
const NOT_TREATED_AS = new RegExp(
  `(?:\\bnot|n['’]t)\\s+(?:(?:yet|currently|now|being|been)\\s+)*(?:treated|considered|regarded|classed|classified|investigated|viewed)(?:\\s+as)?\\s+(?:(?:an?|any)\\s+)?(?:${W}\\s+)?$`,
);

/** A word of denial anywhere: most sentences hold none, and the expressions above then need not run (nor compile). */
const ANY_DENIAL = /\b(?:no|not|never|none|nobody|den(?:y|ies|ied|ying))\b|n['’]t\b/;

/** Whether `before` (the sentence up to the match) denies what the match names. */
export function deniedBefore(before: string): boolean {
  // Every form ends within the last 160 characters; the expressions, tied to the end, then try few starts.
  const tail = before.slice(-160).toLowerCase();
  if (!ANY_DENIAL.test(tail)) return false;
  return DENIED_COPULA.test(tail) || NOT_THIS.test(tail) || NOTHING_OF_THE_KIND.test(tail) || NO_SIGN_OF.test(tail) || NO_TIE_TO.test(tail) || DENIED_HAVING.test(tail) || NOT_TREATED_AS.test(tail);
}

/**
 * A verb denied right before it ("never slammed", "did not lash out", "has never publicly blasted", "would not be
 * pilloried"): the act it names did not happen. Not "not only slammed", nor a denial further back ("won't be able to
 * continue harping", "isn't about flip-flopping"), where the verb stands.
 */
const VERB_DENIED = /(?:\b(?:never|not)|n['’]t)\s+(?:(?!only\s)[a-z]+ly\s+)?(?:(?:to|be|been|have|has|had|ever)\s+)?(?:(?!only\s)[a-z]+ly\s+)?$/;

/** Whether `before` (the sentence up to a verb) denies the verb right before it. */
export function verbDeniedBefore(before: string): boolean {
  return VERB_DENIED.test(before.slice(-60).toLowerCase());
}
