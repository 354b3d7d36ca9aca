/**
 * The copy editor's judgments (test/support/flag-judgments.ts and, for the untuned pages, untuned-judgments.ts,
 * untuned-2-judgments.ts, untuned-3-judgments.ts, untuned-4-judgments.ts, untuned-5-judgments.ts, untuned-7-judgments.ts,
 * untuned-8-judgments.ts, untuned-9-judgments.ts, untuned-10-judgments.ts, untuned-11-judgments.ts, untuned-12-judgments.ts, untuned-13-judgments.ts, untuned-14-judgments.ts, untuned-15-judgments.ts, untuned-16-judgments.ts, untuned-17-judgments.ts, untuned-18-judgments.ts, untuned-19-judgments.ts, untuned-20-judgments.ts, untuned-21-judgments.ts, untuned-22-judgments.ts, untuned-23-judgments.ts, untuned-24-judgments.ts, untuned-25-judgments.ts, untuned-26-judgments.ts, untuned-27-judgments.ts, untuned-28-judgments.ts, untuned-29-judgments.ts, untuned-30-judgments.ts, untuned-31-judgments.ts, untuned-32-judgments.ts and untuned-33-judgments.ts), replayed sentence by sentence with the shipped glossary: a flag judged right is still
 * raised there, a flag judged wrong is not raised again. Debatable flags are left to the precision script
 * (`npm run eval:flags`), which reports them.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/core/analyze';
import type { Entry } from '../../../utils/glossary/schema';
import { readGlossaryFiles } from '../../../scripts/lib/glossary-files';
import { unmark } from '../../support/flag-context';
import { FLAG_JUDGMENTS, type FlagJudgment } from '../../support/flag-judgments';
import { UNTUNED_JUDGMENTS } from '../../support/untuned-judgments';
import { UNTUNED_2_JUDGMENTS } from '../../support/untuned-2-judgments';
import { UNTUNED_3_JUDGMENTS } from '../../support/untuned-3-judgments';
import { UNTUNED_4_JUDGMENTS } from '../../support/untuned-4-judgments';
import { UNTUNED_5_JUDGMENTS } from '../../support/untuned-5-judgments';
import { UNTUNED_7_JUDGMENTS } from '../../support/untuned-7-judgments';
import { UNTUNED_8_JUDGMENTS } from '../../support/untuned-8-judgments';
import { UNTUNED_9_JUDGMENTS } from '../../support/untuned-9-judgments';
import { UNTUNED_10_JUDGMENTS } from '../../support/untuned-10-judgments';
import { UNTUNED_11_JUDGMENTS } from '../../support/untuned-11-judgments';
import { UNTUNED_12_JUDGMENTS } from '../../support/untuned-12-judgments';
import { UNTUNED_13_JUDGMENTS } from '../../support/untuned-13-judgments';
import { UNTUNED_14_JUDGMENTS } from '../../support/untuned-14-judgments';
import { UNTUNED_15_JUDGMENTS } from '../../support/untuned-15-judgments';
import { UNTUNED_16_JUDGMENTS } from '../../support/untuned-16-judgments';
import { UNTUNED_17_JUDGMENTS } from '../../support/untuned-17-judgments';
import { UNTUNED_18_JUDGMENTS } from '../../support/untuned-18-judgments';
import { UNTUNED_19_JUDGMENTS } from '../../support/untuned-19-judgments';
import { UNTUNED_20_JUDGMENTS } from '../../support/untuned-20-judgments';
import { UNTUNED_21_JUDGMENTS } from '../../support/untuned-21-judgments';
import { UNTUNED_22_JUDGMENTS } from '../../support/untuned-22-judgments';
import { UNTUNED_23_JUDGMENTS } from '../../support/untuned-23-judgments';
import { UNTUNED_24_JUDGMENTS } from '../../support/untuned-24-judgments';
import { UNTUNED_25_JUDGMENTS } from '../../support/untuned-25-judgments';
import { UNTUNED_26_JUDGMENTS } from '../../support/untuned-26-judgments';
import { UNTUNED_27_JUDGMENTS } from '../../support/untuned-27-judgments';
import { UNTUNED_28_JUDGMENTS } from '../../support/untuned-28-judgments';
import { UNTUNED_29_JUDGMENTS } from '../../support/untuned-29-judgments';
import { UNTUNED_30_JUDGMENTS } from '../../support/untuned-30-judgments';
import { UNTUNED_31_JUDGMENTS } from '../../support/untuned-31-judgments';
import { UNTUNED_32_JUDGMENTS } from '../../support/untuned-32-judgments';
import { UNTUNED_33_JUDGMENTS } from '../../support/untuned-33-judgments';

const entries = readGlossaryFiles().flatMap((f) => f.data as Entry[]);

function flaggedAt(sentence: string, entryId: string, after?: string, before?: string): boolean {
  const { text: own, at: ownAt } = unmark(sentence);
  const lead = before === undefined ? '' : `${before} `;
  const text = `${lead}${own}${after === undefined ? '' : `\n\n${after}`}`;
  const at = ownAt + lead.length;
  // At the "more" level, where every flag the extension can raise is raised (the passive "were killed" only there).
  return analyze(text, entries, { watchLevel: 'more' }).findings.some((f) => f.flag === 'framing' && f.entryId === entryId && f.start <= at && f.end > at);
}

/**
 * Wrong flags no rule mends yet, each still counted wrong by `npm run eval:flags` and described, with the rule that
 * would mend it, in its set's header (test/support/untuned-10-judgments.ts, untuned-12-judgments.ts,
 * untuned-13-judgments.ts and untuned-14-judgments.ts): the Second World War's occupiers; "fake news" naming the
 * phenomenon in sentences that say so by nothing but the page around them; a convict's torture of a hostage; the
 * Blitz's bombs told in the sentence before the deaths. Each leaves this list with the rule that mends it.
 */
