/**
 * Drives the built extension in a real Chromium: load it, serve pages locally, click the toolbar icon the way a
 * reader does. Shared by the real-browser tests and `npm start`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(): string | null {
  return CANDIDATES.find((p): p is string => Boolean(p) && existsSync(p!)) ?? null;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/** A static server for a folder, on a free loopback port. Only ever listens on 127.0.0.1. */
export async function serveFolder(root: string, port = 0): Promise<{ server: Server; origin: string }> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(base, path);
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // A page that needs response headers of its own (a Content-Security-Policy) has them beside it as JSON.
    const extra = existsSync(`${file}.headers.json`) ? (JSON.parse(readFileSync(`${file}.headers.json`, 'utf8')) as Record<string, string>) : {};
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not start');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** Framing Lens's id: the one `clickToolbar` and `prepareToolbarClick` press unless told otherwise. */
  extensionId: string;
  /** The ids of the extensions loaded beside ours (`alsoLoad`), in the same order. */
  otherExtensionIds: string[];
  close: () => Promise<void>;
}

export async function launchWithExtension(options: {
  headless: boolean;
  executablePath?: string;
  /** Off for tests on saved real pages: their own scripts would keep changing the DOM we compare. */
  pageScripts?: boolean;
  /** A profile folder prepared beforehand (it is removed on close, like the temporary one). */
  profile?: string;
  /** Another unpacked build (a test's copy with an extra locale); the Chrome build by default. */
  extensionDir?: string;
  /** Extra environment for the browser, such as LANGUAGE for its UI language (which picks the extension's locale). */
  env?: Record<string, string>;
  /** Unpacked extension folders to load beside ours (a benchmark's baseline extension). */
  alsoLoad?: string[];
  /** Extra Chromium switches. */
  args?: string[];
  /** Let the browser reach other hosts (a window a person uses); by default only the local test server answers. */
  openNetwork?: boolean;
}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const executablePath = options.executablePath ?? findChromium();
  if (!executablePath) throw new Error('No Chromium or Chrome found (set CHROME_PATH).');
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No build at ${extensionDir}: run npm run build.`);
  const folders = [extensionDir, ...(options.alsoLoad ?? []).map((dir) => resolve(dir))];
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'framing-lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    javaScriptEnabled: options.pageScripts ?? true,
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    args: [
      `--disable-extensions-except=${folders.join(',')}`,
      `--load-extension=${folders.join(',')}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The saved pages name images, fonts and scripts on hosts this machine may not reach: a lookup that hangs
      // instead of failing would hold the page's load event (and every test that waits for it) for many seconds.
      // Every host but the local test server fails at once. (Requests sent through a proxy are resolved by it.)
      ...(options.openNetwork ? [] : ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost']),
      ...(options.args ?? []),
    ],
  });
  const ids = await extensionIds(context, folders);
  // Our worker can be reported before its script has run: a click before it listens would be lost. Polled from
  // here, since a named function inside evaluate breaks under tsx.
  const ours = context.serviceWorkers().find((w) => new URL(w.url()).host === ids[0])!;
  const listening = () =>
    ours.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.action.onClicked.hasListeners());
  while (!(await listening())) await new Promise((done) => setTimeout(done, 10));
  return {
    context,
    extensionId: ids[0]!,
    otherExtensionIds: ids.slice(1),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The id of each loaded extension, in the order of `folders`. With one extension it is simply the one service worker's;
 * with several, each worker is matched to its folder by the name in the folder's manifest.
 */
/**
 * The ids of the unpacked extensions loaded from `folders`, in order, once each one's worker runs. Chromium derives
 * an unpacked extension's id from its folder's absolute path: SHA-256, first 32 hex digits spelled with a–p.
 */
async function extensionIds(context: BrowserContext, folders: string[]): Promise<string[]> {
  const ids = folders.map((folder) =>
    Array.from(createHash('sha256').update(resolve(folder)).digest('hex').slice(0, 32), (digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join(''),
  );
  const running = () => new Set(context.serviceWorkers().map((worker) => new URL(worker.url()).host));
  const deadline = Date.now() + 30_000;
  while (!ids.every((id) => running().has(id))) {
    if (Date.now() > deadline) throw new Error(`expected the workers of ${ids.join(', ')}, found ${[...running()].join(', ') || 'none'}`);
    await new Promise((wake) => setTimeout(wake, 50));
  }
  return ids;
}

/**
 * The one browser-level DevTools session that presses the toolbar button and stops workers, kept open for as long as
 * the browser is.
 * Detaching such a session has Chromium send every page its renderer preferences again (`PageBroadcast.
 * UpdateRendererPreferences`), and the page's next frame then prepares the paint of its whole tree: about 100 ms at
 * 100,000 elements, with no extension involved. Detached after each click, it put that frame among the long tasks of
 * every opening and closing measured (docs/architecture.md, "Very large pages").
 */
const browserSessions = new WeakMap<BrowserContext, Promise<CDPSession>>();

function browserSession(context: BrowserContext): Promise<CDPSession> {
  let session = browserSessions.get(context);
  if (!session) {
    const owner = context.browser();
    if (!owner) throw new Error('no browser behind the context');
    session = owner.newBrowserCDPSession();
    browserSessions.set(context, session);
  }
  return session;
}

/**
 * Readies a real toolbar click on the page's tab: `Extensions.triggerAction` fires action.onClicked with the
 * activeTab grant, exactly as the reader's click does. Returns the click itself, so a timer can start just before it.
 */
export async function prepareToolbarClick(
  browser: ExtensionBrowser,
  page: Page,
  extensionId = browser.extensionId,
): Promise<() => Promise<void>> {
  const cdp = await browserSession(browser.context);
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as unknown as {
    targetInfos: Array<{ targetId: string; url: string; type: string }>;
  };
  const target = targetInfos.find((t) => t.url === page.url());
  if (!target) throw new Error(`no tab target for ${page.url()}`);
  return async () => {
    await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: target.targetId } as never);
  };
}

/**
 * Notes every target the browser creates from now on — tabs, workers, an extension's offscreen document — with the
 * address it comes to have (a document is created blank and given its address after), and tells which are open at
 * any moment: documents an extension opens and closes again by itself.
 */
export async function watchTargets(browser: ExtensionBrowser): Promise<{ seen: () => string[]; open: () => Promise<string[]> }> {
  const cdp = await browserSession(browser.context);
  const addresses = new Map<string, string>();
  const note = ((event: { targetInfo: { targetId: string; url: string } }) => {
    if (event.targetInfo.url) addresses.set(event.targetInfo.targetId, event.targetInfo.url);
  }) as never;
  cdp.on('Target.targetCreated' as never, note);
  cdp.on('Target.targetInfoChanged' as never, note);
  await cdp.send('Target.setDiscoverTargets' as never, { discover: true, filter: [{}] } as never);
  const open = async () =>
    ((await cdp.send('Target.getTargets' as never, { filter: [{}] } as never)) as unknown as { targetInfos: Array<{ url: string }> }).targetInfos.map((t) => t.url);
  return { seen: () => [...new Set(addresses.values())], open };
}

/**
 * Stops an extension's service worker, as the browser does after about 30 s without events, and returns once the
 * worker that ran until now is gone: the next click meets a worker with every cost of a cold start (the script loaded
 * and run, nothing kept). An event already on its way (the tab's navigation, say) may start the worker again at once;
 * DevTools keeps the same target for it, so the worker is told apart by the moment its global scope began.
 */
export async function stopServiceWorker(browser: ExtensionBrowser, extensionId = browser.extensionId): Promise<void> {
  const cdp = await browserSession(browser.context);
  type Targets = { targetInfos: Array<{ targetId: string; url: string; type: string }> };
  const targets = async () =>
    ((await cdp.send('Target.getTargets' as never)) as unknown as Targets).targetInfos.filter(
      (t) => t.type === 'service_worker' && new URL(t.url).host === extensionId,
    );
  const worker = () => browser.context.serviceWorkers().find((w) => new URL(w.url()).host === extensionId);
  // A worker that is stopping may never answer; asked again on the next round.
  const startedAt = async (): Promise<number | undefined> => {
    const running = worker();
    if (!running) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unanswered = new Promise<undefined>((settle) => (timer = setTimeout(() => settle(undefined), 1_000)));
    try {
      return await Promise.race([running.evaluate(() => performance.timeOrigin).catch(() => undefined), unanswered]);
    } finally {
      clearTimeout(timer);
    }
  };
  const before = await startedAt();
  for (const target of await targets()) await cdp.send('Target.closeTarget' as never, { targetId: target.targetId } as never);
  const deadline = Date.now() + 10_000;
  for (;;) {
    if ((await targets()).length === 0) return;
    const now = await startedAt();
    if (now !== undefined && now !== before) return;
    if (Date.now() > deadline) throw new Error(`the service worker of ${extensionId} did not stop in 10 s`);
    await new Promise((wake) => setTimeout(wake, 20));
  }
}

/** Clicks the toolbar button once, as the reader does, and returns once the background has handled the click. */
export async function clickToolbar(browser: ExtensionBrowser, page: Page): Promise<void> {
  await clickToolbarRapidly(browser, page, 1);
}

/**
 * Sends `times` clicks at once, as fast as the browser takes them, then waits until the background has handled every
 * one. The toolbar call returns as soon as the click is dispatched, and a sidebar that a middle click re-opened looks
 * just like the one the last click asked for: only the background's tally of handled clicks tells them apart.
 */
export async function clickToolbarRapidly(browser: ExtensionBrowser, page: Page, times: number): Promise<void> {
  const { received } = await clickTally(browser);
  const clicks = await Promise.all(Array.from({ length: times }, () => prepareToolbarClick(browser, page)));
  await Promise.all(clicks.map((click) => click()));
  const deadline = Date.now() + 30_000;
  while ((await clickTally(browser)).handled < received + times) {
    if (Date.now() > deadline) throw new Error(`the background handled fewer than ${received + times} clicks in 30 s`);
    await new Promise((wake) => setTimeout(wake, 10));
  }
}

/** The background's count of clicks received and handled (entrypoints/background.ts). */
async function clickTally(browser: ExtensionBrowser): Promise<{ received: number; handled: number }> {
  const worker = browser.context.serviceWorkers().find((w) => new URL(w.url()).host === browser.extensionId);
  if (!worker) throw new Error('the extension has no running service worker');
  return worker.evaluate(() => (globalThis as unknown as { framingLensClicks: () => { received: number; handled: number } }).framingLensClicks());
}

/** The sidebar's shadow host, once the extension has put it in the page (its tag name changes on every opening). */
export const SIDEBAR_HOST = '[data-framing-lens]';
/** The element that holds the marks drawn over a very large page (utils/page/overlay-marks.ts). */
export const MARKS_HOST = '[data-framing-lens-marks]';

export interface SidebarTimes {
  /** Click → the sidebar is on screen (the outlet card, while the analysis runs). */
  shown: number;
  /** Click → `ready` matches inside the sidebar (by default: findings are listed). */
  ready: number;
}

/**
 * Starts the page's own clock just before a click; the returned function waits for the sidebar and reports the
 * milliseconds to its first paint and to `readySelector` matching. Measured in the page, so the test driver's latency is not counted.
 */
export async function startSidebarTimer(
  page: Page,
  readySelector = 'aside[aria-label="Framing Lens"] li[data-entry-id]',
): Promise<() => Promise<SidebarTimes>> {
  await page.evaluate(
    ({ tag, selector }) => {
      const w = window as unknown as { __lens: { click: number; shown?: number; ready?: number } };
      w.__lens = { click: performance.now() };
      // A polling interval rather than a named requestAnimationFrame loop: scripts run by tsx wrap named functions
      // in a helper the page does not have.
      const poll = setInterval(() => {
        const root = document.querySelector(tag)?.shadowRoot;
        if (w.__lens.shown === undefined && root?.querySelector('aside[aria-label="Framing Lens"] .body > *')) w.__lens.shown = performance.now();
        if (root?.querySelector(selector)) {
          w.__lens.ready = performance.now();
          clearInterval(poll);
        }
      }, 4);
    },
    { tag: SIDEBAR_HOST, selector: readySelector },
  );
  return async () => {
    await page.waitForFunction(() => (window as unknown as { __lens: { ready?: number } }).__lens.ready !== undefined, null, { timeout: 20_000 });
    return page.evaluate(() => {
      const { click, shown, ready } = (window as unknown as { __lens: { click: number; shown: number; ready: number } }).__lens;
      return { shown: shown - click, ready: ready - click };
    });
  };
}
