/**
 * The keyboard and screen-reader path, with no mouse event at all: focus a link in the page, open with the toolbar
 * button, land in the sidebar, hear the counts, move through findings and their occurrences (each marked in the page,
 * beside the sidebar, never under it), read an occurrence's own note, close with Escape, and find focus back on the
 * link. Keystrokes inside the sidebar never reach the page's own keyboard handlers.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbar } from '../../scripts/lib/browser';
import { sidebarHostCount, startHarness, stopHarness, waitForAnalysis, type Harness } from './support';
import { focused, highlightRects, overlaps, sidebarBox, uiText } from './ui-support';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await h.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${h.origin}/seed/presstv-aleppo.html`);
  // The page's own shortcuts: a keydown listener on the document, as news sites use for "next article" and the like.
  await page.evaluate(() => {
    const w = window as unknown as { __pageKeys: string[] };
    w.__pageKeys = [];
    document.addEventListener('keydown', (e) => w.__pageKeys.push(e.key));
    window.addEventListener('keydown', (e) => w.__pageKeys.push(e.key));
  });
});
afterAll(() => stopHarness(h));

/** Presses Tab until `wanted` holds for the focused element; returns how many presses it took. */
async function tabUntil(wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 80): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (wanted(await focused(page))) return presses;
  }
  throw new Error(`not reached in ${max} Tab presses; focus is on ${JSON.stringify(await focused(page))}`);
}

/** The occurrence marked in the page: its text and whether it sits wholly beside the sidebar, on screen. */
async function marked() {
  const [rects, box] = await Promise.all([highlightRects(page, ['framing-lens-current']), sidebarBox(page)]);
  return {
    text: rects[0]?.text ?? null,
    onScreen: rects.length > 0 && rects.every((r) => r.top >= 0 && r.bottom <= box.viewport.height),
    covered: rects.some((r) => overlaps(r, box.rect)),
  };
}

test('open, move through findings and occurrences, read a note, close: all by keyboard, focus restored', async () => {
  const link = page.locator('nav a').first();
  await link.focus();
  const linkText = await link.textContent();

  await clickToolbar(h.browser, page);
  await waitForAnalysis(page);
  expect(await focused(page)).toMatchObject({ inUi: true, tag: 'aside', label: 'Framing Lens' });
  // The live region, present from the start, now says what was found.
  await expect.poll(() => uiText(page, '[role="status"]')).toBe('8 framing words, 10 named actors');

  const presses = await tabUntil((f) => f.entry !== null);
  console.log(`Tab presses from the sidebar's opening to its first finding: ${presses}`);
  expect(presses).toBeLessThanOrEqual(6);

  // Jabhat Fateh al-Sham: three occurrences. Enter expands it and marks the first one.
  await tabUntil((f) => f.entry === 'jabhat-fateh-al-sham' && f.tag === 'button');
  await page.keyboard.press('Enter');
  expect((await focused(page)).expanded).toBe('true');
  await expect.poll(() => uiText(page, 'li[data-entry-id="jabhat-fateh-al-sham"] .occurrence-position')).toBe('Occurrence 1 of 3');
  await expect.poll(marked).toMatchObject({ onScreen: true, covered: false });
  const first = (await marked()).text;

  await tabUntil((f) => f.label === 'Next occurrence of Jabhat Fateh al-Sham');
  const seen = [first];
  for (const n of [2, 3]) {
    await page.keyboard.press('Enter');
    await expect.poll(() => uiText(page, 'li[data-entry-id="jabhat-fateh-al-sham"] .occurrence-position')).toBe(`Occurrence ${n} of 3`);
    await expect.poll(marked).toMatchObject({ onScreen: true, covered: false });
    seen.push((await marked()).text);
  }
  // "al-Nusra Front" is one of its names: the marks moved through different places, not the first one thrice.
  expect(seen).toContain('al-Nusra Front');
  await page.keyboard.press('Enter'); // past the last: back to the first
  await expect.poll(() => uiText(page, 'li[data-entry-id="jabhat-fateh-al-sham"] .occurrence-position')).toBe('Occurrence 1 of 3');
  await page.keyboard.press('Shift+Tab'); // Previous
  await page.keyboard.press('Enter');
  await expect.poll(() => uiText(page, 'li[data-entry-id="jabhat-fateh-al-sham"] .occurrence-position')).toBe('Occurrence 3 of 3');

  // An occurrence's own note (what the hover card says about this one use) is in the sidebar: "so-called".
  await tabUntil((f) => f.entry === 'term-so-called' && f.tag === 'button');
  await page.keyboard.press('Enter');
  await expect.poll(() => uiText(page, 'li[data-entry-id="term-so-called"] .rule-note')).toMatch(/so-called/i);
  await expect.poll(marked).toMatchObject({ text: 'so-called', onScreen: true, covered: false });
  // And a quoted use says whose words they are.
  await tabUntil((f) => f.entry === 'term-humanitarian-corridor' && f.tag === 'button');
  await page.keyboard.press('Enter');
  await expect.poll(() => uiText(page, 'li[data-entry-id="term-humanitarian-corridor"] .occurrence-info')).toMatch(/In quotation marks: the words are given as someone else’s/);

  expect(await page.evaluate(() => (window as unknown as { __pageKeys: string[] }).__pageKeys)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect.poll(() => sidebarHostCount(page)).toBe(0);
  const back = await page.evaluate(() => document.activeElement?.textContent);
  expect(back).toBe(linkText);
  expect(await highlightRects(page)).toEqual([]);
});

test('Escape closes the hover card first, then the sidebar', async () => {
  // A fresh tab at the top of the article: no scrolling left over from the journey above to hide the card again.
  const fresh = await h.browser.context.newPage();
  await fresh.setViewportSize({ width: 1280, height: 800 });
  await fresh.goto(`${h.origin}/seed/presstv-aleppo.html`);
  await clickToolbar(h.browser, fresh);
  await waitForAnalysis(fresh);
  // The card appears under the pointer (the one mouse use here: cards are the pointer's way to the same notes).
  const word = (await highlightRects(fresh, ['framing-lens-framing'])).find((r) => r.text === 'so-called')!;
  await fresh.mouse.move((word.left + word.right) / 2, (word.top + word.bottom) / 2);
  await fresh.getByRole('tooltip').waitFor();
  expect(await focused(fresh)).toMatchObject({ inUi: true, tag: 'aside' });
  await fresh.keyboard.press('Escape');
  await fresh.getByRole('tooltip').waitFor({ state: 'detached' });
  expect(await sidebarHostCount(fresh)).toBe(1);
  await fresh.keyboard.press('Escape');
  await expect.poll(() => sidebarHostCount(fresh)).toBe(0);
  await fresh.close();
});
