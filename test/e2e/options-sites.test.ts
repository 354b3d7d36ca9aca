/** Where Framing Lens runs: a site the reader allows, a site they never want it on, the shortcut, the context menu. */
import type { Server } from 'node:http';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbar, serveFolder, type ExtensionBrowser } from '../../scripts/lib/browser';
import { launchWithEarlierGrant } from './granted-site';
import { sidebarHostCount } from './support';

let browser: ExtensionBrowser;
let server: Server;
let origin: string;
let worker: Worker;

type Chrome = typeof import('wxt/browser').browser;

beforeAll(async () => {
  ({ server, origin } = await serveFolder('test/fixtures'));
  browser = await launchWithEarlierGrant(['*://127.0.0.1/*']);
  [worker] = browser.context.serviceWorkers() as [Worker];
});
afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

const siteState = () =>
  worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [granted, scripts] = await Promise.all([
      c.permissions.contains({ origins: ['*://127.0.0.1/*'] }),
      c.scripting.getRegisteredContentScripts(),
    ]);
    return { granted, scripts: scripts.map((s) => ({ id: s.id, matches: s.matches })) };
  });

/** The id of the tab showing `url` (found by address, so only while the extension may see the site). */
const tabIdOf = (url: string) =>
  worker.evaluate(async (address) => {
    const [tab] = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ url: address });
    if (!tab?.id) throw new Error(`no tab shows ${address}`);
    return tab.id;
  }, url);

/** Whether a content script listens in the tab: one that does not answer the message closes the port; none, and Chromium finds no receiving end. */
const contentScriptIn = (tabId: number) =>
  worker.evaluate(async (id) => {
    try {
      await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id, { type: 'are-you-there' });
      return true;
    } catch (error) {
      if (/Receiving end does not exist/.test(String(error))) return false;
      if (/message port closed/.test(String(error))) return true;
      throw error;
    }
  }, tabId);

/** The toolbar icon's state for the fixture site's tab. */
const tabState = () =>
  worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await c.tabs.query({ url: 'http://127.0.0.1/*' });
    return { tabId: tab!.id!, title: await c.action.getTitle({ tabId: tab!.id! }), popup: await c.action.getPopup({ tabId: tab!.id! }) };
  });

test('a site allowed from the sidebar opens the sidebar on load; removing it takes the permission and registration away', async () => {
  expect(await siteState()).toEqual({ granted: false, scripts: [] });
  const first = await browser.context.newPage();
  await first.goto(`${origin}/seed/presstv-aleppo.html`);
  await clickToolbar(browser, first);
  // The sidebar offers it; the options page asks the browser, since only an extension page can show the prompt.
  const [options] = await Promise.all([
    browser.context.waitForEvent('page'),
    first.getByRole('complementary', { name: 'Framing Lens' }).getByRole('button', { name: 'Run automatically on this site…' }).click(),
  ]);
  await options.getByRole('heading', { name: 'Where it runs' }).waitFor();
  expect(await options.locator('#auto-site').inputValue()).toBe('127.0.0.1');
  await options.getByRole('button', { name: 'Run automatically on this site' }).click();
  await options.getByRole('status').getByText('Framing Lens now opens by itself on 127.0.0.1.').waitFor();
  await options.getByRole('list', { name: 'Sites where it runs automatically' }).getByText('127.0.0.1').waitFor();
  await first.close();
  expect(await siteState()).toEqual({ granted: true, scripts: [{ id: 'auto-run:127.0.0.1', matches: ['*://127.0.0.1/*'] }] });

  // No click: the sidebar opens by itself when the page loads.
  const article = await browser.context.newPage();
  await article.goto(`${origin}/seed/presstv-aleppo.html`);
  await article.getByRole('complementary', { name: 'Framing Lens' }).locator('li[data-entry-id="hezbollah"]').waitFor();
  expect(await sidebarHostCount(article)).toBe(1);
  const articleTab = await tabIdOf(`${origin}/seed/presstv-aleppo.html`);

  // By itself it opens only on an article: a page without one stays as it is until the reader clicks.
  const plain = await browser.context.newPage();
  await plain.goto(`${origin}/no-article.html`);
  // The registered script is in the page once a message to the tab finds a listener (which does not answer it).
  const plainTab = await tabIdOf(`${origin}/no-article.html`);
  await expect.poll(() => contentScriptIn(plainTab)).toBe(true);
  expect(await sidebarHostCount(plain)).toBe(0);
  await clickToolbar(browser, plain);
  await plain.getByRole('complementary', { name: 'Framing Lens' }).getByRole('heading', { name: 'No article found on this page' }).waitFor();
  expect(await sidebarHostCount(plain)).toBe(1);
  await plain.close();

  await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  await options.getByRole('status').getByText(/no longer opens by itself on 127\.0\.0\.1/).waitFor();
  expect(await siteState()).toEqual({ granted: false, scripts: [] });
  // Registration gone: a fresh load of the page gets no script and no sidebar; the toolbar click works as before.
  await article.reload({ waitUntil: 'load' });
  expect(await contentScriptIn(articleTab)).toBe(false);
  expect(await sidebarHostCount(article)).toBe(0);
  await clickToolbar(browser, article);
  await article.getByRole('complementary', { name: 'Framing Lens' }).waitFor();
  await options.close();
  await article.close();
});

