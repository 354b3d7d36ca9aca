// @vitest-environment jsdom
/**
 * The text the analysis reads is the page's text as the reader sees its lines: the source's own line wrapping inside
 * a paragraph is a space, a <br> ends a line, a block starts after a blank line, and preformatted text keeps its
 * newlines. Every character still sits at its node's offset.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractVisiblePage } from '../../../utils/page/extract';
import { asRead } from '../../../utils/page/text-index';

async function read(body: string): Promise<string> {
  const doc = new JSDOM(`<!DOCTYPE html><html><body>${body}</body></html>`).window.document;
  const { text, index } = await extractVisiblePage(doc);
  for (const seg of index.segments()) expect(text.slice(seg.start, seg.start + seg.length)).toBe(asRead(seg.node));
  return text;
}

describe('the analysed text, line by line', () => {
  it.each([
    ['a sentence wrapped in the source reads as one line', '<p>Five people were killed\nwhen gunmen attacked.</p>', 'Five people were killed when gunmen attacked.'],
    ['wrapped inside an inline element', '<p>Five people <a href="/x">were\nkilled</a> on Tuesday.</p>', 'Five people were killed on Tuesday.'],
    ['a <br> ends a line', '<p>The attack ended.<br>Five people were killed.</p>', 'The attack ended.\nFive people were killed.'],
    ['a <br> before an inline element', '<p>The attack ended.<br><b>Five</b> people were killed.</p>', 'The attack ended.\nFive people were killed.'],
    ['a <br> with white space after it, once', '<p>The attack ended.<br> <span>Five</span> died.</p>', 'The attack ended. \nFive died.'],
    ['two <br> read as one line break each text', '<p>One.<br><br>Two.</p>', 'One.\nTwo.'],
    ['a <br> at a block\'s end adds nothing', '<p>One.<br></p><p>Two.</p>', 'One.\n\nTwo.'],
    ['preformatted text keeps its newlines', '<pre>line one\nline two</pre>', 'line one\nline two'],
    ['words in separate inline elements run on as the page shows them', '<p><i>so</i>-called</p>', 'so-called'],
  ])('%s', async (_, body, expected) => {
    expect(await read(body)).toBe(expected);
  });
});
