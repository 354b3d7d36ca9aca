// @vitest-environment jsdom
/**
 * Extraction anchors the article to the LIVE page's Text nodes: every character the analysis sees comes from a live
 * node, at the offset the index records. Checked on every real page in the fixtures and on the seed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, test } from 'vitest';
import { ARTICLE_ELEMENT_LIMIT, collapsedLengthAtLeast, extractArticle, extractVisiblePage, tooLargeForArticle } from '../../../utils/page/extract';
import { asRead } from '../../../utils/page/text-index';
import { Cancelled, Slices } from '../../../utils/page/slices';

const load = (path: string, url = 'https://example.org/article') => new JSDOM(readFileSync(path, 'utf8'), { url }).window.document;

function expectAnchored(doc: Document, result: NonNullable<Awaited<ReturnType<typeof extractArticle>>>) {
  for (const seg of result.index.segments()) {
    expect(seg.node.ownerDocument).toBe(doc);
    expect(result.text.slice(seg.start, seg.start + seg.length)).toBe(asRead(seg.node));
  }
}

describe('extractArticle on the seed page', () => {
  const doc = load('test/fixtures/seed/presstv-aleppo.html', 'http://127.0.0.1/seed/presstv-aleppo.html');
  const html = doc.documentElement.outerHTML;
  let result: NonNullable<Awaited<ReturnType<typeof extractArticle>>>;
  beforeAll(async () => {
    result = (await extractArticle(doc))!;
  });

  test('finds the article and only the article', () => {
    expect(result.scope).toBe('article');
    expect(result.text).toContain('Syrian troops have made fresh advances');
    expect(result.text).toContain('Staffan de Mistura.');
    expect(result.text).toContain('(Photo by AFP)');
    for (const outside of ['Takfiri', 'Most viewed', 'plain and simple', 'Related Articles', 'Back to top']) {
      expect(result.text).not.toContain(outside);
    }
  });

  test('reads the metadata the export needs', () => {
    expect(result.meta).toMatchObject({
      url: 'https://www.presstv.ir/Detail/2016/12/15/78081a38-653c-4259-9606-cb4966f2f071',
      title: 'Syrian govt. soldiers make gains in eastern Aleppo neighborhood',
      site: 'Press TV',
      publishedTime: '2016-12-15T14:20:00+00:00',
      lang: 'en',
    });
    expect(result.meta.hostnames).toEqual(['127.0.0.1', 'presstv.ir']);
  });

  test('maps text back to live nodes and leaves the page untouched', () => {
    expectAnchored(doc, result);
    const at = result.text.indexOf('Saudi-backed');
    expect(result.index.toRange(at, at + 'Saudi-backed'.length)!.toString()).toBe('Saudi-backed');
    expect(doc.documentElement.outerHTML).toBe(html);
  });

  test('separates blocks so words of two paragraphs never run together', () => {
    expect(result.text).toMatch(/from the city\.\n\nThe so-called/);
  });
});

describe('page metadata: only what is safe to export', () => {
  // Distinct paragraphs: a block repeated word for word is read once (captions shipped twice).
  const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of this page is a long stretch of plain reporting text.</p>`);
  const body = `<article><h1>A headline</h1>${paragraphs.join('')}</article>`;
  const withHead = (head: string) =>
    new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`, { url: 'https://news.example.org/story' }).window.document;

  test.each([
    ['an https canonical link', '<link rel="canonical" href="https://example.com/a">', 'https://example.com/a', ['news.example.org', 'example.com']],
    ['a javascript: canonical link', '<link rel="canonical" href="javascript:alert(1)">', 'https://news.example.org/story', ['news.example.org']],
    ['a data: og:url', '<meta property="og:url" content="data:text/html,hi">', 'https://news.example.org/story', ['news.example.org']],
    ['a malformed og:url', '<meta property="og:url" content="https://">', 'https://news.example.org/story', ['news.example.org']],
  ])('%s', async (_, head, url, hostnames) => {
    const meta = (await extractArticle(withHead(head)))!.meta;
    expect(meta.url).toBe(url);
    expect(meta.hostnames).toEqual(hostnames);
  });

  test('the title is one line of text', async () => {
    const doc = withHead('<title>A headline\n\tcontinued\u0007 here  </title>');
    expect((await extractArticle(doc))!.meta.title).toBe('A headline continued here');
  });
});

/** Whether the page's saved metadata says it holds an article (pages without metadata are articles). */
function readerable(name: string): boolean {
  const expected = `test/fixtures/pages/${name}/expected-metadata.json`;
  return !existsSync(expected) || JSON.parse(readFileSync(expected, 'utf8')).readerable !== false;
}

describe('extractArticle on real pages', () => {
  const pages = readdirSync('test/fixtures/pages');
  test.each(pages.filter(readerable))('%s: the article is found and every character anchored to a live Text node', async (name) => {
    const doc = load(`test/fixtures/pages/${name}/source.html`);
    const result = await extractArticle(doc);
    expect(result, 'an article page yields an article').not.toBeNull();
    expectAnchored(doc, result!);
  });
  test.each(pages.filter((name) => !readerable(name)))('%s: whatever is extracted is anchored to live Text nodes', async (name) => {
    const doc = load(`test/fixtures/pages/${name}/source.html`);
    const result = (await extractArticle(doc)) ?? (await extractVisiblePage(doc));
    expectAnchored(doc, result);
  });
});

