import { expect, test, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: {} }));
const { isToBackground, isToContent, isToReader } = await import('../../../utils/messages');

test.each([
  [{ type: 'toggle' }, true, false],
  [{ type: 'show-count', framing: 3 }, false, true],
  [{ type: 'closed' }, false, true],
  [{ type: 'open-options' }, false, true],
  [{ type: 'open-options', site: 'example.com' }, false, true],
  [{ type: 'analyse-tab', tabId: 4 }, false, true],
  [{ type: 'cannot-read', reason: 'frameset' }, false, true],
  [{ type: 'cannot-read', reason: 'not-html' }, false, true],
  [{ type: 'cannot-read', reason: 'something-else' }, false, false],
  [{ type: 'cannot-read' }, false, false],
  [{ type: 'analyse', text: 'Some text.', quoted: [], hostnames: [], site: null, lang: null }, false, true],
  [{ type: 'analyse' }, false, false],
  [{ type: 'analyse', textKey: 'k1', quoted: [], hostnames: [], site: null, lang: null }, false, true],
  [{ type: 'text-part', key: 'k1', part: 'Some ' }, false, true],
  [{ type: 'text-part', key: 'k1' }, false, false],
  [{ type: 'text-part', part: 'Some ' }, false, false],
  [{ type: 'also-named', text: 'Some text.', quoted: [], site: null }, false, true],
  [{ type: 'also-named', textKey: 'k1', site: null }, false, true],
  [{ type: 'also-named', text: 3 }, false, false],
  [{ type: 'also-named', textKey: 3 }, false, false],
  [{ type: 'read-article', html: '<html></html>' }, false, true],
  [{ type: 'read-article', htmlKey: 'k1' }, false, true],
  [{ type: 'read-article' }, false, false],
  [{ type: 'read-article', html: 3 }, false, false],
  [{ type: 'read-copy', html: '<html></html>' }, false, false],
  [{ type: 'reader-wanted' }, false, true],
  [{ type: 'something-else' }, false, false],
  [{}, false, false],
  [null, false, false],
  ['toggle', false, false],
])('%j → content %s, background %s', (message, toContent, toBackground) => {
  expect(isToContent(message)).toBe(toContent);
  expect(isToBackground(message)).toBe(toBackground);
});

// Every extension page hears the others' messages: the reader answers only the background's request to read.
test.each([
  [{ type: 'read-copy', html: '<html></html>' }, true],
  [{ type: 'read-copy' }, false],
  [{ type: 'read-copy', html: 3 }, false],
  [{ type: 'read-article', html: '<html></html>' }, false],
  [{ type: 'analyse', text: 'Some text.' }, false],
  [null, false],
])('%j → reader %s', (message, toReader) => {
  expect(isToReader(message)).toBe(toReader);
});
