/**
 * Direction and language. The sidebar takes the end side of the page's lines (left on a right-to-left page) and
 * never covers its text; the UI keeps its own `lang` and `dir` whatever the page's. Then a right-to-left pseudo-locale:
 * a copy of the build with `_locales/ar` generated from the English strings (each wrapped in right-to-left override
 * marks), in a browser whose UI language is Arabic — the sidebar lays itself out right to left, and every label of
 * its own comes from the locale file; so does every word of the options page, the explain window, the "never" popup
 * and the toolbar icon's "off" state: a string written into the code instead would show without the marks.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clickToolbar, EXTENSION_DIR, SIDEBAR_HOST } from '../../scripts/lib/browser';
import { sidebarHostCount, startHarness, stopHarness, waitForAnalysis, type Harness } from './support';
import { highlightRects, overlaps, sidebarBox, uiText } from './ui-support';

type Chrome = typeof import('wxt/browser').browser;

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

  test('on a French page no word to watch is looked for ("catastrophe" is a plain word there), and the sidebar says why', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(`${h.origin}/pages/readability-liberation-1/source.html`);
    await clickToolbar(h.browser, page);
    const sidebar = await waitForAnalysis(page);
    await sidebar.getByText('Words to watch are English words, so none are looked for on this page, which declares its language as “fr”.').waitFor();
    expect(await sidebar.getByRole('region', { name: 'Tone: words to watch' }).count()).toBe(0);
    expect(await highlightRects(page, ['framing-lens-watch'])).toEqual([]);
    await page.close();
  });
});

/** Right-to-left override and pop directional formatting: the pseudo-locale wraps every message in them. */
const RLO = '\u202E';
const PDF = '\u202C';
/** How many messages a text was built from: each brings its own mark. */
const messagesIn = (text: string) => text.split(RLO).length - 1;

/**
 * Every piece of text the page shows or announces that did not come through the locale file: text nodes, accessible
 * names, placeholders, tooltips and the title. `data` is what the reader or the glossary wrote, shown as it is;
 * inside `skip` are lists of glossary names (datalists) and the privacy statement, a document shown as written.
 */
function englishLeft(page: import('playwright-core').Page, data: string[], skip = 'datalist, .privacy-text') {
  return page.evaluate(
    ({ rlo, allowed, excluded }) => {
      const own = (text: string) => {
        const trimmed = text.trim();
        return !trimmed || trimmed.includes(rlo) || allowed.includes(trimmed) || /^[\d\s.,:;()+\-–—…·×]*$/.test(trimmed);
      };
      const left: string[] = [];
      if (!own(document.title)) left.push(`title: ${document.title}`);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest(`script, style, ${excluded}`)) continue;
        if (!own(node.textContent ?? '')) left.push(node.textContent!.trim());
      }
      for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
        if (el.closest(excluded)) continue;
        for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
          const value = el.getAttribute(name);
          if (value !== null && !own(value)) left.push(`${name}: ${value}`);
        }
      }
      return left;
    },
    { rlo: RLO, allowed: data, excluded: skip },
  );
}

const language = (page: import('playwright-core').Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: getComputedStyle(document.body).direction }));

