// Development evaluation on the PTC corpus (SemEval-2020 task 11: news articles with propaganda-technique spans marked
// by trained annotators). `npm run eval:ptc -- DIR [--level default|more|off] [--half tune|check] [--list] [--words]`, where DIR holds the corpus's `train-articles/` and
// `train-labels-task2-technique-classification/` folders (the corpus is never part of this repository). Runs the
// analysis core with the shipped glossary over every article and prints: recall of the Loaded_Language and
// Name_Calling,Labeling gold spans (a gold span counts as found when a framing finding overlaps it), the share of
// framing findings that overlap a gold span of those two techniques and of any technique, and framing findings per
// 1,000 words, in total and per finding source. `--list` prints every framing finding outside all gold spans, to read
// them in context. `--half tune|check` scores only the half of the articles the word lists were ranked on (even ids) or
// the other half (odd ids), see scripts/lib/ptc.ts. `--words` prints each word to watch (by headword) with its level, how
// often it was found and the share of those findings inside a Loaded/Name-calling span, to see which words carry
// their weight (read them on the `tune` half). Prints the analysis time too. Sets no exit code.
import { analyze } from '../utils/core/analyze';
import type { Entry } from '../utils/glossary/schema';
import { readGlossaryFiles } from './lib/glossary-files';
import { readPtc, type PtcHalf, type PtcSpan } from './lib/ptc';

const args = process.argv.slice(2);
const list = args.includes('--list');
const perWord = args.includes('--words');
// `--level default|more|off`: the words-to-watch level, as the reader's setting chooses it (default: default).
const levelArg = args[args.indexOf('--level') + 1];
const level = args.includes('--level') && (levelArg === 'more' || levelArg === 'off') ? levelArg : 'default';
const halfArg = args[args.indexOf('--half') + 1];
const half: PtcHalf = args.includes('--half') && (halfArg === 'tune' || halfArg === 'check') ? halfArg : 'all';
const root = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--level' && args[i - 1] !== '--half');
if (!root) {
  console.error('usage: npm run eval:ptc -- DIR   (DIR holds train-articles/ and train-labels-task2-technique-classification/)');
  process.exit(2);
}
const corpus = readPtc(root, half);
if (typeof corpus === 'string') {
  console.error(corpus);
  process.exit(2);
}

const TECHNIQUES = ['Loaded_Language', 'Name_Calling,Labeling'] as const;
/** A finding as scored: where it came from (the glossary, a rule, or a words-to-watch category) and its span. */
interface Scored {
  start: number;
  end: number;
  text: string;
  key: string;
}

const entries = readGlossaryFiles().flatMap((f) => f.data as Entry[]);
const found: Record<string, number> = {};
const gold: Record<string, number> = {};
let words = 0;
let articles = 0;
const bySource = new Map<string, { all: number; inTarget: number; inAny: number }>();
const outside: string[] = [];
/** Headword → its level, findings and findings inside a Loaded/Name-calling span (`--words`). */
const byWord = new Map<string, { level: string; all: number; inTarget: number }>();

let analysisMs = 0;

for (const { id, text, spans } of corpus) {
  articles++;
  words += text.split(/\s+/).filter(Boolean).length;
  const t0 = performance.now();
  const analysis = analyze(text, entries, { watchLevel: level });
  analysisMs += performance.now() - t0;
  // Words to watch count with the glossary's framing findings: both say the wording carries an attitude.
  const framing: Scored[] = [
    ...analysis.findings.filter((f) => f.flag === 'framing').map((f) => ({ start: f.start, end: f.end, text: f.text, key: f.source })),
    ...analysis.watch.map((w) => ({ start: w.start, end: w.end, text: w.text, key: `watch:${w.category}` })),
  ];
  for (const t of TECHNIQUES) {
    for (const s of spans.filter((g) => g.technique === t)) {
      gold[t] = (gold[t] ?? 0) + 1;
      if (framing.some((f) => overlaps(f, s))) found[t] = (found[t] ?? 0) + 1;
    }
  }
  for (const w of analysis.watch) {
    const row = byWord.get(w.word) ?? { level: w.level, all: 0, inTarget: 0 };
    row.all++;
    if (spans.some((s) => (TECHNIQUES as readonly string[]).includes(s.technique) && overlaps(w, s))) row.inTarget++;
    byWord.set(w.word, row);
  }
  for (const f of framing) {
    const key = f.key;
    const row = bySource.get(key) ?? { all: 0, inTarget: 0, inAny: 0 };
    row.all++;
    if (spans.some((s) => (TECHNIQUES as readonly string[]).includes(s.technique) && overlaps(f, s))) row.inTarget++;
    if (spans.some((s) => overlaps(f, s))) row.inAny++;
    else if (list) outside.push(`${id} ${key} «${f.text}»  ${JSON.stringify(sentenceAround(text, f.start, f.end))}`);
    bySource.set(key, row);
  }
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '—');
console.log(`PTC training articles${half === 'all' ? '' : ` (${half} half)`}: ${articles}, ${words} words, analysis ${analysisMs.toFixed(0)} ms`);
for (const t of TECHNIQUES) console.log(`Recall ${t}: ${found[t] ?? 0} / ${gold[t] ?? 0} = ${pct(found[t] ?? 0, gold[t] ?? 0)}`);
const total = [...bySource.values()].reduce((a, r) => ({ all: a.all + r.all, inTarget: a.inTarget + r.inTarget, inAny: a.inAny + r.inAny }), { all: 0, inTarget: 0, inAny: 0 });
const row = (label: string, r: { all: number; inTarget: number; inAny: number }) =>
  console.log(
    `  ${label.padEnd(28)} ${String(r.all).padStart(6)} findings, ${((1000 * r.all) / words).toFixed(2).padStart(6)} per 1,000 words, ` +
      `inside Loaded/Name-calling spans ${pct(r.inTarget, r.all).padStart(7)}, inside any span ${pct(r.inAny, r.all).padStart(7)}`,
  );
console.log('Framing findings:');
row('all', total);
for (const [key, r] of [...bySource].sort((a, b) => b[1].all - a[1].all)) row(key, r);
if (perWord) {
  console.log('Words to watch by headword (level, findings, inside Loaded/Name-calling spans):');
  for (const [word, r] of [...byWord].sort((a, b) => b[1].all - a[1].all)) console.log(`  ${word.padEnd(24)} ${r.level.padEnd(8)} ${String(r.all).padStart(5)}  ${pct(r.inTarget, r.all).padStart(7)}`);
}
if (list) for (const line of outside) console.log(line);

function overlaps(f: { start: number; end: number }, s: PtcSpan): boolean {
  return f.start < s.end && s.start < f.end;
}


function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start), text.lastIndexOf('. ', start) + 1, start - 120, 0);
  const nl = text.indexOf('\n', end);
  const to = Math.min(nl < 0 ? text.length : nl, end + 120);
  return text.slice(from, to).trim();
}
