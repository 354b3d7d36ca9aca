/**
 * A word reported as someone's label for a person or a group: "refrained from calling Romney a phony", "branded the
 * strikers thugs", "dubbed him a traitor". The word is the label that person gave (or withheld), not the writer's:
 * like a quotation, it is given as someone else's. Verbs of calling followed by a particle ("called for", "called
 * on", "called off") are not naming anyone.
 */
const LABELLED =
  /(?<![\p{L}])(?:call(?:s|ed|ing)?|label(?:s|ed|led|ing|ling)?|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?|den(?:ounce[sd]?|ouncing)\s+\S+\s+as)(?!\s+(?:for|on|off|up|upon|in|out|back|to)\b)\s+(?:[\p{L}\p{N}'’.-]+,?\s+){0,4}?(?:(?:a|an|as)\s+)?$/iu;

/** How far back in the sentence the verb of calling may stand. */
const REACH = 60;

/** Whether the word at `start` is a label the sentence reports someone giving (see above). */
export function reportedLabel(text: string, start: number, sentenceFrom: number): boolean {
  return LABELLED.test(text.slice(Math.max(sentenceFrom, start - REACH), start));
}