describe('no article', () => {
  test('a sign-in page has none, and the whole-page scan skips form fields', async () => {
    const doc = load('test/fixtures/no-article.html');
    expect(await extractArticle(doc)).toBeNull();
    const page = await extractVisiblePage(doc);
    expect(page.scope).toBe('page');
    expect(page.text).toContain('Rebels and militants are both words.');
    expect(page.text).not.toContain('reader@example.org');
  });
});

describe('quotations marked up rather than punctuated', () => {
  test('block quotes and <q> become quoted ranges for the analysis', async () => {
    const body = '<p>' + 'The minister spoke to reporters at length about the talks and the ceasefire. '.repeat(5) + '</p>';
    const html = `<html><body><article><h1>Talks</h1>${body}<blockquote><p>The rebels must leave.</p><p>Now.</p></blockquote><p>Later she said <q>the militants</q> had gone. ${'More reporting on the talks followed in the afternoon. '.repeat(4)}</p></article></body></html>`;
    const doc = new JSDOM(html, { url: 'https://example.org/a' }).window.document;
    const result = (await extractArticle(doc))!;
    const spans = result.quoted.map(([s, e]) => result.text.slice(s, e));
    expect(spans).toEqual(['The rebels must leave.\n\nNow.', 'the militants']);
  });
});

describe('page furniture', () => {
  const body = '<p>' + 'The minister spoke to reporters at length about the talks and the ceasefire. '.repeat(5) + '</p>';
  const page = (figures: string) =>
    new JSDOM(`<html><body><article><h1>Talks</h1>${body}${figures}<p>${'More reporting on the talks followed in the afternoon. '.repeat(4)}</p></article></body></html>`, {
      url: 'https://example.org/a',
    }).window.document;

  test('a long caption shipped twice (once per layout) is read once', async () => {
    const caption = 'Soldiers patrol the northern city on Monday after the ceasefire began. Jane Doe for The Daily';
    const doc = page(`<figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure><figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure>`);
    const result = (await extractArticle(doc))!;
    expect(result.text.split(caption).length - 1).toBe(1);
    expectAnchored(doc, result);
  });

  test('a lead repeated in a summary above it, a comma apart, is read once', async () => {
    const summary = 'Over a hundred asylum-seekers blocked the path of immigration vans on Tuesday in protest of the delays.';
    const lead = 'Over a hundred asylum-seekers blocked the path of immigration vans on Tuesday, in protest of the delays.';
    const doc = page(`<p>${summary}</p><p>${lead}</p>`);
    const text = (await extractArticle(doc))!.text;
    expect(text).toContain(summary);
    expect(text).not.toContain(lead);
  });

  test('two paragraphs that share most of their words are both kept', async () => {
    const first = 'The first convoy reached the northern city on Monday after the ceasefire began at dawn.';
    const second = 'The second convoy reached the northern city on Tuesday after the ceasefire began at dawn.';
    const text = (await extractArticle(page(`<p>${first}</p><p>${second}</p>`)))!.text;
    expect(text).toContain(first);
    expect(text).toContain(second);
  });

  // Media elements and responsive-image sources leave the clone (they would tie it to the page's window): the article
  // around them is anchored as before, and the live page keeps them.
  test('a video with fallback text and a responsive picture: the text around them anchored, the page untouched', async () => {
    const doc = page(
      '<video src="clip.mp4">Your browser cannot play this video.</video>' +
        '<picture><source media="(min-width: 800px)" srcset="wide.jpg"><img src="narrow.jpg" alt=""></picture>' +
        '<p>Between the video and the photo, the talks resumed.</p>',
    );
    const html = doc.documentElement.outerHTML;
    const result = (await extractArticle(doc))!;
    expect(result.text).toMatch(/^Talks\n\nThe minister spoke/);
    expect(result.text).toContain('\n\nBetween the video and the photo, the talks resumed.\n\nMore reporting');
    expect(result.text).not.toContain('Your browser cannot play');
    expectAnchored(doc, result);
    expect(doc.documentElement.outerHTML).toBe(html);
  });

  // Style elements are not copied either (their rules would be parsed for nothing): the article around one is read
  // whole, and the page keeps it.
  test('a style element inside the article: its rules left out, the text around it anchored, the page untouched', async () => {
    const doc = page('<style>.talks::after { content: "Styled words"; }</style><p>After the style, the talks resumed.</p>');
    const html = doc.documentElement.outerHTML;
    const result = (await extractArticle(doc))!;
    expect(result.text).toContain('\n\nAfter the style, the talks resumed.\n\nMore reporting');
    expect(result.text).not.toContain('Styled words');
    expectAnchored(doc, result);
    expect(doc.documentElement.outerHTML).toBe(html);
  });

  test('short credits repeated under different photos are all kept', async () => {
    const doc = page('<figure><img src="a.jpg"><figcaption>(Photo by AFP)</figcaption></figure><p>Between the photos.</p><figure><img src="b.jpg"><figcaption>(Photo by AFP)</figcaption></figure>');
    expect((await extractArticle(doc))!.text.split('(Photo by AFP)').length - 1).toBe(2);
  });
});

