/**
 * No request leaves the page or the extension while Framing Lens works: over the seed and real news pages, from the
 * click to the close, nothing the content script starts reaches the network (seen by the page's DevTools protocol,
 * with each request's initiator), the background worker fetches nothing but its own packaged glossary (its resource
 * timing), and at the network itself no connection is attempted: the browser sends everything but the local test
 * server through a proxy that only writes down what it is asked for. That holds too for a long article, whose HTML the
 * extension's reader document reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import type { browser } from 'wxt/browser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbar, EXTENSION_DIR } from '../../scripts/lib/browser';
import { longTextPage } from '../../scripts/lib/large-pages';
import { startHarness, stopHarness, waitForAnalysis, waitForClosed, type Harness } from './support';

/** A long article, generated for the run, which is read in the extension's reader document rather than on the page. */
const LONG_ARTICLE = '/generated/long-article.html';
const PAGES = ['/seed/presstv-aleppo.html', '/pages/readability-bbc-1/source.html', '/pages/readability-wikipedia-2/source.html', '/pages/readability-nytimes-3/source.html', LONG_ARTICLE];

interface Sent {
  request: { url: string };
  initiator: { type: string; url?: string; stack?: { callFrames: Array<{ url: string }> } };
}

/** Every request line the browser sends to the network ("CONNECT host:443 …", "GET http://host/ …"); none is served. */
const asked: string[] = [];
let trap: Server;
let h: Harness;
beforeAll(async () => {
  trap = createServer((socket) => {
    socket.once('data', (chunk) => {
      asked.push(chunk.toString('latin1').split('\r\n')[0]!);
      socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((ready) => trap.listen(0, '127.0.0.1', ready));
  const { port } = trap.address() as { port: number };
  // The test server on 127.0.0.1 bypasses the proxy, as loopback does by default; everything else goes to the trap.
  h = await startHarness({ pageScripts: false, args: [`--proxy-server=http://127.0.0.1:${port}`] });
});
afterAll(async () => {
  await stopHarness(h);
  await new Promise((closed) => trap?.close(closed));
});

test('the network trap sees a request that does leave the browser', async () => {
  const page = await h.browser.context.newPage();
  await page.goto('http://framing-lens-trap.test/').catch(() => undefined); // answered 502 or refused: either way it was asked
  expect(asked.some((line) => line.includes('framing-lens-trap.test'))).toBe(true);
  await page.close();
});

/**
 * The browser talks to its maker's services by itself (autofill, accounts), whatever any extension does; the built
 * extension names none of these hosts (checked below), so what is left is what the extension or the page asked for.
 */
const BROWSER_SERVICES = /^(CONNECT|GET) (https?:\/\/)?[\w.-]*\b(googleapis\.com|google\.com|gstatic\.com|gvt1\.com)\b/;

/** The page with every address of another host (absolute or protocol-relative) turned into a closed local port. */
const offline = (html: string) => html.replace(/\bhttps?:\/\/(?!127\.0\.0\.1[:/])/gi, 'http://127.0.0.1:9/').replace(/(=\s*["']?)\/\//g, '$1http://127.0.0.1:9/');

/** What was asked of the network, but for the trap's own check above (a late favicon request, say). */
const leaving = () => asked.filter((line) => !line.includes('framing-lens-trap.test') && !BROWSER_SERVICES.test(line));

test("the built extension names none of the browser's service hosts the trap lets pass", () => {
  const scripts = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(js|html|json)$/.test(file));
  expect(scripts.length).toBeGreaterThan(3);
  for (const file of scripts) expect(readFileSync(join(EXTENSION_DIR, file), 'utf8'), file).not.toMatch(/googleapis\.com|gstatic\.com|gvt1\.com|\/\/[\w.-]*google\.com/);
});

const fromExtension = (sent: Sent) =>
  sent.request.url.startsWith('chrome-extension:') ||
  (sent.initiator.url ?? '').startsWith('chrome-extension:') ||
  (sent.initiator.stack?.callFrames ?? []).some((frame) => frame.url.startsWith('chrome-extension:'));

/** What the worker fetched but its own packaged files (the glossary it reads at its first click), which never leave the browser. */
const workerFetches = async () => {
  const [worker] = h.browser.context.serviceWorkers();
  const fetched = await worker!.evaluate(() =>
    (globalThis as unknown as { performance: Performance; chrome: typeof browser }).performance
      .getEntriesByType('resource')
      .map((entry) => entry.name),
  );
  return fetched.filter((url) => !url.startsWith(`chrome-extension://${h.browser.extensionId}/`));
};

test.each(PAGES)('%s: nothing is requested from the click to the close', async (path) => {
  const workerBefore = await workerFetches();
  asked.length = 0;
  const page = await h.browser.context.newPage();
  // The saved pages name other hosts for their images, fonts, frames and connection hints (which open connections
  // without a request the page could refuse): every such address is pointed at a closed local port, so the trap
  // hears only what comes from outside the page (the extension's worker, its pages, the browser itself).
  await page.route(`${h.origin}${path}`, async (route) => {
    if (path === LONG_ARTICLE) return route.fulfill({ contentType: 'text/html', body: longTextPage(3_200_000) });
    const response = await route.fetch();
    await route.fulfill({ response, body: offline(await response.text()) });
  });
  await page.goto(`${h.origin}${path}`, { waitUntil: 'domcontentloaded' });
  const cdp = await h.browser.context.newCDPSession(page);
  const sent: Sent[] = [];
  cdp.on('Network.requestWillBeSent', (event) => sent.push(event as unknown as Sent));
  await cdp.send('Network.enable');

  await clickToolbar(h.browser, page);
  await waitForAnalysis(page);
  await page.mouse.move(300, 300);
  await clickToolbar(h.browser, page);
  await waitForClosed(page);

  expect(sent.filter(fromExtension).map((s) => s.request.url)).toEqual([]);
  expect(await workerFetches()).toEqual(workerBefore);
  expect(leaving()).toEqual([]);
  await cdp.detach();
  await page.close();
});
