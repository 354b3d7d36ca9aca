/**
 * axe-core on our UI (the shadow host and everything in it) in light, dark and forced-colours modes: the open
 * sidebar, an expanded entry with its occurrence controls, a hover card, the tone section opened and the card of a
 * word to watch, the also-named section with its note opened. Zero violations, WCAG 2.2 AA and axe's
 * best practices.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clickToolbar, SIDEBAR_HOST } from '../../scripts/lib/browser';
import { startHarness, stopHarness, waitForAnalysis, type Harness } from './support';
import { highlightRects, hoverHighlight } from './ui-support';

const MODES = [
  ['light', { colorScheme: 'light' }],
  ['dark', { colorScheme: 'dark' }],
  ['forced colours', { forcedColors: 'active' }],
] as const;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => stopHarness(h));

/**
 * axe's violations in our UI, one line each; also checks that axe really looked inside our shadow root, at `seen`
 * elements at least (fewer on a phone-sized sheet, which shows part of its list, and when collapsed only its bar).
 */
async function audit(page: Page, what: string, seen = 20): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .include(SIDEBAR_HOST)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const problems = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary}`);
  // An audit that saw nothing would pass too: it must have checked our UI's contrast and names.
  expect(result.passes.map((p) => p.id), what).toEqual(expect.arrayContaining(['color-contrast', 'button-name']));
  // …inside our shadow root: axe names such nodes by a path through the host.
  const contrast = result.passes.find((p) => p.id === 'color-contrast')!;
  const inShadow = contrast.nodes.filter((n) => Array.isArray(n.target[0]) && /framing-lens/.test(String(n.target[0][0])));
  expect(inShadow.length, what).toBeGreaterThan(seen);
  return problems;
}

describe.each(MODES)('%s', (_label, media) => {
  test('the open sidebar, an expanded entry and a card have no axe violations', async () => {
    const page = await h.browser.context.newPage();
    await page.emulateMedia(media);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${h.origin}/seed/presstv-aleppo.html`);
    await clickToolbar(h.browser, page);
    await waitForAnalysis(page);
    expect(await audit(page, 'open sidebar')).toEqual([]);

    const sidebar = page.getByRole('complementary', { name: 'Framing Lens' });
    await sidebar.locator('li[data-entry-id="jabhat-fateh-al-sham"] .item-head').click();
    await sidebar.locator('li[data-entry-id="jabhat-fateh-al-sham"] .occurrence').waitFor();
    await sidebar.getByRole('button', { name: 'Next occurrence of Jabhat Fateh al-Sham' }).focus();
    expect(await audit(page, 'expanded entry with a focused control')).toEqual([]);

    await page.evaluate(() => window.scrollTo(0, 0));
    const word = (await highlightRects(page, ['framing-lens-framing'])).find((r) => r.text === 'so-called')!;
    await page.mouse.move((word.left + word.right) / 2, (word.top + word.bottom) / 2);
    await page.getByRole('tooltip').waitFor();
    expect(await audit(page, 'hover card')).toEqual([]);
    await page.close();
  });

  test('the tone section, opened, and the card of a word to watch have no axe violations', async () => {
    const page = await h.browser.context.newPage();
    await page.emulateMedia(media);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${h.origin}/pages/postlight-www.cnn.com/source.html`);
    await clickToolbar(h.browser, page);
    const sidebar = await waitForAnalysis(page);
    const tone = sidebar.getByRole('region', { name: 'Tone: words to watch' });
    for (const summary of await tone.locator('summary').all()) await summary.click();
    await tone.locator('.tone-categories details[open]').first().waitFor();
    await tone.scrollIntoViewIfNeeded();
    expect(await audit(page, 'tone section, opened')).toEqual([]);

    await hoverHighlight(page, ['framing-lens-watch']);
    await page.getByRole('tooltip').locator('.tag.watch').waitFor();
    expect(await audit(page, 'card of a word to watch')).toEqual([]);
    await page.close();
  });

  test('the also-named section, its note opened, has no axe violations', async () => {
    const page = await h.browser.context.newPage();
    await page.emulateMedia(media);
    await page.setViewportSize({ width: 1280, height: 800 });
    // The Slate page names a group the glossary lacks with the article's label for it, and has a banner of its own:
    // our sidebar's title bar must not read as a second one.
    await page.goto(`${h.origin}/untuned/newspaper-slate.com2/source.html`);
    await clickToolbar(h.browser, page);
    const sidebar = await waitForAnalysis(page);
    const section = sidebar.getByRole('region', { name: /^Also named/ });
    await section.locator('summary').click();
    await section.locator('details[open] p').waitFor();
    await section.scrollIntoViewIfNeeded();
    expect(await audit(page, 'also-named section, opened')).toEqual([]);
    await page.close();
  });

  test('the bottom sheet, open and collapsed, has no axe violations', async () => {
    const page = await h.browser.context.newPage();
    await page.emulateMedia(media);
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(`${h.origin}/seed/presstv-aleppo.html`);
    await clickToolbar(h.browser, page);
    const sidebar = await waitForAnalysis(page);
    const toggle = sidebar.getByRole('button', { name: 'Framing Lens', exact: true });
    await toggle.focus();
    expect(await audit(page, 'open sheet', 10)).toEqual([]);
    await toggle.press('Enter');
    await sidebar.locator('.sheet-toggle[aria-expanded="false"]').waitFor();
    expect(await audit(page, 'collapsed sheet', 3)).toEqual([]);
    await page.close();
  });
});

test("the UI's text follows the reader's default text size, not the page's", async () => {
  const page = await h.browser.context.newPage();
  await page.goto(`${h.origin}/seed/presstv-aleppo.html`);
  // The page sets its own root size, which rem-based text would follow.
  await page.addStyleTag({ content: 'html { font-size: 10px; }' });
  const sizes = () =>
    page.evaluate((tag) => {
      const root = document.querySelector(tag)!.shadowRoot!;
      return ['.bar h1', '.live', '.eyebrow', '.item-name', '.item-sub', '.privacy'].map((sel) => parseFloat(getComputedStyle(root.querySelector(sel)!).fontSize));
    }, SIDEBAR_HOST);
  await clickToolbar(h.browser, page);
  await waitForAnalysis(page);
  const atDefault = await sizes();
  expect(Math.min(...atDefault)).toBeGreaterThanOrEqual(13);
  await clickToolbar(h.browser, page);
  await expect.poll(() => page.evaluate((tag) => document.querySelectorAll(tag).length, SIDEBAR_HOST)).toBe(0);

  // The reader's browser setting for the default text size (16 px out of the box), raised to 24 px.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
  await clickToolbar(h.browser, page);
  await waitForAnalysis(page);
  const atLarger = await sizes();
  atLarger.forEach((size, i) => expect(size / atDefault[i]!).toBeCloseTo(1.5, 1));
  await page.close();
});
