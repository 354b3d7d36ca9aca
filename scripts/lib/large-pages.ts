/**
 * Very large pages, generated on demand for the long-task benchmark and the large-page tests (never committed): a
 * news layout repeated to 100,000 elements, 100,000 flat paragraphs, and 5 MB of article text. Their prose is the
 * seed article's sentences, reshuffled with a fixed seed and numbered, so the pages are the same on every run, hold
 * the glossary's words, and repeat no block word for word (extraction reads a repeated block once).
 */
import { readFileSync } from 'node:fs';

const SEED_TEXT = 'test/fixtures/seed/seed-article.txt';

/** The seed article's sentences (its prose lines only: the site's menu and ids are left out). */
function seedSentences(): string[] {
  return readFileSync(SEED_TEXT, 'utf8')
    .split('\n')
    .filter((line) => line.trim().split(/\s+/).length >= 8)
    .flatMap((line) => line.match(/[^.!?]+[.!?]+/g) ?? [])
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A small deterministic generator (mulberry32): the same pages on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

class Prose {
  private readonly sentences = seedSentences();
  private readonly next = random(14);
  sentence(): string {
    return this.sentences[Math.floor(this.next() * this.sentences.length)]!;
  }
  /** `count` sentences, numbered so no two paragraphs are the same. */
  paragraph(count: number, n: number): string {
    return escape(`(${n}) ${Array.from({ length: count }, () => this.sentence()).join(' ')}`);
  }
}

const page = (title: string, body: string) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<meta property="og:site_name" content="Generated news"></head>\n<body>\n${body}\n</body></html>\n`;

/** Elements in `html` (every opening tag). */
export function elementCount(html: string): number {
  return html.match(/<[a-z][a-z0-9]*[\s>]/gi)?.length ?? 0;
}

/**
 * A news site's layout — navigation, then stories with a byline, a figure, paragraphs with links, related links and
 * share buttons, then a footer — with stories repeated until the page holds `elements` elements.
 */
export function articleLayoutPage(elements = 100_000): string {
  const prose = new Prose();
  const nav = `<header class="site"><nav><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="#s${i}">Section ${i}</a></li>`).join('')}</ul></nav></header>`;
  const footer = `<footer><ul>${Array.from({ length: 20 }, (_, i) => `<li><a href="#f${i}">Footer link ${i}</a></li>`).join('')}</ul><p>© Generated news</p></footer>`;
  const parts = [nav, '<main>'];
  let count = elementCount(nav) + elementCount(footer) + 8;
  let n = 0;
  while (count < elements) {
    n++;
    const paragraphs = Array.from({ length: 6 }, (_, i) => {
      const text = prose.paragraph(1, n * 10 + i);
      const cut = text.indexOf(' ', 60);
      return cut < 0 ? `<p>${text}</p>` : `<p>${text.slice(0, cut)} <a href="#p${n}-${i}">${text.slice(cut + 1, cut + 30)}</a><em>${text.slice(cut + 30)}</em></p>`;
    }).join('');
    const story =
      `<article class="story" id="story-${n}"><header><h2>Story ${n}: ${prose.paragraph(1, n)}</h2>` +
      `<p class="byline">By <a href="#author">A Reporter</a> · <time datetime="2016-12-15">15 December 2016</time></p></header>` +
      `<figure><img alt="" width="600" height="300"><figcaption>Picture ${n} (Photo by AFP)</figcaption></figure>${paragraphs}` +
      `<aside class="related"><h3>Related</h3><ul>${Array.from({ length: 4 }, (_, i) => `<li><a href="#r${n}-${i}">Related story ${n}.${i}</a></li>`).join('')}</ul></aside>` +
      `<div class="share"><button type="button">Share</button><button type="button">Save</button></div></article>`;
    parts.push(story);
    count += elementCount(story);
  }
  parts.push('</main>', footer);
  return page('Generated news: a layout repeated', parts.join('\n'));
}

/** `elements` paragraphs side by side in one container, each the start of a sentence. */
export function flatPage(elements = 100_000): string {
  const prose = new Prose();
  const items = Array.from({ length: elements - 6 }, (_, i) => `<p>${prose.paragraph(1, i).replace(/^(.{50}\S*).*/, '$1')}</p>`);
  return page('Generated news: flat paragraphs', `<div id="content"><h1>Flat paragraphs</h1>\n${items.join('\n')}\n</div>`);
}

/** One article of about `bytes` of text, in paragraphs of about 2,000 characters. */
export function longTextPage(bytes = 5_000_000): string {
  const prose = new Prose();
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = prose.paragraph(14, i);
    paragraphs.push(`<p>${p}</p>`);
    size += p.length;
  }
  return page('Generated news: a very long article', `<article><h1>A very long article</h1>\n${paragraphs.join('\n')}\n</article>`);
}
