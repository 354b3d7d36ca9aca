// Benchmark of the analysis core (`npm run bench`). Prints figures; it is not a timed test and sets no exit code.
// Input: the Readability text of every fixture page plus the seed article, concatenated; the full glossary
// (data/glossary/*.json) and a synthetic glossary of 5,000 patterns. MB are megabytes of UTF-8 text.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import * as v from 'valibot';
import { analyze } from '../utils/core/analyze';
import { compileGlossary } from '../utils/core/compile';
import { foldTables } from '../utils/core/normalize';
import { GlossaryFileSchema, type Entry } from '../utils/glossary/schema';
import { SEED_GLOSSARY, term } from '../test/unit/core/fixture-glossary';

const PAGES = 'test/fixtures/pages';
const SEED = 'test/fixtures/seed/seed-article.txt';
const GLOSSARY = 'data/glossary';
const SYNTHETIC_PATTERNS = 5000;

function pageTexts(): string[] {
  const quiet = new VirtualConsole();
  return readdirSync(PAGES)
    .map((dir) => join(PAGES, dir, 'source.html'))
    .filter(existsSync)
    .map((file) => {
      const dom = new JSDOM(readFileSync(file, 'utf8'), { url: 'https://example.org/', virtualConsole: quiet });
      return new Readability(dom.window.document).parse()?.textContent ?? '';
    });
}

function loadGlossary(): { glossary: Entry[]; note: string } {
  const files = existsSync(GLOSSARY) ? readdirSync(GLOSSARY).filter((f) => f.endsWith('.json')) : [];
  const glossary: Entry[] = [];
  const skipped: string[] = [];
  for (const f of files) {
    const parsed = v.safeParse(GlossaryFileSchema, JSON.parse(readFileSync(join(GLOSSARY, f), 'utf8')));
    if (parsed.success) glossary.push(...parsed.output);
    else skipped.push(f);
  }
  const skippedNote = skipped.length ? `; skipped invalid: ${skipped.join(', ')}` : '';
  if (glossary.length > 0) return { glossary, note: `${files.length - skipped.length} file(s) in ${GLOSSARY}${skippedNote}` };
  return { glossary: [...SEED_GLOSSARY], note: `no valid file in ${GLOSSARY}${skippedNote}: using the seed test glossary` };
}

/** Deterministic pseudo-words ("talvemar karo"), so the synthetic glossary is the same on every run. */
function syntheticGlossary(count: number): Entry[] {
  let seed = 0x2545f491;
  const random = () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
  const syllables = ['ka', 'ro', 'tal', 've', 'mar', 'si', 'dun', 'el', 'qa', 'bir', 'no', 'sha', 'tu', 'ham', 'li', 'zor'];
  const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  const patterns = new Set<string>();
  while (patterns.size < count) patterns.add(Array.from({ length: 1 + Math.floor(random() * 3) }, word).join(random() < 0.3 ? '-' : ' '));
  return [...patterns].map((p, i) => term(`term-synthetic-${i}`, [p], 'label'));
}

function patternsOf(glossary: readonly Entry[]): { text: string; sensitive: boolean }[] {
  return glossary.flatMap((e) => e.patterns.map((p) => (typeof p === 'string' ? { text: p, sensitive: false } : { text: p.text, sensitive: p.case === 'sensitive' })));
}

/** A pattern as a RegExp source: escaped, with any space or dash between word parts. */
function regexSource(text: string): string {
  return text
    .trim()
    .split(/[\s\-‐‑–—]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\-‐‑–—]+');
}

function countAll(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Median milliseconds of `fn`, run at least `minRuns` times and for at least `minMs` in total, after a warm-up. */
function time(fn: () => unknown, minRuns = 5, minMs = 300): number {
  fn();
  const samples: number[] = [];
  const begin = performance.now();
  while (samples.length < minRuns || performance.now() - begin < minMs) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1]!;
}

/**
 * Median milliseconds of each function, run in alternation: on a shared machine the load changes from second to
 * second, and the ratio between two figures is only fair when both were measured under the same load.
 */
function timeInterleaved(fns: readonly (() => unknown)[], rounds = 41): number[] {
  for (const fn of fns) fn();
  const samples = fns.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, k) => {
      const t = performance.now();
      fn();
      samples[k]!.push(performance.now() - t);
    });
  }
  return samples.map((s) => s.sort((a, b) => a - b)[s.length >> 1]!);
}

const fmt = (x: number, digits = 1) => x.toFixed(digits);