test('on a site the reader put on the "never" list, the toolbar click opens nothing and says why', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('#never-site').fill('127.0.0.1');
  await options.getByRole('button', { name: 'Never run on this site' }).click();
  await options.getByRole('list', { name: 'Sites where it never runs' }).getByText('127.0.0.1').waitFor();

  const article = await browser.context.newPage();
  await article.goto(`${origin}/seed/presstv-aleppo.html`);
  await clickToolbar(browser, article);
  await expect
    .poll(tabState)
    .toMatchObject({ title: expect.stringContaining('you asked it never to run there'), popup: expect.stringContaining('never.html?site=127.0.0.1') });
  expect(await sidebarHostCount(article)).toBe(0);

  // The popup the icon now opens offers to undo the choice.
  const { popup } = await tabState();
  const never = await browser.context.newPage();
  await never.goto(popup);
  await never.getByRole('heading', { name: 'Framing Lens is off on 127.0.0.1' }).waitFor();
  await never.getByRole('button', { name: 'Allow it on this site again and analyse the page' }).click();
  await article.getByRole('complementary', { name: 'Framing Lens' }).locator('li[data-entry-id]').first().waitFor();
  expect(await tabState()).toMatchObject({ popup: '', title: expect.not.stringContaining('never') });
  await options.getByText('No sites.').waitFor(); // the open options page follows the stored list
  if (!never.isClosed()) await never.close();
  await options.close();
  await article.close();
});

test('the keyboard shortcut is the action command, shown on the options page', async () => {
  const manifest = await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.getManifest());
  expect(manifest.commands).toEqual({
    _execute_action: { suggested_key: { default: 'Alt+Shift+L' }, description: 'Framing Lens: analyse this article' },
  });
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByTestId('shortcut').getByText('Alt+Shift+L').waitFor();
  await options.getByRole('button', { name: 'Change it in the browser’s shortcut settings' }).waitFor();
  await options.close();
});

test('"Explain with Framing Lens" on selected text shows the card for a known term and offers to add an unknown one', async () => {
  // The menu exists: updating an item that does not exist fails.
  await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.contextMenus.update('framing-lens-explain', {}));
  // Native menus cannot be clicked headless: dispatch the click event the browser would send to the same listener.
  const click = (selectionText: string) =>
    worker.evaluate((text) => {
      const event = (globalThis as unknown as { chrome: Chrome }).chrome.contextMenus.onClicked as unknown as { dispatch: (...a: unknown[]) => void };
      event.dispatch({ menuItemId: 'framing-lens-explain', selectionText: text, editable: false, pageUrl: 'http://127.0.0.1/' }, undefined);
    }, selectionText);

  const [card] = await Promise.all([browser.context.waitForEvent('page'), click('Hezbollah')]);
  await card.getByRole('article').getByRole('heading', { name: 'Hezbollah' }).waitFor();
  expect(await card.locator('article[data-entry-id="hezbollah"]').count()).toBe(1);

  const [offer] = await Promise.all([browser.context.waitForEvent('page'), click('Example Valley Committee')]);
  const link = offer.getByRole('link', { name: 'Add “Example Valley Committee” to your glossary' });
  await link.waitFor();
  const [form] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
  await form.getByRole('form', { name: 'New entry' }).waitFor();
  expect(await form.getByLabel('Name', { exact: true }).inputValue()).toBe('Example Valley Committee');
  expect(await form.getByLabel('Words to find').inputValue()).toBe('Example Valley Committee');
});