describe('extraction in slices while the page changes', () => {
  const paragraphs = Array.from({ length: 30 }, (_, i) => `<p id="p${i}">Paragraph ${i + 1} of the report says the so-called talks went on for hours.</p>`);
  // The video keeps the article from being copied whole: it is copied a child at a time, with pauses between them.
  const html = `<html><body><nav><a href="/">Home</a></nav><article><h1>Talks</h1>${paragraphs.join('')}<video src="v.mp4"></video></article><aside id="ad">An advert</aside></body></html>`;

  test('pausing after every node gives the same text as one pass', async () => {
    const doc = new JSDOM(html, { url: 'https://example.org/a' }).window.document;
    const whole = (await extractArticle(doc))!;
    const sliced = (await extractArticle(doc, null, new Slices(() => true, 0, async () => {})))!;
    expect(sliced.text).toBe(whole.text);
    expectAnchored(doc, sliced);
  });

  test('nodes the page adds, moves or removes between slices never break the mapping to live nodes', async () => {
    const doc = new JSDOM(html, { url: 'https://example.org/a' }).window.document;
    let turn = 0;
    // At each of the page's turns, it changes something: a new paragraph, a paragraph moved, one removed, the advert gone.
    const pageTurn = async () => {
      turn++;
      const article = doc.querySelector('article')!;
      if (turn % 7 === 1) article.insertAdjacentHTML('afterbegin', `<p>Inserted at turn ${turn}, a paragraph the page added while it was being read.</p>`);
      if (turn % 7 === 3) article.append(doc.getElementById(`p${turn % 30}`) ?? doc.createElement('p'));
      if (turn % 7 === 5) doc.getElementById(`p${(turn * 3) % 30}`)?.remove();
      if (turn === 20) doc.getElementById('ad')?.remove();
    };
    const result = (await extractArticle(doc, null, new Slices(() => true, 0, pageTurn)))!;
    expect(turn).toBeGreaterThan(50);
    for (const seg of result.index.segments()) {
      expect(seg.node.ownerDocument).toBe(doc);
      expect(result.text.slice(seg.start, seg.start + seg.length)).toBe(asRead(seg.node));
    }
    expect(result.text).toContain('Paragraph 1 of the report');
    expect(result.text).not.toContain('An advert');
  });

  test('a subtree copied whole and one copied node by node give the same text, anchored alike', async () => {
    const doc = new JSDOM(html, { url: 'https://example.org/a' }).window.document;
    const withVideo = (await extractArticle(doc))!;
    doc.querySelector('video')!.remove();
    const whole = (await extractArticle(doc))!;
    expect(whole.text).toBe(withVideo.text);
    expectAnchored(doc, whole);
    expect(whole.index.segments().map((s) => s.node)).toEqual(withVideo.index.segments().map((s) => s.node));
  });

  test('work no longer wanted stops with Cancelled and returns nothing', async () => {
    const doc = new JSDOM(html, { url: 'https://example.org/a' }).window.document;
    let turns = 0;
    const slices = new Slices(() => turns < 5, 0, async () => void turns++);
    await expect(extractArticle(doc, null, slices)).rejects.toBeInstanceOf(Cancelled);
    await expect(extractVisiblePage(doc, null, new Slices(() => false, 0, async () => {}))).rejects.toBeInstanceOf(Cancelled);
  });
});

describe('collapsedLengthAtLeast', () => {
  test.each([
    ['', 1],
    ['   ', 1],
    ['abc', 3],
    ['abc', 4],
    ['  a  b  ', 3],
    ['  a  b  ', 4],
    ['a\n\n\tb c', 5],
    ['a\n\n\tb c', 6],
    ['\u00a0x\u2003 y\u00a0', 3],
    ['😀 😀', 5],
    ['😀 😀', 6],
  ])('%j has at least %i characters once white space is collapsed: as the replace says', (text, min) => {
    expect(collapsedLengthAtLeast(text, min)).toBe(text.replace(/\s+/g, ' ').trim().length >= min);
  });
});

/** A document of exactly `n` elements: html, head, title and body, then spans. */
function withElements(n: number): Document {
  const doc = new JSDOM('<!doctype html><html><head><title>t</title></head><body></body></html>').window.document;
  for (let i = 0; i < n - 4; i++) doc.body.append(doc.createElement('span'));
  return doc;
}

describe('a page too large to pick its article out of', () => {
  test.each([
    ['the largest real page saved here (9,888 elements)', 9_888, false],
    ['exactly at the limit', ARTICLE_ELEMENT_LIMIT, false],
    ['one element past it', ARTICLE_ELEMENT_LIMIT + 1, true],
  ])('%s', (_label, elements, tooLarge) => {
    const doc = withElements(elements);
    expect(doc.getElementsByTagName('*').length).toBe(elements);
    expect(tooLargeForArticle(doc)).toBe(tooLarge);
  });
});
