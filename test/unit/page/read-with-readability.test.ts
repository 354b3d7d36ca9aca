// @vitest-environment jsdom
/**
 * Readability as we call it skips the passes that rewrite addresses, classes and inline styles: the article and its
 * text must be what Readability itself finds, and each skipped pass must really be skipped (a renamed method would
 * quietly run it again).
 */
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { readWithReadability } from '../../../utils/page/read-with-readability';

const parse = (html: string, url = 'https://example.org/news/story.html') => new JSDOM(html, { url }).window.document;

const paragraph = (i: number) =>
  `<p class="body-text" style="color: black" align="left">Paragraph ${i} of a report long enough for Readability to take it as the article, with a
  <a href="/related/${i}">relative link</a> and a <a href="javascript:void(0)">scripted link</a> in its running text,
  and more words after them so that every paragraph scores as prose.</p>`;
const ARTICLE = `<!doctype html><html><head><title>A story</title></head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article class="story">${Array.from({ length: 8 }, (_, i) => paragraph(i)).join('\n')}</article>
  <footer>Footer text</footer></body></html>`;

describe('readWithReadability', () => {
  test('leaves addresses as the page wrote them', () => {
    const article = readWithReadability(parse(ARTICLE))!;
    const hrefs = [...article.content!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/related/0');
    expect(hrefs).toContain('javascript:void(0)');
    expect(hrefs.some((h) => h?.startsWith('https://'))).toBe(false);
  });

  test('keeps the Text node of a scripted link, which the pass would have replaced by a new one', () => {
    const doc = parse(ARTICLE);
    const scripted = doc.querySelector('a[href^="javascript:"]')!.firstChild;
    const article = readWithReadability(doc)!;
    const walker = doc.createTreeWalker(article.content!, 4 /* SHOW_TEXT */);
    const nodes: Node[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    expect(nodes).toContain(scripted);
  });

  test('keeps classes, inline styles and presentational attributes', () => {
    const article = readWithReadability(parse(ARTICLE))!;
    expect(article.content!.querySelector('p.body-text[style="color: black"][align="left"]')).not.toBeNull();
  });

  test.each([
    ['the seed', 'test/fixtures/seed/presstv-aleppo.html'],
    ['a short news page', 'test/fixtures/pages/postlight-www.nydailynews.com/source.html'],
    ['a long news page', 'test/fixtures/pages/postlight-www.cnn.com/source.html'],
    ['a page with scripted links', 'test/fixtures/pages/readability-wapo-2/source.html'],
  ])('reads the same article and text as Readability on %s', (_, path) => {
    const html = readFileSync(path, 'utf8');
    const ours = readWithReadability(parse(html))!;
    const theirs = new Readability(parse(html)).parse()!;
    expect(ours.title).toBe(theirs.title);
    expect(ours.content!.textContent).toBe(theirs.textContent);
  });
});
