/**
 * Direction and language. The sidebar takes the end side of the page's lines (left on a right-to-left page) and
 * never covers its text; the UI keeps its own `lang` and `dir` whatever the page's. Then a right-to-left pseudo-locale:
 * a copy of the build with `_locales/ar` generated from the English strings (each wrapped in right-to-left override
 * marks), in a browser whose UI language is Arabic — the sidebar lays itself out right to left, and every label of
 * its own comes from the locale file.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clickToolbar, EXTENSION_DIR, SIDEBAR_HOST } from '../../scripts/lib/browser';
import { sidebarHostCount, startHarness, stopHarness, waitForAnalysis, type Harness } from './support';
import { highlightRects, overlaps, sidebarBox, uiText } from './ui-support';

/** The UI's own language and direction, and the bar's title and close button positions. */
function uiFacts(page: import('playwright-core').Page) {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    const ui = root.querySelector<HTMLElement>('.root')!;
    const title = root.querySelector('.bar h1')!.getBoundingClientRect();
    const close = root.querySelector('.bar .close')!.getBoundingClientRect();
    return { lang: ui.lang, dir: ui.dir, closeIsLeftOfTitle: close.right <= title.left };
  }, SIDEBAR_HOST);
}

describe('page direction and language', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));

  test('on a right-to-left page the sidebar takes the left, and covers none of the text', async () => {
    const page = await h.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${h.origin}/pages/readability-rtl-1/source.html`);
    await clickToolbar(h.browser, page);
    await expect.poll(() => uiText(page, '.live')).toBe('0 framing words, 0 named actors');
    const box = await sidebarBox(page);
    expect(box).toMatchObject({ mode: 'side', edge: 'left' });
    expect(box.rect.left).toBe(0);
    const textBoxes = await page.evaluate(() =>
      [...document.querySelectorAll('article p, article h1')].map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }),
    );
    expect(textBoxes.length).toBeGreaterThan(0);
    for (const r of textBoxes) expect(overlaps(r, box.rect)).toBe(false);
    // The UI keeps its own language and direction: English, left to right, on a right-to-left page.
    expect(await uiFacts(page)).toEqual({ lang: 'en', dir: 'ltr', closeIsLeftOfTitle: false });
    await page.close();
  });

  test('the seed made right-to-left: highlights stay clear of the sidebar on the left', async () => {
    const page = await h.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${h.origin}/seed/presstv-aleppo.html`);
    await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
    await clickToolbar(h.browser, page);
    await waitForAnalysis(page);
    const box = await sidebarBox(page);
    expect(box.edge).toBe('left');
    const rects = await highlightRects(page);
    expect(rects.length).toBeGreaterThan(20);
    expect(rects.filter((r) => r.left < box.rect.right)).toEqual([]);
    await page.close();
  });

  test('on a French page the UI still says it is English', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(`${h.origin}/pages/readability-lemonde-1/source.html`);
    await clickToolbar(h.browser, page);
    await page.getByRole('complementary', { name: 'Framing Lens' }).locator('.body > *').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await uiFacts(page)).toMatchObject({ lang: 'en', dir: 'ltr' });
    await page.close();
  });
});

describe('a right-to-left pseudo-locale', () => {
  const RLO = '\u202E';
  const PDF = '\u202C';
  let h: Harness;
  let copy: string;
  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'framing-lens-rtl-'));
    cpSync(EXTENSION_DIR, copy, { recursive: true });
    const en = JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    const pseudo: Record<string, { message: string }> = Object.fromEntries(
      Object.entries(en).map(([key, { message }]) => [key, { message: `${RLO}${message}${PDF}` }]),
    );
    // The two facts about the file itself, not strings to show.
    pseudo.ui_lang = { message: 'ar' };
    pseudo.ui_dir = { message: 'rtl' };
    mkdirSync(join(copy, '_locales/ar'), { recursive: true });
    writeFileSync(join(copy, '_locales/ar/messages.json'), JSON.stringify(pseudo));
    // The browser's UI language decides the extension's locale (Debian's chromium-l10n provides Arabic).
    h = await startHarness({ extensionDir: copy, env: { LANGUAGE: 'ar' } });
  });
  afterAll(async () => {
    await stopHarness(h);
    rmSync(copy, { recursive: true, force: true });
  });

  test('the sidebar lays out right to left, and every label of its own comes from the locale file', async () => {
    const page = await h.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${h.origin}/seed/presstv-aleppo.html`);
    await clickToolbar(h.browser, page);
    await waitForAnalysis(page);
    expect(await uiFacts(page)).toEqual({ lang: 'ar', dir: 'rtl', closeIsLeftOfTitle: true });
    // The page is left to right, so the sidebar stays on the right; inside it, lines start on the right.
    expect((await sidebarBox(page)).edge).toBe('right');
    const labels = await page.evaluate((tag) => {
      const root = document.querySelector(tag)!.shadowRoot!;
      const ours = root.querySelectorAll('.bar h1, .actions button, .live, .eyebrow, .group > h2, .sides th[scope="col"], .privacy');
      return [...ours].map((el) => ({ text: el.textContent ?? '', label: el.getAttribute('aria-label') }));
    }, SIDEBAR_HOST);
    expect(labels.length).toBeGreaterThan(8);
    for (const { text, label } of labels) expect(`${text}|${label ?? ''}`, text).toContain(RLO);
    const item = await page.evaluate((tag) => {
      const head = document.querySelector(tag)!.shadowRoot!.querySelector('li[data-entry-id] .item-head')!;
      const name = head.querySelector('.item-name')!.getBoundingClientRect();
      const count = head.querySelector('.count')!.getBoundingClientRect();
      return { countIsLeftOfName: count.right <= name.left };
    }, SIDEBAR_HOST);
    expect(item).toEqual({ countIsLeftOfName: true });
    await page.keyboard.press('Escape');
    await expect.poll(() => sidebarHostCount(page)).toBe(0);
    await page.close();
  });
});
