/**
 * Words to watch on a real news page (CNN, saved in test/fixtures/pages): marked in the page with a card of their own;
 * the sidebar's tone section with the words, their categories, counts and neutral alternatives, the rates by voice
 * and each category's note; the export carries the same summary; and the reader's level set on the options page
 * applies at once to the open sidebar.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbar } from '../../scripts/lib/browser';
import { startHarness, stopHarness, waitForAnalysis, type Harness } from './support';
import { highlightRects, hoverHighlight } from './ui-support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => stopHarness(h));

test('the tone section lists the words to watch by count and category, and follows the level set in the options', async () => {
  const article = await h.browser.context.newPage();
  await article.goto(`${h.origin}/pages/postlight-www.cnn.com/source.html`);
  await clickToolbar(h.browser, article);
  const sidebar = await waitForAnalysis(article);
  const tone = sidebar.getByRole('region', { name: 'Tone: words to watch' });
  await tone.waitFor();
  const rows = (await tone.locator('.tone-words li').allTextContents()).sort();
  expect(rows).toEqual([
    'blasted · verb of saying · 1 useNeutral: criticised; said',
    'fumed · verb of saying · 1 useNeutral: said; replied; a description of what was said',
    'slammed · verb of saying · 1 useNeutral: criticised; said',
    'stunning · emotive word · 1 useNeutral: unexpected; a plain account of what happened',
    'tirade · emotive word · 1 useNeutral: speech; criticism; statement',
  ]);
  // Each category opens to why its words matter, with the keyboard as with the mouse.
  const saying = tone.locator('.tone-categories summary', { hasText: 'verb of saying: 3' });
  await saying.focus();
  await article.keyboard.press('Enter');
  await tone.locator('.tone-categories details[open] p').getByText(/how to judge the speaker/).waitFor();
  // Five words in about 1,500 of the outlet's own: between 3 and 4 per 1,000, none in quotations.
  // Marked in the page, each with a card: what it is, what to say instead, why it matters, whose word it is.
  const marks = await highlightRects(article, ['framing-lens-watch']);
  expect([...new Set(marks.map((m) => m.text))].sort()).toEqual(['blasted', 'fumed', 'slammed', 'stunning', 'tirade']);
  await hoverHighlight(article, ['framing-lens-watch'], (text) => text === 'slammed');
  const card = article.getByRole('tooltip');
  await card.getByText('Neutral: criticised; said').waitFor();
  expect(await card.locator('.tag.watch').textContent()).toBe('verb of saying');
  await card.getByText(/how to judge the speaker/).waitFor();
  await card.getByText('In the outlet\'s own voice.').waitFor();
  await article.mouse.move(5, 5);
  await card.waitFor({ state: 'detached' });

  const rates = (await tone.locator('p').first().textContent())!;
  expect(rates).toMatch(/^3\.\d per 1,000 words in the article’s own voice, 0 in quotations$/);

  // The export holds the same summary the section shows.
  const [download] = await Promise.all([article.waitForEvent('download'), sidebar.getByRole('button', { name: 'Export' }).click()]);
  const report = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    tone: { perThousand: { article: number; quoted: number }; top: Array<{ word: string; category: string; article: number; quoted: number }> };
  };
  expect(report.tone.top.map((w) => `${w.word} ${w.category} ${w.article + w.quoted}`).sort()).toEqual([
    'blasted saying 1',
    'fumed saying 1',
    'slammed saying 1',
    'stunning emotive 1',
    'tirade emotive 1',
  ]);
  expect(rates.startsWith(`${report.tone.perThousand.article} per 1,000`)).toBe(true);

  // "Off" on the options page: the open sidebar drops the section at once; "Default" brings it back.
  const options = await h.browser.context.newPage();
  await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
  await options.getByRole('radio', { name: 'Off', exact: true }).check();
  await options.getByRole('status').getByText('Saved').waitFor();
  await expect.poll(() => tone.count()).toBe(0);
  await options.getByRole('radio', { name: 'Clearly loaded words' }).check();
  await tone.waitFor();
  await options.close();
  await article.close();
});
