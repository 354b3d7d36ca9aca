// Quiet-text check (`npm run eval:quiet [-- PAGE_DIR…] [--list] [--level default|more]`): framing findings and words to
// watch per 1,000 words on pages that are not political news, where they should stay rare. Runs the extension's own
// extraction (jsdom) and analysis on each page's source.html. Without arguments it reads the sport, science,
// entertainment and technology pages among ../shared/fixtures/dev-pages and test/fixtures/pages; a folder without a
// source.html of its own stands for the page folders inside it (test/fixtures/untuned-3). `--list` prints every word to
// watch in its sentence, to judge it. Sets no exit code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../utils/core/analyze';
import type { Entry } from '../utils/glossary/schema';
import { extractArticle } from '../utils/page/extract';
import { flagContext } from '../test/support/flag-context';
import { readGlossaryFiles } from './lib/glossary-files';

/** Pages whose subject is not political news, by what they are about. */
const QUIET_PAGES = [
  '../shared/fixtures/dev-pages/postlight-deadspin.com', // sport
  '../shared/fixtures/dev-pages/postlight-www.si.com', // sport
  '../shared/fixtures/dev-pages/postlight-news.nationalgeographic.com', // science
  '../shared/fixtures/dev-pages/readability-quanta-1', // science
  '../shared/fixtures/dev-pages/readability-medicalnewstoday', // health
  '../shared/fixtures/dev-pages/postlight-www.mentalfloss.com', // trivia
  '../shared/fixtures/dev-pages/postlight-people.com', // entertainment
  '../shared/fixtures/dev-pages/postlight-pagesix.com', // entertainment
  '../shared/fixtures/dev-pages/postlight-www.vulture.com', // entertainment
  '../shared/fixtures/dev-pages/readability-tmz-1', // entertainment
  '../shared/fixtures/dev-pages/postlight-www.rollingstone.com', // music
  '../shared/fixtures/dev-pages/postlight-www.wired.com', // technology
  '../shared/fixtures/dev-pages/readability-theverge', // technology
  'test/fixtures/pages/readability-ars-1', // technology
  'test/fixtures/pages/readability-mathjax', // mathematics
  'test/fixtures/pages/readability-wordpress', // software
];

const args = process.argv.slice(2);
const list = args.includes('--list');
const levelArg = args[args.indexOf('--level') + 1];
const level = args.includes('--level') && levelArg === 'more' ? 'more' : 'default';
const given = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--level');
const pages = (given.length ? given : QUIET_PAGES).flatMap((dir) =>
  existsSync(join(dir, 'source.html')) || !existsSync(dir)
    ? [dir]
    : readdirSync(dir)
        .filter((name) => existsSync(join(dir, name, 'source.html')))
        .sort()
        .map((name) => join(dir, name)),
);
const entries = readGlossaryFiles().flatMap((f) => f.data as Entry[]);
const quiet = new VirtualConsole();
let words = 0;
let framing = 0;
let watch = 0;
for (const dir of pages) {
  const file = join(dir, 'source.html');
  if (!existsSync(file)) {
    console.log(`${basename(dir)}: no source.html`);
    continue;
  }
  const doc = new JSDOM(readFileSync(file, 'utf8'), { url: `https://example.org/${basename(dir)}`, virtualConsole: quiet }).window.document;
  const extraction = await extractArticle(doc);
  if (!extraction) {
    console.log(`${basename(dir)}: no article`);
    continue;
  }
  const analysis = analyze(extraction.text, entries, { quotedRanges: extraction.quoted, watchLevel: level });
  const n = extraction.text.split(/\s+/).filter(Boolean).length;
  const f = analysis.findings.filter((x) => x.flag === 'framing').length;
  words += n;
  framing += f;
  watch += analysis.watch.length;
  console.log(`${basename(dir).padEnd(44)} ${String(n).padStart(6)} words  framing ${per(f, n)}  words to watch ${per(analysis.watch.length, n)} per 1,000`);
  if (list) {
    for (const w of analysis.watch) console.log(`    [${w.category}] «${w.text}»${w.quoted ? ' (quoted)' : ''}  ${JSON.stringify(flagContext(extraction.text, w.start, w.end))}`);
  }
}
console.log(`\nAll: ${words} words, framing ${per(framing, words)} (${framing}), words to watch ${per(watch, words)} (${watch}) per 1,000 words`);

function per(count: number, of: number): string {
  return (of ? (1000 * count) / of : 0).toFixed(2).padStart(5);
}
