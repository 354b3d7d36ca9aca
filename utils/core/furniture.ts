/**
 * Page furniture that a page's markup runs into the article's text: another article's headline glued to it after a
 * colon, after "Read more:" (on its line or in a list of headlines under it) or before a closing "Read more", a related story's headline in capitals, a hover card's headlines left inside a name up
 * to its "MORE" link, a picture's credit after its caption button ("toggle caption Militant photo via AP"), and a
 * related video's title in a news site's player ("JUST WATCHED A Syrian refugee's story Replay More Videos"). Words
 * there are not the article's own, for the glossary's terms and the words to watch alike.
 */
import { sentenceEnd } from './rules/words';

/**
 * A colon with no space between a lower-case letter and a capital ("bad news for newspapers:I'm a journalism
 * student …"): a related link's headline run into the text. ASCII letters only: the check runs on every flagged word.
 */
const GLUED_HEADLINE = /[a-z]:[A-Z]/;

/**
 * A name run into a capitalised word with no space ("Timothy (Tim) James WalzTrump slams Biden staff …"), and, later
 * in the sentence, "MORE" in capitals: a hover card's headlines of other articles, up to its "MORE" link.
 */
const GLUED_NAME = /\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/gu;
const MORE_LINK = /(?<![\p{L}])MORE(?![\p{L}])/u;

function inHoverCard(before: string, rest: string): boolean {
  if (!MORE_LINK.test(rest)) return false;
  const glued = [...before.matchAll(GLUED_NAME)].at(-1);
  return !!glued && !MORE_LINK.test(before.slice(glued.index));
}

/**
 * "Enlarge this image toggle caption Militant photo via AP": a picture's credit, the word naming who took or released
 * the photo, after a caption button ("toggle caption", "hide caption") earlier in the sentence.
 */
const CAPTION_BUTTON = /(?<![\p{L}])caption\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const CREDIT_AFTER = /^\s+(?:photo|photograph|image|picture|video)s?\s+(?:via|by|from|courtesy\s+of)(?![\p{L}])/iu;

function inPhotoCredit(before: string, text: string, end: number): boolean {
  return CREDIT_AFTER.test(text.slice(end, end + 40)) && CAPTION_BUTTON.test(before);
}

/**
 * A line that opens with "Read more:", "Related:", "See also:" ("Read more: No ceasefire, but SA wins … in the Gaza
 * genocide case"): a link to another article, its headline run into the text.
 */
const LINK_LEAD = /^\s*(?:read\s+more|read\s+also|also\s+read|related|see\s+also)\s*:/i;
/**
 * A line that ends with the link's own "Read more" ("‘The president's insane’: book by CNN's Jim Acosta charts Trump
 * war on press Read more"): a related article's headline set in the text, as the Guardian does. Case sensitive.
 */
const LINK_TAIL = /^[^.!?\n]*(?<![\p{L}])Read more[ \t]*(?:\n|$)/u;

/**
 * "READ MORE:" on a line of its own, then (past "Advertisement" slots) a list of other articles' headlines, one to a
 * line with no closing stop: each of them is a link, not the article.
 */
const LIST_HEAD = /^\s*(?:read\s+more|related(?:\s+(?:articles?|stories|coverage))?|see\s+also|also\s+read|more\s+from\s+[^:]{1,40})\s*:?\s*$/i;
const AD_SLOT = /^\s*(?:advertisement|sponsored|ad)\s*$/i;
const CLOSED = /[.!?]["”’)]*\s*$/;
const LIST_LOOKBACK = 8;
const LINK_LINE_MAX = 300;

function inLinkList(text: string, from: number): boolean {
  // Headlines are short: read at most a window around the sentence, so a page of long lines costs nothing more.
  const ahead = text.slice(from, from + LINK_LINE_MAX);
  const lineEnd = ahead.indexOf('\n');
  if (lineEnd < 0 && from + LINK_LINE_MAX < text.length) return false;
  if (CLOSED.test(lineEnd < 0 ? ahead : ahead.slice(0, lineEnd))) return false;
  const lines = text.slice(Math.max(0, from - LIST_LOOKBACK * LINK_LINE_MAX), from).split('\n').toReversed();
  let seen = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    if (++seen > LIST_LOOKBACK) return false;
    if (LIST_HEAD.test(line)) return true;
    if (!AD_SLOT.test(line) && (CLOSED.test(line) || line.length > LINK_LINE_MAX)) return false;
  }
  return false;
}

/**
 * "JUST WATCHED A Syrian refugee's story Replay More Videos ..", "MUST WATCH A Syrian refugee's story 02:30": a video
 * player's list of related videos, each title after the player's label in capitals at the opening of its line. Case
 * sensitive: "Voters just watched the debate" and a sentence that says "must watch" are the article's own.
 */
const PLAYER_LABEL = /^\s*(?:JUST WATCHED|MUST WATCH)\s/;

/**
 * A sentence of six words or more written wholly in capitals ("TRUMP ADMINISTRATION TO DEPLOY BORDER PATROL TO
 * SANCTUARY CITIES TO HELP ICE CATCH ILLEGAL IMMIGRANTS"): a related story's headline the page's markup left in the
 * text. A short phrase in capitals ("“LAWLESS EXTREMISTS”") is a quotation or emphasis, and still reads.
 */
const CAPITALS_LINE_WORDS = 6;

const LOWER = /\p{Ll}/u;

function capitalsLine(before: string, words: string, rest: string): boolean {
  if (LOWER.test(before) || LOWER.test(rest)) return false;
  const line = `${before}${words}${rest}`.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return line.length >= CAPITALS_LINE_WORDS;
}

/**
 * Whether the words at `start`–`end`, in the sentence that opens at `from`, are furniture rather than the article. The
 * checks that read the rest of the sentence come last: this runs on every flagged word and every word to watch.
 */
export function inPageFurniture(text: string, from: number, start: number, end: number): boolean {
  const before = text.slice(from, start);
  if (GLUED_HEADLINE.test(before) || LINK_LEAD.test(before) || PLAYER_LABEL.test(before) || inPhotoCredit(before, text, end)) return true;
  const words = text.slice(start, end);
  const rest = text.slice(end, Math.max(end, sentenceEnd(text, end)));
  return (
    inHoverCard(before, rest) ||
    LINK_TAIL.test(text.slice(end, end + 300)) ||
    (!LOWER.test(words) && capitalsLine(before, words, rest)) ||
    inLinkList(text, from)
  );
}
