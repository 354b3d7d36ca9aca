// @vitest-environment jsdom
/** How much text a page holds, and when that is too much to narrow the page for the sidebar. */
import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import { textChars, tooLongToNarrow } from '../../../utils/page/page-size';

const parse = (body: string) => new JSDOM(`<!DOCTYPE html><html><head><title>A title</title><style>p {}</style></head><body>${body}</body></html>`).window.document;
const paragraphs = (count: number, chars: number) => `<article>${`<p>${'x'.repeat(chars)}</p>`.repeat(count)}</article>`;

test.each<[string, string, number, boolean]>([
  ['a short article', '<h1>Talks</h1><p>They met.</p>', 'TalksThey met.'.length, false],
  ['scripts and styles are not text', `<p>Ten chars.</p><script>${'var a;'.repeat(1_000_000)}</script><style>${'a{}'.repeat(1000)}</style>`, 10, false],
  ['nor a script or style deep in the article', '<article><div><p>Ten chars.<script>var a = 1;</script></p><style>p{}</style></div></article>', 10, false],
  ['text beside a script in its parent is', '<p>Five <script>var a;</script>more.</p>', 'Five more.'.length, false],
  ['2.4 M characters', paragraphs(1200, 2000), 2_400_000, false],
  ['2.6 M characters', paragraphs(1300, 2000), 2_600_000, true],
])('%s', (_, body, chars, tooLong) => {
  const doc = parse(body);
  expect(textChars(doc)).toBe(chars);
  expect(tooLongToNarrow(doc)).toBe(tooLong);
});
