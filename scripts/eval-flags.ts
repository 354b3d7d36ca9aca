// Precision check of the framing flags (`npm run eval:flags [-- <pages dir>] [--all] [--before] [--context] [--more]`). Runs the extension's own
// extraction (jsdom, as test/unit/page/extract.test.ts does) and analysis with the shipped glossary on every page of
// the pages the rules were tuned on (../shared/fixtures/dev-pages and test/fixtures/pages) and, separately, on each
// set of untuned pages (test/fixtures/untuned to untuned-5 and untuned-7 to untuned-33, see test/support/untuned-judgments.ts,
// untuned-2-judgments.ts, untuned-3-judgments.ts, untuned-4-judgments.ts, untuned-5-judgments.ts, untuned-7-judgments.ts and
// untuned-8-judgments.ts, untuned-9-judgments.ts, untuned-10-judgments.ts, untuned-11-judgments.ts, untuned-12-judgments.ts, untuned-13-judgments.ts, untuned-14-judgments.ts, untuned-15-judgments.ts, untuned-16-judgments.ts, untuned-17-judgments.ts, untuned-18-judgments.ts, untuned-19-judgments.ts, untuned-20-judgments.ts, untuned-21-judgments.ts, untuned-22-judgments.ts, untuned-23-judgments.ts, untuned-24-judgments.ts, untuned-25-judgments.ts, untuned-26-judgments.ts, untuned-27-judgments.ts, untuned-28-judgments.ts, untuned-29-judgments.ts, untuned-30-judgments.ts, untuned-31-judgments.ts, untuned-32-judgments.ts and untuned-33-judgments.ts), or on one directory given as an argument; prints each framing flag in its sentence, and
// scores it against the judgments a copy editor recorded in those tables, with precision for each set apart.
// Flags nobody has judged yet are listed as "unjudged" so the table can be completed; `--all` prints the judged ones
// too; `--before` scores with the verdicts of the notes before issue 9 (run it on that commit to reproduce the
// baseline); `--more` analyses at the reader's "more" level (the passive "were killed" is raised only there); `--context` also prints every named actor found (context findings), to review actor identity by eye.
// Sets no exit code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../utils/core/analyze';
import type { Entry } from '../utils/glossary/schema';
import { extractArticle } from '../utils/page/extract';
import { FLAG_JUDGMENTS, judgmentKey, type Verdict } from '../test/support/flag-judgments';
import { flagContext } from '../test/support/flag-context';
import { UNTUNED_DIR, UNTUNED_JUDGMENTS } from '../test/support/untuned-judgments';
import { UNTUNED_2_DIR, UNTUNED_2_JUDGMENTS } from '../test/support/untuned-2-judgments';
import { UNTUNED_3_DIR, UNTUNED_3_JUDGMENTS } from '../test/support/untuned-3-judgments';
import { UNTUNED_4_DIR, UNTUNED_4_JUDGMENTS } from '../test/support/untuned-4-judgments';
import { UNTUNED_5_DIR, UNTUNED_5_JUDGMENTS } from '../test/support/untuned-5-judgments';
import { UNTUNED_7_DIR, UNTUNED_7_JUDGMENTS } from '../test/support/untuned-7-judgments';
import { UNTUNED_8_DIR, UNTUNED_8_JUDGMENTS } from '../test/support/untuned-8-judgments';
import { UNTUNED_9_DIR, UNTUNED_9_JUDGMENTS } from '../test/support/untuned-9-judgments';
import { UNTUNED_10_DIR, UNTUNED_10_JUDGMENTS } from '../test/support/untuned-10-judgments';
import { UNTUNED_11_DIR, UNTUNED_11_JUDGMENTS } from '../test/support/untuned-11-judgments';
import { UNTUNED_12_DIR, UNTUNED_12_JUDGMENTS } from '../test/support/untuned-12-judgments';
import { UNTUNED_13_DIR, UNTUNED_13_JUDGMENTS } from '../test/support/untuned-13-judgments';
import { UNTUNED_14_DIR, UNTUNED_14_JUDGMENTS } from '../test/support/untuned-14-judgments';
import { UNTUNED_15_DIR, UNTUNED_15_JUDGMENTS } from '../test/support/untuned-15-judgments';
import { UNTUNED_16_DIR, UNTUNED_16_JUDGMENTS } from '../test/support/untuned-16-judgments';
import { UNTUNED_17_DIR, UNTUNED_17_JUDGMENTS } from '../test/support/untuned-17-judgments';
import { UNTUNED_18_DIR, UNTUNED_18_JUDGMENTS } from '../test/support/untuned-18-judgments';
import { UNTUNED_19_DIR, UNTUNED_19_JUDGMENTS } from '../test/support/untuned-19-judgments';
import { UNTUNED_20_DIR, UNTUNED_20_JUDGMENTS } from '../test/support/untuned-20-judgments';
import { UNTUNED_21_DIR, UNTUNED_21_JUDGMENTS } from '../test/support/untuned-21-judgments';
import { UNTUNED_22_DIR, UNTUNED_22_JUDGMENTS } from '../test/support/untuned-22-judgments';
import { UNTUNED_23_DIR, UNTUNED_23_JUDGMENTS } from '../test/support/untuned-23-judgments';
import { UNTUNED_24_DIR, UNTUNED_24_JUDGMENTS } from '../test/support/untuned-24-judgments';
import { UNTUNED_25_DIR, UNTUNED_25_JUDGMENTS } from '../test/support/untuned-25-judgments';
import { UNTUNED_26_DIR, UNTUNED_26_JUDGMENTS } from '../test/support/untuned-26-judgments';
import { UNTUNED_27_DIR, UNTUNED_27_JUDGMENTS } from '../test/support/untuned-27-judgments';
import { UNTUNED_28_DIR, UNTUNED_28_JUDGMENTS } from '../test/support/untuned-28-judgments';
import { UNTUNED_29_DIR, UNTUNED_29_JUDGMENTS } from '../test/support/untuned-29-judgments';
import { UNTUNED_30_DIR, UNTUNED_30_JUDGMENTS } from '../test/support/untuned-30-judgments';
import { UNTUNED_31_DIR, UNTUNED_31_JUDGMENTS } from '../test/support/untuned-31-judgments';
import { UNTUNED_32_DIR, UNTUNED_32_JUDGMENTS } from '../test/support/untuned-32-judgments';
import { UNTUNED_33_DIR, UNTUNED_33_JUDGMENTS } from '../test/support/untuned-33-judgments';
import { readGlossaryFiles } from './lib/glossary-files';

