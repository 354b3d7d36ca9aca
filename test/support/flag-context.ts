/**
 * The sentence a framing flag sits in, with the flagged words marked [[like this]]: the key of a copy editor's
 * judgment (test/support/flag-judgments.ts) and what the precision script prints.
 */
import { sentenceEnd, sentenceStart } from '../../utils/core/rules/words';

export function flagContext(text: string, start: number, end: number): string {
  const from = sentenceStart(text, start);
  const to = Math.max(end, sentenceEnd(text, end));
  return `${text.slice(from, start)}[[${text.slice(start, end)}]]${text.slice(end, to)}`.replace(/\s+/g, ' ').trim();
}

/** The sentence without its marks, and the flagged words. */
export function unmark(sentence: string): { text: string; flagged: string; at: number } {
  let at = sentence.indexOf('[[');
  // A bracket of the text's own just before the mark ("[[[terrorist attacks]]]" for "[terrorist attacks]") is text.
  while (sentence[at + 2] === '[') at++;
  const close = sentence.indexOf(']]', at);
  return { text: sentence.slice(0, at) + sentence.slice(at + 2, close) + sentence.slice(close + 2), flagged: sentence.slice(at + 2, close), at };
}
