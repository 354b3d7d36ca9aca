// Reads the PTC corpus (SemEval-2020 task 11 training articles with their propaganda-technique spans) from a folder
// given on the command line; the corpus is never part of this repository. Shared by the evaluation (eval-ptc.ts) and
// the words-to-watch candidate ranking (watch-candidates.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PtcSpan {
  technique: string;
  /** UTF-16 offsets into the article's text, end exclusive. */
  start: number;
  end: number;
}

export interface PtcArticle {
  id: string;
  text: string;
  spans: PtcSpan[];
}

/**
 * Which articles to read. The corpus is split in two by article id so that a word list ranked on one half (`tune`,
 * even ids) can be checked on articles it was not ranked on (`check`, odd ids).
 */
export type PtcHalf = 'all' | 'tune' | 'check';

/** The articles under `root` (or `root/datasets`), or a sentence saying what is missing. */
export function readPtc(root: string, half: PtcHalf = 'all'): PtcArticle[] | string {
  const base = existsSync(join(root, 'datasets')) ? join(root, 'datasets') : root;
  const articlesDir = join(base, 'train-articles');
  const labelsDir = join(base, 'train-labels-task2-technique-classification');
  if (!existsSync(articlesDir) || !existsSync(labelsDir)) return `No train-articles/ and train-labels-task2-technique-classification/ under ${base}`;
  const articles: PtcArticle[] = [];
  for (const name of readdirSync(articlesDir).filter((n) => n.endsWith('.txt')).sort()) {
    const id = name.replace(/^article|\.txt$/g, '');
    const labelFile = join(labelsDir, `article${id}.task2-TC.labels`);
    if (!existsSync(labelFile)) continue;
    const even = Number(id.slice(-1)) % 2 === 0;
    if ((half === 'tune' && !even) || (half === 'check' && even)) continue;
    const text = readFileSync(join(articlesDir, name), 'utf8');
    const toUtf16 = codePointOffsets(text);
    const spans = readFileSync(labelFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const [, technique, s, e] = l.split('\t');
        return { technique: technique!, start: toUtf16(Number(s)), end: toUtf16(Number(e)) };
      });
    articles.push({ id, text, spans });
  }
  return articles;
}

/** The labels count in code points (the corpus was made in Python); JavaScript strings index UTF-16 code units. */
function codePointOffsets(text: string): (cp: number) => number {
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (cp) => map[Math.min(cp, map.length - 1)]!;
}