const args = process.argv.slice(2);
const showAll = args.includes('--all');
const before = args.includes('--before');
const level = args.includes('--more') ? 'more' : 'default';
const showContext = args.includes('--context');
const dirArg = args.find((a) => !a.startsWith('--'));
/** Each set of pages scored on its own: the pages the rules were tuned on, and pages nobody tuned them to. */
const SETS: ReadonlyArray<{ name: string; dirs: string[] }> = dirArg
  ? [{ name: dirArg, dirs: [dirArg] }]
  : [
      { name: 'tuned (dev pages and test/fixtures/pages)', dirs: ['../shared/fixtures/dev-pages', 'test/fixtures/pages'] },
      { name: 'untuned (test/fixtures/untuned)', dirs: [UNTUNED_DIR] },
      { name: 'untuned-2 (test/fixtures/untuned-2)', dirs: [UNTUNED_2_DIR] },
      { name: 'untuned-3 (test/fixtures/untuned-3)', dirs: [UNTUNED_3_DIR] },
      { name: 'untuned-4 (test/fixtures/untuned-4)', dirs: [UNTUNED_4_DIR] },
      { name: 'untuned-5 (test/fixtures/untuned-5)', dirs: [UNTUNED_5_DIR] },
      { name: 'untuned-7 (test/fixtures/untuned-7)', dirs: [UNTUNED_7_DIR] },
      { name: 'untuned-8 (test/fixtures/untuned-8)', dirs: [UNTUNED_8_DIR] },
      { name: 'untuned-9 (test/fixtures/untuned-9)', dirs: [UNTUNED_9_DIR] },
      { name: 'untuned-10 (test/fixtures/untuned-10)', dirs: [UNTUNED_10_DIR] },
      { name: 'untuned-11 (test/fixtures/untuned-11)', dirs: [UNTUNED_11_DIR] },
      { name: 'untuned-12 (test/fixtures/untuned-12)', dirs: [UNTUNED_12_DIR] },
      { name: 'untuned-13 (test/fixtures/untuned-13)', dirs: [UNTUNED_13_DIR] },
      { name: 'untuned-14 (test/fixtures/untuned-14)', dirs: [UNTUNED_14_DIR] },
      { name: 'untuned-15 (test/fixtures/untuned-15)', dirs: [UNTUNED_15_DIR] },
      { name: 'untuned-16 (test/fixtures/untuned-16)', dirs: [UNTUNED_16_DIR] },
      { name: 'untuned-17 (test/fixtures/untuned-17)', dirs: [UNTUNED_17_DIR] },
      { name: 'untuned-18 (test/fixtures/untuned-18)', dirs: [UNTUNED_18_DIR] },
      { name: 'untuned-19 (test/fixtures/untuned-19)', dirs: [UNTUNED_19_DIR] },
      { name: 'untuned-20 (test/fixtures/untuned-20)', dirs: [UNTUNED_20_DIR] },
      { name: 'untuned-21 (test/fixtures/untuned-21)', dirs: [UNTUNED_21_DIR] },
      { name: 'untuned-22 (test/fixtures/untuned-22)', dirs: [UNTUNED_22_DIR] },
      { name: 'untuned-23 (test/fixtures/untuned-23)', dirs: [UNTUNED_23_DIR] },
      { name: 'untuned-24 (test/fixtures/untuned-24)', dirs: [UNTUNED_24_DIR] },
      { name: 'untuned-25 (test/fixtures/untuned-25)', dirs: [UNTUNED_25_DIR] },
      { name: 'untuned-26 (test/fixtures/untuned-26)', dirs: [UNTUNED_26_DIR] },
      { name: 'untuned-27 (test/fixtures/untuned-27)', dirs: [UNTUNED_27_DIR] },
      { name: 'untuned-28 (test/fixtures/untuned-28)', dirs: [UNTUNED_28_DIR] },
      { name: 'untuned-29 (test/fixtures/untuned-29)', dirs: [UNTUNED_29_DIR] },
      { name: 'untuned-30 (test/fixtures/untuned-30)', dirs: [UNTUNED_30_DIR] },
      { name: 'untuned-31 (test/fixtures/untuned-31)', dirs: [UNTUNED_31_DIR] },
      { name: 'untuned-32 (test/fixtures/untuned-32)', dirs: [UNTUNED_32_DIR] },
      { name: 'untuned-33 (test/fixtures/untuned-33)', dirs: [UNTUNED_33_DIR] },
    ];
