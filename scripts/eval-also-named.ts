// Also-named check (`npm run eval:also-named [-- --compromise] [--list] [PAGE_DIR or FILE.html…]`): the names the also-named
// detector lists on the fixture pages (test/fixtures/pages and untuned), each with its count and labels, and the time
// it takes per article. `--compromise` runs the `compromise` library's people() and organizations() on the same text
// instead, for the comparison in docs/architecture.md (it must be installed: `npm install --no-save compromise`).
// Sets no exit code: the names are for a person to judge.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { compileGlossary } from '../utils/core/compile';
import { scanGlossary } from '../utils/core/analyze';
import { findAlsoNamed } from '../utils/core/also-named/find';
import { findQuotations } from '../utils/core/rules/quotation';
import type { Entry } from '../utils/glossary/schema';
import { extractArticle } from '../utils/page/extract';
import { readGlossaryFiles } from './lib/glossary-files';

const args = process.argv.slice(2);
const useCompromise = args.includes('--compromise');
const list = args.includes('--list');
const given = args.filter((a) => !a.startsWith('--'));
const pages = given.length
  ? given
  : ['test/fixtures/pages', 'test/fixtures/untuned'].flatMap((root) => readdirSync(root).map((d) => join(root, d)));
const glossary = readGlossaryFiles().flatMap((f) => f.data as Entry[]);
const compiled = compileGlossary(glossary);
/** The little of compromise's API the comparison uses (it is not a dependency: installed by hand for the measure). */
type Doc = { people(): Doc; organizations(): Doc; out(format: 'array'): string[] };
const nlp = useCompromise ? ((await import('compromise' as string)) as { default: (text: string) => Doc }).default : null;
const quiet = new VirtualConsole();
let total = 0;
let names = 0;
const times: number[] = [];
for (const dir of pages) {
  let html: string;
  try {
    html = readFileSync(dir.endsWith('.html') ? dir : join(dir, 'source.html'), 'utf8');
  } catch {
    continue;
  }
  const doc = new JSDOM(html, { url: `https://example.org/${basename(dir)}`, virtualConsole: quiet }).window.document;
  const extraction = await extractArticle(doc);
  if (!extraction) continue;
  const text = extraction.text;
  const started = performance.now();
  let listed: string[];
  if (nlp) {
    const d = nlp(text);
    const known = new Set(scanGlossary(compiled, text).matches.map((m) => text.slice(m.start, m.end).toLowerCase()));
    const counts = new Map<string, number>();
    for (const n of [...d.people().out('array'), ...d.organizations().out('array')]) {
      const name = n.replace(/[.,;:'’"“”]+$/u, '').replace(/^[.,;:'’"“”]+/u, '').trim();
      if (!name || known.has(name.toLowerCase())) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    listed = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([n, c]) => `${n} ×${c}`);
  } else {
    const known = scanGlossary(compiled, text).matches.map((m): [number, number] => [m.start, m.end]);
    const found = findAlsoNamed(text, { known, quotes: findQuotations(text, extraction.quoted) });
    listed = found.map((a) => `${a.name} (${a.kind[0]}) ×${a.count}${a.labels.map((l) => ` [${l.kind}: ${l.label}${l.by ? ` by ${l.by}` : ''}${l.quoted ? ', quoted' : ''}]`).join('')}`);
  }
  times.push(performance.now() - started);
  total++;
  names += listed.length;
  console.log(`${basename(dir).padEnd(44)} ${String(text.length).padStart(7)} chars  ${String(listed.length).padStart(3)} names  ${times.at(-1)!.toFixed(1)} ms`);
  if (list) for (const l of listed) console.log(`    ${l}`);
}
times.sort((a, b) => a - b);
if (times.length) console.log(`\n${total} pages, ${names} names; time per article: median ${times[times.length >> 1]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
