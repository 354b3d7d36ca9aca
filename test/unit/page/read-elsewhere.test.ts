// @vitest-environment jsdom
/**
 * Reading the article away from the page's thread: the page's HTML, serialised in pieces, parsed into a copy that
 * Readability reads (utils/reader/read-copy.ts), and the reading anchored back to the page's live Text nodes
 * (utils/page/read-elsewhere.ts). Whatever way it is read, the reader gets the same article text, every character of
 * it from a live node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test, vi } from 'vitest';
import { extractArticle } from '../../../utils/page/extract';
import { asRead } from '../../../utils/page/text-index';
import { pageHtml } from '../../../utils/page/page-html';
import { anchorReading, readingWouldBeLong, type ReadElsewhere } from '../../../utils/page/read-elsewhere';
import { Slices, UNSLICED } from '../../../utils/page/slices';
import { readCopy, type ArticleReading } from '../../../utils/reader/read-copy';

const parse = (html: string, url = 'https://example.org/article') => new JSDOM(html, { url }).window.document;
const load = (path: string) => parse(readFileSync(path, 'utf8'));
/** What the offscreen document does with the HTML it is sent. */
const elsewhere = (read: ReadElsewhere['read']): ReadElsewhere => ({ coming: () => {}, read });
const readElsewhere = vi.fn<ReadElsewhere['read']>(async (html) => readCopy(parse(html)));
/** Slices that pause after every step, with no wait: every piece boundary is exercised. */
const everyStep = () => new Slices(() => true, 0, async () => {});

/** Makes a page costly enough to read elsewhere without changing its article: text Readability drops as hidden. */
function padded(doc: Document): Document {
  const pad = doc.createElement('div');
  pad.hidden = true;
  pad.textContent = 'word '.repeat(620_000);
  doc.body.append(pad);
  return doc;
}

function expectAnchored(doc: Document, result: NonNullable<Awaited<ReturnType<typeof extractArticle>>>) {
  for (const seg of result.index.segments()) {
    expect(seg.node.ownerDocument).toBe(doc);
    expect(result.text.slice(seg.start, seg.start + seg.length)).toBe(asRead(seg.node));
  }
}