const JUDGMENTS = [...FLAG_JUDGMENTS, ...UNTUNED_JUDGMENTS, ...UNTUNED_2_JUDGMENTS, ...UNTUNED_3_JUDGMENTS, ...UNTUNED_4_JUDGMENTS, ...UNTUNED_5_JUDGMENTS, ...UNTUNED_7_JUDGMENTS, ...UNTUNED_8_JUDGMENTS, ...UNTUNED_9_JUDGMENTS, ...UNTUNED_10_JUDGMENTS, ...UNTUNED_11_JUDGMENTS, ...UNTUNED_12_JUDGMENTS, ...UNTUNED_13_JUDGMENTS, ...UNTUNED_14_JUDGMENTS, ...UNTUNED_15_JUDGMENTS, ...UNTUNED_16_JUDGMENTS, ...UNTUNED_17_JUDGMENTS, ...UNTUNED_18_JUDGMENTS, ...UNTUNED_19_JUDGMENTS, ...UNTUNED_20_JUDGMENTS, ...UNTUNED_21_JUDGMENTS, ...UNTUNED_22_JUDGMENTS, ...UNTUNED_23_JUDGMENTS, ...UNTUNED_24_JUDGMENTS, ...UNTUNED_25_JUDGMENTS, ...UNTUNED_26_JUDGMENTS, ...UNTUNED_27_JUDGMENTS, ...UNTUNED_28_JUDGMENTS, ...UNTUNED_29_JUDGMENTS, ...UNTUNED_30_JUDGMENTS, ...UNTUNED_31_JUDGMENTS, ...UNTUNED_32_JUDGMENTS, ...UNTUNED_33_JUDGMENTS];
const entries = readGlossaryFiles().flatMap((f) => f.data as Entry[]);
const verdicts = new Map(JUDGMENTS.map((j) => [judgmentKey(j.page, j.entryId, j.sentence), before ? (j.verdictBefore ?? j.verdict) : j.verdict] as const));
const quiet = new VirtualConsole();

