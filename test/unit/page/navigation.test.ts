import { expect, test } from 'vitest';
import { isAnotherPage } from '../../../utils/page/navigation';

test.each([
  ['https://news.example.org/a', 'https://news.example.org/b', true],
  ['https://news.example.org/a', 'https://news.example.org/a?page=2', true],
  ['https://news.example.org/a', 'https://other.example.org/a', true],
  ['https://news.example.org/a', 'https://news.example.org/a#comments', false],
  ['https://news.example.org/a#top', 'https://news.example.org/a#footnote-3', false],
  ['https://news.example.org/a', 'https://news.example.org/a', false],
])('%s → %s: another page %s', (from, to, expected) => {
  expect(isAnotherPage(new URL(from), new URL(to))).toBe(expected);
});