const AWAITING_RULES: ReadonlyArray<[page: string, entryId: string, words: string]> = [
  ['rrb-bbc-kefalonia-submarine', 'term-occupier', 'to evade the Italian'],
  ['abp-rutgers-fight-fake-news', 'term-fake-news', 'People get up to go to work'],
  ['abp-rutgers-fight-fake-news', 'term-fake-news', 'especially in an election year'],
  ['abp-rutgers-fight-fake-news', 'term-fake-news', 'destabilizing the American electorate'],
  ['abp-cnn-escaped-killers-search', 'term-torture', 'held a businessman hostage'],
  ['abp-spectator-bravo-mr-president', 'term-killed', 'Tens of thousands of London residents'],
  // "the Soviet-controlled Gus Hall": a person after an "X-controlled" compound; without a list of given names, a
  // person's name is not told from a place's ("rebel-held Khan Sheikhoun")
  ['abp-spectator-media-show-trial', 'term-territory-held', 'voted for the'],
];
const awaitingRules = (j: FlagJudgment) =>
  j.verdict === 'wrong' && AWAITING_RULES.some(([page, entryId, words]) => j.page === page && j.entryId === entryId && j.sentence.includes(words));

const cases = (verdict: 'right' | 'wrong') =>
  [...FLAG_JUDGMENTS, ...UNTUNED_JUDGMENTS, ...UNTUNED_2_JUDGMENTS, ...UNTUNED_3_JUDGMENTS, ...UNTUNED_4_JUDGMENTS, ...UNTUNED_5_JUDGMENTS, ...UNTUNED_7_JUDGMENTS, ...UNTUNED_8_JUDGMENTS, ...UNTUNED_9_JUDGMENTS, ...UNTUNED_10_JUDGMENTS, ...UNTUNED_11_JUDGMENTS, ...UNTUNED_12_JUDGMENTS, ...UNTUNED_13_JUDGMENTS, ...UNTUNED_14_JUDGMENTS, ...UNTUNED_15_JUDGMENTS, ...UNTUNED_16_JUDGMENTS, ...UNTUNED_17_JUDGMENTS, ...UNTUNED_18_JUDGMENTS, ...UNTUNED_19_JUDGMENTS, ...UNTUNED_20_JUDGMENTS, ...UNTUNED_21_JUDGMENTS, ...UNTUNED_22_JUDGMENTS, ...UNTUNED_23_JUDGMENTS, ...UNTUNED_24_JUDGMENTS, ...UNTUNED_25_JUDGMENTS, ...UNTUNED_26_JUDGMENTS, ...UNTUNED_27_JUDGMENTS, ...UNTUNED_28_JUDGMENTS, ...UNTUNED_29_JUDGMENTS, ...UNTUNED_30_JUDGMENTS, ...UNTUNED_31_JUDGMENTS, ...UNTUNED_32_JUDGMENTS, ...UNTUNED_33_JUDGMENTS]
    .filter((j) => j.verdict === verdict && !awaitingRules(j))
    .map((j) => [`${j.page} ${j.entryId}: ${j.why}`, j.sentence, j.entryId, j.after, j.before] as const);

describe('flags judged right on real pages are still raised', () => {
  test.each(cases('right'))('%s', (_, sentence, entryId, after, before) => {
    expect(flaggedAt(sentence, entryId, after, before)).toBe(true);
  });
});

describe('flags judged wrong on real pages are not raised again', () => {
  test.each(cases('wrong'))('%s', (_, sentence, entryId, after, before) => {
    expect(flaggedAt(sentence, entryId, after, before)).toBe(false);
  });
});