describe('a right-to-left pseudo-locale', () => {
  let h: Harness;
  let copy: string;
  let pages: string;
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
    pages = `chrome-extension://${h.browser.extensionId}`;
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
  test('the options page: every heading, label, choice, hint, problem and status', async () => {
    const options = await h.browser.context.newPage();
    await options.goto(`${pages}/options.html`);
    await options.getByRole('heading', { name: 'Framing Lens settings' }).waitFor();
    expect(await language(options)).toEqual({ lang: 'ar', dir: 'rtl' });
    const seen: string[] = [];
    const look = async (data: string[] = []) => seen.push(...(await englishLeft(options, ['Alt+Shift+L', ...data])));
    await options.getByTestId('shortcut').getByText('Alt+Shift+L').waitFor();
    await look();

    // Problems next to fields, lists with their Remove buttons, and a status.
    await options.getByRole('button', { name: 'Leave it unmarked' }).click();
    await options.locator('#exempt-value-problem').waitFor();
    await options.locator('#never-site').fill('not a site');
    await options.getByRole('button', { name: 'Never run on this site' }).click();
    await options.locator('#never-site-problem').waitFor();
    await look();
    await options.locator('#never-site').fill('example.com');
    await options.getByRole('button', { name: 'Never run on this site' }).click();
    await options.getByRole('list', { name: 'Sites where it never runs' }).getByText('example.com').waitFor();
    await options.locator('#exempt-value').fill('terrorists');
    await options.locator('#exempt-site').fill('example.com');
    await options.getByRole('button', { name: 'Leave it unmarked' }).click();
    await options.getByRole('list', { name: 'Left unmarked' }).waitFor();
    await options.locator('#exempt-kind').selectOption('entry');
    await look(['example.com']);

    // The entry form, for a framing word and for an outlet, and the reset confirmation.
    await options.getByRole('button', { name: 'Add an entry' }).click();
    await options.getByRole('form', { name: 'New entry' }).waitFor();
    await options.getByRole('button', { name: 'Add a source' }).click();
    await look(['example.com']);
    await options.locator('#f-kind').selectOption('outlet');
    await options.locator('#f-outlet\\.hostnames').waitFor();
    await look(['example.com']);
    await options.getByRole('button', { name: 'Save entry' }).click();
    await options.locator('#p-summary').waitFor();
    await look(['example.com']);

    // A file refused as entries and as a pack: each problem is built of several messages (where, inside what, what
    // is wrong), and each of them comes from the locale file.
    const bad = Buffer.from(
      JSON.stringify([{ id: 'Bad Id', kind: 'group', name: 'Bad', patterns: ['Bad'], summary: 'short', sources: [{ title: 'Ex', url: 'http://a.org' }], reviewed: '1/2/2026' }]),
    );
    await options.locator('input[name="import"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: bad });
    await options.locator('input[name="import-pack"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: bad });
    const problems = options.getByRole('alert').locator('li');
    await expect.poll(() => problems.count()).toBe(6);
    await look(['example.com']);
    expect((await problems.allTextContents()).map(messagesIn)).toEqual([4, 4, 8, 8, 4, 2]);
    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await options.getByRole('group', { name: 'Confirm reset' }).waitFor();
    await look(['example.com']);

    expect(seen).toEqual([]);
    await options.close();
  });

  test('the explain window, for a word it knows and for one it does not', async () => {
    const known = await h.browser.context.newPage();
    await known.goto(`${pages}/explain.html?text=${encodeURIComponent('the Hezbollah movement')}`);
    await known.getByRole('article').getByText(/you selected/).waitFor();
    expect(await language(known)).toEqual({ lang: 'ar', dir: 'rtl' });
    // The card's name and facts are the glossary's words, and its labels are the sidebar's (tested above); what the
    // window adds around them comes from the locale file.
    expect(await englishLeft(known, [], 'h1, .details')).toEqual([]);
    await known.close();

    const unknown = await h.browser.context.newPage();
    await unknown.goto(`${pages}/explain.html?text=Example%20Valley%20Committee`);
    await unknown.getByRole('link', { name: 'Add “Example Valley Committee” to your glossary' }).waitFor();
    expect(await englishLeft(unknown, [])).toEqual([]);
    await unknown.close();
  });

  test('the icon on a "never" site and its popup', async () => {
    const options = await h.browser.context.newPage();
    await options.goto(`${pages}/options.html`);
    await options.locator('#never-site').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Never run on this site' }).click();
    await options.getByRole('list', { name: 'Sites where it never runs' }).getByText('127.0.0.1').waitFor();

    const article = await h.browser.context.newPage();
    await article.goto(`${h.origin}/seed/presstv-aleppo.html`);
    await clickToolbar(h.browser, article);
    const [worker] = h.browser.context.serviceWorkers();
    const icon = () =>
      worker!.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: Chrome }).chrome;
        const [tab] = await c.tabs.query({ url: 'http://127.0.0.1/*' });
        const tabId = tab!.id!;
        return { title: await c.action.getTitle({ tabId }), badge: await c.action.getBadgeText({ tabId }), popup: await c.action.getPopup({ tabId }) };
      });
    await expect.poll(async () => (await icon()).popup).toContain('never.html');
    const { title, badge, popup } = await icon();
    expect(title).toContain(RLO);
    expect(title).toContain('127.0.0.1');
    expect(badge).toContain(RLO);

    const never = await h.browser.context.newPage();
    // Without its tab (as if opened on its own), the popup says how to analyse the page instead of doing it.
    await never.goto(popup.replace(/&tab=\d+/, ''));
    await never.getByRole('heading', { name: 'Framing Lens is off on 127.0.0.1' }).waitFor();
    expect(await language(never)).toEqual({ lang: 'ar', dir: 'rtl' });
    await never.getByRole('button', { name: 'Allow it on this site again and analyse the page' }).click();
    await never.getByRole('status').getByText(/click its icon/).waitFor();
    expect(await englishLeft(never, [])).toEqual([]);
    await never.close();
    await options.close();
    await article.close();
  });
});