const pages = pageTexts();
const seedText = readFileSync(SEED, 'utf8');
const text = [...pages, seedText].join('\n\n');
const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;
const { glossary, note } = loadGlossary();
const synthetic = syntheticGlossary(SYNTHETIC_PATTERNS);
const patterns = patternsOf(glossary);
const mbps = (ms: number) => megabytes / (ms / 1000);

console.log(`text: ${pages.length} fixture pages + seed, ${fmt(megabytes, 2)} MB (${text.length} UTF-16 units)`);
console.log(`glossary: ${glossary.length} entries, ${patterns.length} patterns (${note})`);

const tablesStart = performance.now();
foldTables();
console.log(`fold tables, once per page load: ${fmt(performance.now() - tablesStart, 2)} ms`);

const compiled = compileGlossary(glossary);
const scanCeiling = () => {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
};
const [engineMs, ceilingMs] = timeInterleaved([() => compiled.automaton.scan(text), scanCeiling]) as [number, number];
const engine = mbps(engineMs);
const ceiling = mbps(ceilingMs);
const matchCount = compiled.automaton.scan(text).matchCount;
console.log(`engine (automaton scan, full glossary): ${fmt(engine)} MB/s, ${matchCount} matches, ${compiled.automaton.stateCount} states`);
const analyzeMs = time(() => analyze(text, glossary));
console.log(`analyze() end to end (scan, descriptors, rules, quotations, sides): ${fmt(mbps(analyzeMs))} MB/s`);

const perPattern = patterns.map((p) => new RegExp(`\\b${regexSource(p.text)}\\b`, p.sensitive ? 'g' : 'gi'));
const perPatternMs = time(() => perPattern.reduce((n, re) => n + countAll(re, text), 0), 3, 300);
const perPatternMbps = mbps(perPatternMs);
console.log(`baseline, one RegExp per pattern (${perPattern.length}): ${fmt(perPatternMbps, 2)} MB/s, ours ${fmt(engine / perPatternMbps)}x`);

const alternation = (ps: typeof patterns) =>
  ps
    .map((p) => regexSource(p.text))
    .sort((a, b) => b.length - a.length)
    .join('|');
const insensitive = patterns.filter((p) => !p.sensitive);
const sensitive = patterns.filter((p) => p.sensitive);
const combined = [
  new RegExp(`\\b(?:${alternation(insensitive)})\\b`, 'gi'),
  ...(sensitive.length ? [new RegExp(`\\b(?:${alternation(sensitive)})\\b`, 'g')] : []),
];
const combinedMs = time(() => combined.reduce((n, re) => n + countAll(re, text), 0));
const combinedMbps = mbps(combinedMs);
console.log(`baseline, one combined alternation RegExp with word boundaries: ${fmt(combinedMbps)} MB/s, ours ${fmt(engine / combinedMbps)}x`);

console.log(`ceiling, plain character scan: ${fmt(ceiling)} MB/s, ${fmt(ceiling / engine, 2)}x ours`);

const syntheticCompiled = compileGlossary(synthetic);
const syntheticMs = time(() => syntheticCompiled.automaton.scan(text));
console.log(`engine with ${SYNTHETIC_PATTERNS} synthetic patterns: ${fmt(mbps(syntheticMs))} MB/s, ${syntheticCompiled.automaton.stateCount} states`);
const buildMs = time(() => compileGlossary([...synthetic]), 5, 500);
const buildFullMs = time(() => compileGlossary([...glossary]), 5, 300);
console.log(`automaton build: ${fmt(buildMs, 2)} ms for ${SYNTHETIC_PATTERNS} patterns, ${fmt(buildFullMs, 2)} ms for the full glossary`);

const seedMs = time(() => analyze(seedText, glossary), 200, 300);
console.log(`seed article analysed in ${fmt(seedMs, 3)} ms (${seedText.length} characters)`);

const goals = [
  [engine / combinedMbps >= 3, '≥3x combined-regexp'],
  [engine / perPatternMbps >= 50, '≥50x per-pattern-regexp'],
  [ceiling / engine <= 4, 'within 4x of the scan ceiling'],
  [buildMs < 50, 'build < 50 ms'],
  [seedMs < 2, 'seed < 2 ms'],
] as const;
console.log(`goals: ${goals.map(([ok, goal]) => `${ok ? 'met' : 'MISSED'} ${goal}`).join('; ')}`);
console.log(
  `engine: ${fmt(engine)} MB/s, ${fmt(engine / combinedMbps)}x combined-regexp, ${fmt(engine / perPatternMbps)}x per-pattern-regexp, ${fmt(ceiling / engine, 2)}x of scan ceiling, build ${fmt(buildMs, 2)} ms, seed ${fmt(seedMs, 3)} ms`,
);