type Counts = Record<Verdict | 'unjudged', number>;

/** Runs one directory's pages, prints their flags, adds to `counts`, and records which judged flags were raised. */
async function runDir(dir: string, counts: Counts, seen: Set<string>, pagesRun: Set<string>): Promise<void> {
  if (!existsSync(dir)) {
    console.log(`\n(${dir} is not here: skipped)`);
    return;
  }
  for (const page of readdirSync(dir).sort()) {
    const file = join(dir, page, 'source.html');
    if (!existsSync(file)) continue;
    pagesRun.add(page);
    const doc = new JSDOM(readFileSync(file, 'utf8'), { url: `https://example.org/${page}`, virtualConsole: quiet }).window.document;
    const extraction = await extractArticle(doc);
    if (!extraction) {
      console.log(`\n## ${page}: no article`);
      continue;
    }
    const analysis = analyze(extraction.text, entries, { quotedRanges: extraction.quoted, watchLevel: level });
    const framing = analysis.findings.filter((f) => f.flag === 'framing');
    const context = analysis.findings.length - framing.length;
    console.log(`\n## ${page}: ${framing.length} framing, ${context} context`);
    for (const f of framing) {
      const sentence = flagContext(extraction.text, f.start, f.end);
      const key = judgmentKey(page, f.entryId, sentence);
      seen.add(key);
      const verdict = verdicts.get(key);
      counts[verdict ?? 'unjudged']++;
      if (verdict && !showAll) continue;
      console.log(`  [${verdict ?? 'UNJUDGED'}] ${f.entryId} «${f.text}»${f.quoted ? ' (quoted)' : ''}`);
      console.log(`      ${JSON.stringify(sentence)}`);
      if (f.note) console.log(`      note: ${f.note}`);
    }
    if (showContext) {
      for (const f of analysis.findings.filter((g) => g.flag === 'context')) {
        console.log(`  (context) ${f.entryId} «${f.text}»  ${JSON.stringify(flagContext(extraction.text, f.start, f.end).slice(0, 160))}`);
      }
    }
  }
}

const summaries: string[] = [];
for (const set of SETS) {
  console.log(`\n# ${set.name}`);
  const counts: Counts = { right: 0, debatable: 0, wrong: 0, unjudged: 0 };
  const seen = new Set<string>();
  const pagesRun = new Set<string>();
  for (const dir of set.dirs) await runDir(dir, counts, seen, pagesRun);
  const judged = counts.right + counts.debatable + counts.wrong;
  const pct = (n: number) => (judged ? ((100 * n) / judged).toFixed(1) : '—');
  const gone = JUDGMENTS.filter((j) => pagesRun.has(j.page) && !seen.has(judgmentKey(j.page, j.entryId, j.sentence)));
  const goneBy = (v: Verdict) => gone.filter((j) => j.verdict === v).length;
  summaries.push(
    [
      `${set.name}: ${pagesRun.size} pages, framing flags ${judged + counts.unjudged} (${counts.unjudged} unjudged)`,
      `  right ${counts.right} (${pct(counts.right)} %), debatable ${counts.debatable} (${pct(counts.debatable)} %), wrong ${counts.wrong} (${pct(counts.wrong)} %)`,
      `  judged flags no longer raised: right ${goneBy('right')}, debatable ${goneBy('debatable')}, wrong ${goneBy('wrong')}`,
      ...(showAll ? gone.filter((g) => g.verdict === 'right').map((j) => `  lost: ${j.page} ${j.entryId} ${JSON.stringify(j.sentence)}`) : []),
    ].join('\n'),
  );
}
console.log(`\n${summaries.join('\n')}`);
