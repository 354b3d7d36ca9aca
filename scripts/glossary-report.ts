/**
 * `npm run glossary:report`: what the glossary covers — counts by kind and by conflict, and the entries that lack an
 * optional fact worth adding, after any problem and any source that links a home page or only a dictionary. The last line is the summary other tools read.
 */
import { CONFLICTS, type Entry } from '../utils/glossary/schema';
import { validateGlossary } from '../utils/glossary/validate';
import { problemLines, readGlossaryFiles } from './lib/glossary-files';
import { sourceLinkProblems } from './lib/source-links';

const { entries, problems } = validateGlossary(readGlossaryFiles());
if (problems.length > 0) {
  for (const line of problemLines(problems)) console.error(line);
  console.error(`${problems.length} problem(s): fix them before reading the coverage.`);
  process.exitCode = 1;
}

// A source must be the page that says what the entry claims: a home page or a dictionary alone is reported (the
// glossary test fails on the same list).
const linkProblems = sourceLinkProblems(entries);
if (linkProblems.length > 0) {
  for (const p of linkProblems) console.error(`${p.entryId} ${p.field}: ${p.url} ${p.message}`);
  console.error(`${linkProblems.length} source(s) to deep-link.`);
  process.exitCode = 1;
}

const count = <T extends string>(keys: T[]) => {
  const m = new Map<T, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
};
const table = (title: string, rows: Array<[string, number]>) => {
  console.log(`\n${title}`);
  for (const [k, n] of rows) console.log(`  ${k.padEnd(28)} ${String(n).padStart(4)}`);
};

const actors = entries.filter((e) => e.kind !== 'term');
const terms = entries.filter((e) => e.kind === 'term');
const outlets = entries.filter((e) => e.kind === 'outlet');

table('Entries by kind', count(entries.map((e) => e.kind)));
table(
  'Named actors by conflict (an actor can belong to several)',
  CONFLICTS.map((c) => [c, actors.filter((e) => e.conflicts?.includes(c)).length] as [string, number]).filter(([, n]) => n > 0),
);
table('Terms by category', count(terms.map((e) => e.term!.category)));
table('Outlets by ownership', count(outlets.map((e) => e.outlet!.ownership)));

const missing: Array<[string, (e: Entry) => boolean, Entry[]]> = [
  ['actors without a conflict', (e) => !e.conflicts?.length, actors],
  ['armed groups without designations', (e) => !e.designations?.length, actors.filter((e) => e.kind === 'group')],
  ['armed groups without reported backers', (e) => !e.backers?.length, actors.filter((e) => e.kind === 'group')],
  ['people without a role', (e) => !e.role, actors.filter((e) => e.kind === 'person')],
  ['outlets without hostnames', (e) => !e.outlet?.hostnames.length, outlets],
  ['terms without style-guide advice', (e) => !e.term?.guidance.length, terms],
  ['terms without mirrors', (e) => !e.term?.mirrors.length, terms],
  ['terms without neutral alternatives', (e) => !e.term?.alternatives.length, terms],
];
console.log('\nMissing optional facts');
for (const [label, test, pool] of missing) {
  const lacking = pool.filter(test);
  console.log(`  ${label}: ${lacking.length} of ${pool.length}`);
  if (lacking.length > 0 && lacking.length <= 12) console.log(`    ${lacking.map((e) => e.id).join(', ')}`);
}

const urls = new Set<string>();
for (const e of entries) {
  for (const s of e.sources) urls.add(s.url);
  for (const d of e.designations ?? []) urls.add(d.source.url);
  for (const b of e.backers ?? []) urls.add(b.source.url);
  for (const g of e.term?.guidance ?? []) urls.add(g.source.url);
}
const pairs = terms.reduce((n, e) => n + e.term!.mirrors.length, 0) / 2;
console.log(`\nMirror pairs: ${pairs}; distinct source URLs: ${urls.size}`);
console.log(`glossary: ${actors.length} actors, ${outlets.length} outlets, ${terms.length} terms, ${urls.size} sources`);
