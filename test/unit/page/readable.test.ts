// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import { whyUnreadable } from '../../../utils/page/readable';

const ARTICLE = '<article><p>Talks resumed on Tuesday.</p></article>';

test.each([
  ['an ordinary page', `<!DOCTYPE html><html><body>${ARTICLE}</body></html>`, 'text/html', null],
  ['an XHTML page', `<html xmlns="http://www.w3.org/1999/xhtml"><body>${ARTICLE}</body></html>`, 'application/xhtml+xml', null],
  ['an SVG image', '<svg xmlns="http://www.w3.org/2000/svg"><text>Talks</text></svg>', 'image/svg+xml', 'not-html'],
  ['an XML feed', '<feed><entry><title>Talks</title></entry></feed>', 'application/xml', 'not-html'],
  ['a frameset page', '<!DOCTYPE html><html><frameset rows="100%"><frame src="a.html"></frameset></html>', 'text/html', 'frameset'],
])('%s', (_, markup, contentType, expected) => {
  const doc = new JSDOM(markup, { contentType, url: 'https://news.example.org/story' }).window.document;
  expect(whyUnreadable(doc)).toBe(expected);
});

test('a page that removed its own root element', () => {
  const doc = new JSDOM(`<!DOCTYPE html><html><body>${ARTICLE}</body></html>`).window.document;
  doc.documentElement.remove();
  expect(whyUnreadable(doc)).toBe('no-body');
});