const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} says the so-called talks went on for hours, officials said.</p>`).join('');
const article = `<!DOCTYPE html><html lang="en"><head><title>Talks</title></head><body><nav><a href="/">Home</a></nav><article><h1>Talks</h1>${paragraphs(12)}</article></body></html>`;

describe('pageHtml', () => {
  const pages = readdirSync('test/fixtures/pages');
  test.each(pages)('%s: serialised in pieces, the page is what outerHTML gives', async (name) => {
    const doc = load(`test/fixtures/pages/${name}/source.html`);
    const expected = (doc.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '') + doc.documentElement.outerHTML;
    expect(await pageHtml(doc, everyStep())).toBe(expected);
  });

  test('text, attributes and raw text in an element opened by hand are escaped as the browser escapes them', async () => {
    const doc = parse(`<!DOCTYPE html><body><div title="a &quot;b&quot; &amp; c&nbsp;d">${'<i>x</i>'.repeat(1200)}1 &lt; 2 &amp;&amp; 3 &gt; 2&nbsp;<style>p > a {}</style><!-- a comment --></div></body>`);
    expect(await pageHtml(doc, UNSLICED)).toBe(`<!DOCTYPE html>${doc.documentElement.outerHTML}`);
  });

  test('a page in quirks mode is sent without a doctype, so the copy is parsed in the same mode', async () => {
    const doc = parse('<html><body><p>Old page</p></body></html>');
    expect(doc.compatMode).toBe('BackCompat');
    expect(await pageHtml(doc, UNSLICED)).toBe(doc.documentElement.outerHTML);
  });
});

describe('readingWouldBeLong', () => {
  test.each<[string, string, boolean]>([
    ['a news article', article, false],
    ['5,000 elements', `<body>${'<span></span>'.repeat(5000)}</body>`, false],
    ['15,000 elements', `<body>${'<span></span>'.repeat(15_000)}</body>`, true],
    ['1.2 MB of text', `<body><article>${`<p>${'word '.repeat(2000)}</p>`.repeat(120)}</article></body>`, false],
    ['3.2 MB of text', `<body><article>${`<p>${'word '.repeat(2000)}</p>`.repeat(320)}</article></body>`, true],
    ['2.2 MB of text over 5,000 elements', `<body><article>${`<p>${'word '.repeat(440)}</p>`.repeat(1000)}</article>${'<i></i>'.repeat(4000)}</body>`, true],
    ['4 MB of script, which Readability drops first', `<body><article>${paragraphs(5)}</article><script>${'var a = 1;'.repeat(400_000)}</script></body>`, false],
  ])('%s: %s', (_, html, long) => {
    expect(readingWouldBeLong(parse(html))).toBe(long);
  });
});

describe('extractArticle read elsewhere', () => {
  const pages = readdirSync('test/fixtures/pages');
  test.each(pages)('%s: the same article text as read on the page, anchored to live nodes', async (name) => {
    const here = await extractArticle(padded(load(`test/fixtures/pages/${name}/source.html`)));
    const doc = padded(load(`test/fixtures/pages/${name}/source.html`));
    readElsewhere.mockClear();
    const away = await extractArticle(doc, null, everyStep(), elsewhere(readElsewhere));
    expect(readElsewhere).toHaveBeenCalledTimes(1);
    expect(away?.text).toBe(here?.text);
    expect(away?.meta).toEqual(here?.meta);
    expect(away?.quoted).toEqual(here?.quoted);
    if (away) expectAnchored(doc, away);
  });

  test('a page that is cheap to read is read on the page', async () => {
    readElsewhere.mockClear();
    expect((await extractArticle(parse(article), null, UNSLICED, elsewhere(readElsewhere)))?.text).toContain('Paragraph 12 says');
    expect(readElsewhere).not.toHaveBeenCalled();
  });

  test('no article found elsewhere is no article: the page does not read it again', async () => {
    const doc = padded(parse(article));
    const never = vi.fn<ReadElsewhere['read']>(async () => null);
    expect(await extractArticle(doc, null, UNSLICED, elsewhere(never))).toBeNull();
    expect(never).toHaveBeenCalledTimes(1);
  });

  test('a reading that fails, or matches too little of the page, is made on the page after all', async () => {
    const failing = vi.fn<ReadElsewhere['read']>(async () => {
      throw new Error('no document to read in');
    });
    const here = await extractArticle(padded(parse(article)));
    expect((await extractArticle(padded(parse(article)), null, UNSLICED, elsewhere(failing)))?.text).toBe(here?.text);
    // The reading of another version of the page: most of its paragraphs have changed since.
    const older = async () => readCopy(parse(article.replace(/went on for hours/g, 'ended after an hour')));
    const doc = padded(parse(article));
    const result = await extractArticle(doc, null, UNSLICED, elsewhere(older));
    expect(result?.text).toBe(here?.text);
    expectAnchored(doc, result!);
  });
});

/** The reading of `doc` as it is now. */
const read = (doc: Document) => readCopy(parse(`<!DOCTYPE html>${doc.documentElement.outerHTML}`))!;
const textOf = (picked: Awaited<ReturnType<typeof anchorReading>>) => picked!.map((p) => p.live.data).join('|');

describe('anchorReading: where the copy parsed from HTML differs from the live page', () => {

  test('neighbouring Text nodes a script made, one node in the copy, are all taken', async () => {
    const doc = parse(article);
    const fourth = doc.querySelectorAll('article p')[3]!.firstChild as Text;
    fourth.splitText(20).splitText(10);
    doc.querySelectorAll('article p')[5]!.append(doc.createTextNode(''), doc.createTextNode(' More.'));
    const picked = await anchorReading(read(doc), doc, UNSLICED);
    expect(picked!.every((n) => n.live.ownerDocument === doc)).toBe(true);
    expect(textOf(picked)).toContain('Paragraph 4 says the| so-called| talks went on');
    expect(textOf(picked)).toContain('officials said.|| More.');
    expect(picked!.map((p) => p.live.data).join('')).toContain('Paragraph 12 says');
  });

  test('Text nodes the copy has and the page does not (a noscript parsed as markup) shift nothing after them', async () => {
    const doc = parse(article);
    const reading = read(doc);
    // The copy numbered three more Text nodes before the article than the page has.
    const shifted: ArticleReading = { ...reading, at: reading.at.map((at) => at + 3) };
    expect(textOf(await anchorReading(shifted, doc, UNSLICED))).toBe(textOf(await anchorReading(reading, doc, UNSLICED)));
  });

  test('a node whose text changed since is left out, and the rest still anchored', async () => {
    const doc = parse(article.replace(paragraphs(12), paragraphs(60)));
    const reading = read(doc);
    (doc.querySelectorAll('article p')[7]!.firstChild as Text).data = 'A paragraph rewritten by the page since.';
    const picked = await anchorReading(reading, doc, UNSLICED);
    expect(picked!.some((p) => p.live.data.includes('rewritten'))).toBe(false);
    expect(picked!.filter((p) => p.live.data.startsWith('Paragraph'))).toHaveLength(59);
  });

  test('a reading of a page that is mostly changed since is refused', async () => {
    const doc = parse(article);
    const reading = read(doc);
    for (const p of doc.querySelectorAll('article p')) (p.firstChild as Text).data = 'Rewritten.';
    expect(await anchorReading(reading, doc, UNSLICED)).toBeNull();
  });
});
