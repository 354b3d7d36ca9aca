// The issue 9 measure on sentences trained annotators labelled (`npm run eval:annotated -- <file.csv>`): how often the
// engine raises a framing flag on sentences judged biased, against sentences judged neutral. Flags should separate
// the two. The corpus is not part of the project: pass a `;`-separated CSV with a `text` column and a `label_bias`
// column holding "Biased" / "Non-biased" (the BABE data set's `final_labels_SG2.csv` has this shape); rows with any
// other label are skipped. `--top` also lists the terms flagged most often on neutral sentences. Sets no exit code.
import { readFileSync } from 'node:fs';
import { analyze } from '../utils/core/analyze';
import type { Entry } from '../utils/glossary/schema';
import { parseCsv } from './lib/csv';
import { readGlossaryFiles } from './lib/glossary-files';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('Usage: npm run eval:annotated -- <file.csv> [--top]');
  process.exit(2);
}
const [header, ...rows] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
const textAt = header!.indexOf('text');
const labelAt = header!.indexOf('label_bias');
if (textAt < 0 || labelAt < 0) {
  console.error(`${file}: needs "text" and "label_bias" columns; it has ${header!.join(', ')}`);
  process.exit(2);
}
const entries = readGlossaryFiles().flatMap((f) => f.data as Entry[]);
const groups = { Biased: { sentences: 0, flagged: 0, flags: 0 }, 'Non-biased': { sentences: 0, flagged: 0, flags: 0 } };
const onNeutral = new Map<string, number>();
for (const row of rows) {
  const label = row[labelAt] as keyof typeof groups;
  const text = row[textAt];
  if (!text || !(label in groups)) continue;
  const framing = analyze(text, entries).findings.filter((f) => f.flag === 'framing');
  const g = groups[label];
  g.sentences++;
  g.flags += framing.length;
  if (framing.length > 0) g.flagged++;
  if (label === 'Non-biased') for (const f of framing) onNeutral.set(f.entryId, (onNeutral.get(f.entryId) ?? 0) + 1);
}
const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '—');
for (const [label, g] of Object.entries(groups)) {
  console.log(`${label.padEnd(11)} ${String(g.sentences).padStart(5)} sentences, ${pct(g.flagged, g.sentences).padStart(5)} % with a framing flag, ${(g.flags / (g.sentences || 1)).toFixed(3)} flags per sentence`);
}
const b = groups.Biased;
const n = groups['Non-biased'];
console.log(`separation: flagged share on biased ÷ on neutral = ${(b.flagged / b.sentences / (n.flagged / n.sentences || 1)).toFixed(2)}`);
if (args.includes('--top')) {
  console.log('\nterms flagged most often on neutral sentences:');
  for (const [id, count] of [...onNeutral].sort((x, y) => y[1] - x[1]).slice(0, 15)) console.log(`  ${id.padEnd(34)} ${count}`);
}
