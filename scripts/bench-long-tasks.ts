/**
 * `npm run bench:long-tasks`: how long Framing Lens keeps a very large page's main thread busy, in real Chromium with
 * the built extension. Needs a build (`npm run build`). Prints Markdown tables; asserts nothing.
 *
 * Pages, generated here into a temporary folder (scripts/lib/large-pages.ts) and served on 127.0.0.1: a news layout
 * repeated to 100,000 elements, 100,000 flat paragraphs, 5 MB of article text, and the seed page as the baseline. For
 * each, on a fresh tab and RUNS times (default 3):
 * - click → the sidebar first painted, → painted with its findings, by the page's own clock
 *   (scripts/lib/paint-clock.ts);
 * - between the click and the sidebar complete (the names the glossary lacks, which follow the findings, painted): every long task (PerformanceObserver 'longtask' in the page: tasks of 50 ms and
 *   more on the tab's main thread, the extension's content scripts included — the long-animation-frame entries,
 *   which name the scripts that ran, show which were ours), the longest, their count and their blocking time (the
 *   part of each beyond 50 ms); and how responsive the page stayed: the worst round trip of a message the page posts
 *   to itself every 10 ms, and the longest gap between two of its animation frames;
 * - then a second click: → no trace of us left (host and highlights gone), and → that state painted, with the long
 *   tasks in between;
 * - and, on another fresh tab, what the page itself costs: the document's clone, a walk over its Text nodes,
 *   Readability's parse, and laying the page out again when the sidebar's room narrows it and when it is given back,
 *   timed in the page;
 * - on the 100,000-element layout, without the extension, what N highlights cost (HIGHLIGHT_COUNTS, default
 *   0,2000,5000,10000,30000): registering them, the frame that paints them, a scroll, and the page's own DOM changes.
 *   And what the highlight stylesheet alone costs it: the frame after adopting and after dropping a sheet with the
 *   rules written on the root (as shipped in Chromium) or for every element, beside a plain rule.
 * - on every page but the seed, without the extension, what a frame costs the page itself: the frame after it adds a
 *   small fixed box, writes a word in it, shows a popover and fills it with a list (the floor under our frames).
 *
 * Environment: RUNS, PAGES (labels, comma-separated: seed, layout-100k, flat-100k, text-5mb), DETAIL=1 (also list every
 * long task of every click, with what the long animation frames over it spent their time on: the page's scripts and rendering), CHROME_PATH.
 * COMPARE=<folder of another chrome-mv3 build> measures that build too, in the same rounds, in rows marked
 * "(compare)": keep the before build with `cp -r .output/chrome-mv3 /tmp/before`, change, rebuild, then
 * `COMPARE=/tmp/before npm run bench:long-tasks`.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, prepareToolbarClick, MARKS_HOST, serveFolder, SIDEBAR_HOST } from './lib/browser';
import { copyForComparison } from './lib/compare-build';
import { articleLayoutPage, flatPage, longTextPage } from './lib/large-pages';
import { LENS_CLOCK, LENS_SIDEBAR as SIDEBAR, startPaintClock } from './lib/paint-clock';

const RUNS = Number(process.env.RUNS ?? 3);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('RUNS must be a positive whole number');
const TIMEOUT = 300_000;

const ALL_PAGES = [
  { label: 'seed', file: 'seed.html', make: () => readFileSync('test/fixtures/seed/presstv-aleppo.html', 'utf8') },
  { label: 'layout-100k', file: 'layout-100k.html', make: () => articleLayoutPage(100_000) },
  { label: 'flat-100k', file: 'flat-100k.html', make: () => flatPage(100_000) },
  { label: 'text-5mb', file: 'text-5mb.html', make: () => longTextPage(5_000_000) },
];
const wanted = process.env.PAGES?.split(',').filter(Boolean);
const PAGES = wanted ? ALL_PAGES.filter((p) => wanted.includes(p.label)) : ALL_PAGES;
if (PAGES.length === 0) throw new Error(`PAGES: none of ${ALL_PAGES.map((p) => p.label).join(', ')}`);


/**
 * The page's side of the measurement, handed over as a string (functions compiled by tsx call a helper the page
 * lacks): long tasks as they come; a task the page asks for every 10 ms (a timer, then a posted message), noted with
 * how late it ran against when it was due; every animation frame's distance from the one before.
 */
const PROBE = `(() => {
  const p = { longtasks: [], frames: [], pings: [], gaps: [], stop: false };
  window.__benchProbe = p;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) p.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const ours = e.scripts.filter((s) => s.sourceURL.startsWith('chrome-extension:')).reduce((t, s) => t + s.duration, 0);
      const page = e.scripts.reduce((t, s) => t + s.duration, 0) - ours;
      const top = e.scripts.filter((s) => s.duration >= 10).map((s) => (s.sourceURL.split('/').pop() || 'inline') + ' ' + s.invoker + ' ' + Math.round(s.duration));
      p.frames.push([e.startTime, e.duration, ours, page, e.renderStart ? e.startTime + e.duration - e.renderStart : 0, top.join('; ')]);
    }
  }).observe({ type: 'long-animation-frame' });
  const channel = new MessageChannel();
  let due = 0;
  const ping = () => { due = performance.now() + 10; setTimeout(() => channel.port2.postMessage(0), 10); };
  channel.port1.onmessage = () => { p.pings.push([due, Math.max(0, performance.now() - due)]); if (!p.stop) ping(); };
  ping();
  let last = performance.now();
  const frame = (t) => { p.gaps.push([last, t - last]); last = t; if (!p.stop) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})()`;

/** Notes when the last trace of ours leaves the page (host and highlights), and when that state is painted. */
const CLOSE_CLOCK = `(() => {
  const c = { start: performance.now() };
  window.__benchClose = c;
  const ours = () => !!document.querySelector('${SIDEBAR_HOST}') || !!document.querySelector('${MARKS_HOST}') || [...CSS.highlights.keys()].some((n) => n.startsWith('framing-lens-'));
  const painted = () => {
    const layout = new ResizeObserver(() => {
      layout.disconnect();
      scheduler.postTask(() => { c.painted = performance.now(); }, { priority: 'user-blocking' });
    });
    layout.observe(document.documentElement);
  };
  const check = () => {
    if (c.dom !== undefined) return;
    if (ours()) { if (!document.querySelector('${SIDEBAR_HOST}')) requestAnimationFrame(check); return; }
    c.dom = performance.now();
    observer.disconnect();
    painted();
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { childList: true });
})()`;

interface Span {
  from: number;
  to: number;
}
interface ProbeData {
  longtasks: Array<[number, number]>;
  /** Long animation frames: start, duration, time in our scripts, in the page's scripts, in rendering, the scripts of
   * 10 ms or more. Chromium names no script of an extension's isolated world in them (the probe below shows it), so
   * "ours" counts only what runs in the page's world. */
  frames: Array<[number, number, number, number, number, string]>;
  pings: Array<[number, number]>;
  gaps: Array<[number, number]>;
}
interface Busy {
  longest: number;
  count: number;
  blocking: number;
  worstPing: number;
  worstGap: number;
  /** Each long task's duration, in order. */
  tasks: number[];
  /** Each long task, with what the long animation frames that overlap it spent their time on. */
  attributed: string[];
}

const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), 0);

/** What the probe saw between two moments on the page's clock. */
function busyIn(p: ProbeData, w: Span): Busy {
  const inside = (start: number, duration = 0) => start + duration > w.from && start < w.to;
  const tasks = p.longtasks.filter(([s, d]) => inside(s, d));
  return {
    longest: max(tasks.map(([, d]) => d)),
    count: tasks.length,
    blocking: tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
    worstPing: max(p.pings.filter(([s, d]) => inside(s, d)).map(([, d]) => d)),
    worstGap: max(p.gaps.filter(([s, d]) => inside(s, d)).map(([, d]) => d)),
    tasks: tasks.map(([, d]) => d),
    attributed: tasks.map(([s, d]) => {
      const frames = p.frames.filter(([fs, fd]) => fs < s + d && fs + fd > s);
      const sum = (k: 2 | 3 | 4) => frames.reduce((t, f) => t + f[k], 0).toFixed(0);
      const scripts = frames.map((f) => f[5]).filter(Boolean).join('; ');
      return `${d.toFixed(0)} (page scripts ${sum(3)}, rendering ${sum(4)}${scripts ? `: ${scripts}` : ''})`;
    }),
  };
}

interface Sample {
  shown: number;
  ready: number;
  open: Busy;
  highlights: number;
  listed: number;
  capped: string | null;
  closeDom: number;
  closePainted: number;
  close: Busy;
}

const folder = mkdtempSync(join(tmpdir(), 'framing-lens-large-pages-'));
for (const p of PAGES) writeFileSync(join(folder, p.file), p.make());
copyFileSync('test/fixtures/seed/presstv-aleppo.html', join(folder, 'seed.html'));
const comparison = process.env.COMPARE ? copyForComparison(resolve(process.env.COMPARE)) : null;
const { server, origin } = await serveFolder(folder);
const browser = await launchWithExtension({
  headless: true,
  alsoLoad: comparison ? [comparison.dir] : [],
  args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const BUILDS = [{ tag: '', id: browser.extensionId }, ...(comparison ? [{ tag: ' (compare)', id: browser.otherExtensionIds[0]! }] : [])];
const load = [loadavg()[0]!];

async function freshTab(file: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/${file}`, { waitUntil: 'load', timeout: TIMEOUT });
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  return page;
}

async function measureClick(file: string, extensionId: string): Promise<Sample> {
  const page = await freshTab(file);
  try {
    await page.evaluate(PROBE);
    const open = await prepareToolbarClick(browser, page, extensionId);
    const read = await startPaintClock(page, LENS_CLOCK, TIMEOUT);
    const start = (await page.evaluate('window.__benchPaintClock.start')) as number;
    await open();
    const t = await read();
    const after = (await page.evaluate(`(() => {
      const root = document.querySelector('${SIDEBAR_HOST}').shadowRoot;
      let highlights = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('framing-lens-')) highlights += h.size;
      // On a very large page, the boxes drawn over it instead: one element a marked range.
      highlights += Number(document.querySelector('${MARKS_HOST}')?.shadowRoot?.querySelector('[data-ranges]')?.dataset.ranges ?? 0);
      return { highlights, listed: root.querySelectorAll('li[data-entry-id]').length, capped: root.querySelector('.capped')?.textContent ?? null };
    })()`)) as { highlights: number; listed: number; capped: string | null };

    const close = await prepareToolbarClick(browser, page, extensionId);
    await page.evaluate(CLOSE_CLOCK);
    await close();
    await page.waitForFunction('window.__benchClose.painted !== undefined', null, { timeout: TIMEOUT, polling: 50 });
    const c = (await page.evaluate('window.__benchClose')) as { start: number; dom: number; painted: number };
    const probe = (await page.evaluate('(() => { window.__benchProbe.stop = true; return window.__benchProbe; })()')) as ProbeData;
    return {
      shown: t.painted.shown!,
      ready: t.painted.ready!,
      open: busyIn(probe, { from: start, to: start + t.painted.complete! }),
      ...after,
      closeDom: c.dom - c.start,
      closePainted: c.painted - c.start,
      close: busyIn(probe, { from: c.start, to: c.painted }),
    };
  } finally {
    await page.close();
  }
}

interface PageCost {
  elements: number;
  textChars: number;
  clone: number;
  walk: number;
  readability: number;
  articleChars: number;
  /** The page laid out again when the sidebar's room is given, and when it is taken back. */
  narrow: number;
  widen: number;
}

const readabilityBundle = `window.__benchReadability = (() => {\n${readFileSync('node_modules/@mozilla/readability/Readability.js', 'utf8')}\nreturn Readability;\n})();`;

/** What the page alone costs: cloning it, walking its Text nodes, Readability's parse. */
async function measurePage(file: string): Promise<PageCost> {
  const page = await freshTab(file);
  try {
    await page.addScriptTag({ content: readabilityBundle });
    return (await page.evaluate(`(() => {
      const t0 = performance.now();
      const clone = document.cloneNode(true);
      const t1 = performance.now();
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      let texts = 0;
      while (walker.nextNode()) texts++;
      const t2 = performance.now();
      const article = new window.__benchReadability(clone).parse();
      const t3 = performance.now();
      // The room the sidebar takes, given and taken back: the page laid out again at each width.
      const room = new CSSStyleSheet();
      room.replaceSync('html { margin-right: 380px !important; width: auto !important; }');
      document.body.offsetHeight;
      const t4 = performance.now();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, room];
      document.body.offsetHeight;
      const t5 = performance.now();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== room);
      document.body.offsetHeight;
      const t6 = performance.now();
      return {
        narrow: t5 - t4, widen: t6 - t5,
        elements: document.getElementsByTagName('*').length,
        textChars: document.body.textContent.length,
        clone: t1 - t0, walk: t2 - t1, readability: t3 - t2,
        articleChars: article ? article.textContent.length : 0,
      };
    })()`)) as PageCost;
  } finally {
    await page.close();
  }
}

/**
 * Whether a task of the extension's own isolated world shows in the page's 'longtask' observer: a 120 ms loop is run
 * in the content script's world (found through the DevTools protocol) while the sidebar is open.
 */
async function longTasksSeeExtensionWork(): Promise<string> {
  const page = await freshTab('seed.html');
  try {
    const cdp = await browser.context.newCDPSession(page);
    const contexts: Array<{ id: number; origin: string }> = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await page.evaluate(PROBE);
    await (await prepareToolbarClick(browser, page))();
    await page.locator(`${SIDEBAR_HOST} ${SIDEBAR}[aria-busy="false"]`).waitFor({ timeout: TIMEOUT });
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.origin === `chrome-extension://${browser.extensionId}`);
    if (!world) return 'not checked: the content script\'s world was not found';
    const before = (await page.evaluate('window.__benchProbe.longtasks.length')) as number;
    const framesBefore = (await page.evaluate('window.__benchProbe.frames.length')) as number;
    // Run from a message task of that world, as the content script's own work runs (the protocol's evaluation
    // itself is not a task the page's scheduler counts).
    const loop = 'const c = new MessageChannel(); c.port1.onmessage = () => { for (const end = performance.now() + 120; performance.now() < end; ); }; c.port2.postMessage(0);';
    await cdp.send('Runtime.evaluate', { contextId: world.id, expression: loop });
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    const after = (await page.evaluate('window.__benchProbe.longtasks')) as Array<[number, number]>;
    const frames = ((await page.evaluate('window.__benchProbe.frames')) as ProbeData['frames']).slice(framesBefore);
    await cdp.detach();
    const fresh = after.slice(before).map(([, d]) => d.toFixed(0));
    const named = frames.map((f) => `${f[2].toFixed(0)} ms in our scripts, ${f[3].toFixed(0)} in the page's`).join('; ') || 'no long animation frame';
    return fresh.length ? `yes: a 120 ms loop in the content script's world was reported as a long task of ${fresh.join(', ')} ms (its long animation frame: ${named})` : 'no: the loop went unreported';
  } finally {
    await page.close();
  }
}
const seen = await longTasksSeeExtensionWork();

const samples = new Map<string, Sample[]>();
const costs = new Map<string, PageCost[]>();
const failures: string[] = [];
const key = (label: string, tag: string) => label + tag;
for (let run = 0; run < RUNS; run++) {
  for (const p of PAGES) {
    // Alternate the builds' order, so neither always goes first on a page.
    const builds = run % 2 === 0 ? BUILDS : BUILDS.toReversed();
    for (const build of builds) {
      try {
        const s = await measureClick(p.file, build.id);
        samples.set(key(p.label, build.tag), [...(samples.get(key(p.label, build.tag)) ?? []), s]);
      } catch (error) {
        failures.push(`${p.label}${build.tag}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    costs.set(p.label, [...(costs.get(p.label) ?? []), await measurePage(p.file)]);
    process.stderr.write(`run ${run + 1}/${RUNS}: ${p.label} done\n`);
  }
}
/**
 * What a number of highlights costs a very large page, without the extension: N ranges over its words registered at
 * once, then the frame that paints them, a scroll by one screen, and 1,000 insertions and removals of an element by
 * the page (a live Range is updated on every change to the DOM), on a fresh tab per N. The cap on findings shown
 * (FINDINGS_CAP) was chosen from these figures.
 */
/** The page the highlight costs are measured on, when it is among the pages measured. */
function capPageFor() {
  return PAGES.find((p) => p.label === 'layout-100k');
}

/** In the page: resolves with the time once the next frame has been rendered (a message posted from its animation callback). */
const NEXT_FRAME_DONE = `() => new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(performance.now());
  channel.port2.postMessage(0);
}))`;

async function highlightCost(file: string, count: number) {
  const page = await freshTab(file);
  try {
    return (await page.evaluate(`(async () => {
      const frame = ${NEXT_FRAME_DONE};
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const ranges = [];
      for (let n = walker.nextNode(); n && ranges.length < ${count}; n = walker.nextNode()) {
        if (n.data.length < 20) continue;
        const range = new Range();
        range.setStart(n, 4);
        range.setEnd(n, 12);
        ranges.push(range);
      }
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('::highlight(bench-cap) { text-decoration: underline wavy 2px #c2410c; background-color: rgba(234, 88, 12, 0.1); }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const highlight = new Highlight();
      CSS.highlights.set('bench-cap', highlight);
      await frame();
      const t0 = performance.now();
      for (const range of ranges) highlight.add(range);
      const t1 = performance.now();
      const t2 = await frame();
      const t3 = performance.now();
      window.scrollBy(0, innerHeight);
      const t4 = await frame();
      const main = document.body.firstElementChild;
      const t5 = performance.now();
      for (let i = 0; i < 1000; i++) {
        const el = document.createElement('div');
        main.prepend(el);
        el.remove();
      }
      const t6 = performance.now();
      return { add: t1 - t0, paint: t2 - t1, scroll: t4 - t3, mutations: t6 - t5 };
    })()`)) as { add: number; paint: number; scroll: number; mutations: number };
  } finally {
    await page.close();
  }
}

/**
 * What a stylesheet costs the page when it is adopted and when it is dropped: the frame after each, with no highlight
 * registered. The highlight rules are written as the extension writes them in Chromium (on the root, reaching the
 * elements beneath by highlight inheritance) and as they were before (a rule for every element), beside a plain rule.
 */
const SHEETS = {
  'a plain rule (matches nothing)': '.bench-matches-nothing { color: red; }',
  '::highlight() on every element': '::highlight(bench-sheet) { text-decoration: underline wavy 2px #c2410c; background-color: rgba(234, 88, 12, 0.1); }',
  ':root::highlight() (as shipped in Chromium)': ':root::highlight(bench-sheet) { text-decoration: underline wavy 2px #c2410c; background-color: rgba(234, 88, 12, 0.1); }',
};

async function sheetCost(file: string, css: string) {
  const page = await freshTab(file);
  try {
    return (await page.evaluate(`(async () => {
      const frame = ${NEXT_FRAME_DONE};
      await frame();
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(${JSON.stringify(css)});
      const t0 = performance.now();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const t1 = await frame();
      const t2 = performance.now();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      const t3 = await frame();
      return { adopt: t1 - t0, drop: t3 - t2 };
    })()`)) as { adopt: number; drop: number };
  } finally {
    await page.close();
  }
}

const sheetCosts = new Map<string, Array<{ adopt: number; drop: number }>>();
if (capPageFor()) {
  for (let run = 0; run < RUNS; run++) {
    for (const [label, css] of Object.entries(SHEETS)) sheetCosts.set(label, [...(sheetCosts.get(label) ?? []), await sheetCost(capPageFor()!.file, css)]);
  }
  process.stderr.write('stylesheet costs done\n');
}

/**
 * What a frame costs the page itself, without the extension: the floor under any frame of ours. The page adds a small
 * fixed box, writes a word into it, then shows a manual popover (the top layer, as our sidebar) and fills its shadow
 * root with a list of 60 items; each time, the frame after.
 */
async function ownFrames(file: string) {
  const page = await freshTab(file);
  try {
    return (await page.evaluate(`(async () => {
      const frame = ${NEXT_FRAME_DONE};
      await frame();
      const timed = async (change) => { const t = performance.now(); change(); return (await frame()) - t; };
      const box = document.createElement('div');
      box.style.cssText = 'position: fixed; left: 0; bottom: 0; width: 300px; height: 100px; background: #fff';
      const added = await timed(() => document.body.append(box));
      const text = await timed(() => { box.textContent = 'word'; });
      const host = document.createElement('div');
      host.popover = 'manual';
      host.style.cssText = 'position: fixed; inset: auto 0 0 0; height: 300px';
      document.documentElement.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      const popover = await timed(() => host.showPopover());
      const list = await timed(() => {
        const ul = document.createElement('ul');
        for (let i = 0; i < 60; i++) ul.append(Object.assign(document.createElement('li'), { textContent: 'item ' + i }));
        shadow.append(ul);
      });
      return { added, text, popover, list };
    })()`)) as { added: number; text: number; popover: number; list: number };
  } finally {
    await page.close();
  }
}

const pageFrames = new Map<string, Array<Awaited<ReturnType<typeof ownFrames>>>>();
for (const p of PAGES.filter((x) => x.label !== 'seed')) {
  for (let run = 0; run < RUNS; run++) pageFrames.set(p.label, [...(pageFrames.get(p.label) ?? []), await ownFrames(p.file)]);
}
if (pageFrames.size) process.stderr.write('page frames done\n');

const HIGHLIGHT_COUNTS = (process.env.HIGHLIGHT_COUNTS ?? '0,2000,5000,10000,30000').split(',').filter(Boolean).map(Number);
const capCosts = new Map<number, Array<Awaited<ReturnType<typeof highlightCost>>>>();
const capPage = capPageFor();
if (capPage) {
  for (let run = 0; run < RUNS; run++) {
    for (const count of HIGHLIGHT_COUNTS) capCosts.set(count, [...(capCosts.get(count) ?? []), await highlightCost(capPage.file, count)]);
  }
  process.stderr.write('highlight costs done\n');
}

const chromium = browser.context.browser()?.version() ?? 'unknown';
await browser.close();
server.close();
comparison?.remove();
rmSync(folder, { recursive: true, force: true });
load.push(loadavg()[0]!);

// --- report --------------------------------------------------------------------------------------------------
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 1 ? s[0]!.toFixed(0) : `${median(s).toFixed(0)} (${s[0]!.toFixed(0)}–${s.at(-1)!.toFixed(0)})`;
};
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

console.log(`\nChromium ${chromium}, ${cpus().length} cores, load average ${load.map((l) => l.toFixed(2)).join(' → ')}; ` +
  `${RUNS} clicks per page and build, each on a fresh tab; ms by the page's clock, median (min–max).\n`);

const rows = PAGES.flatMap((p) =>
  BUILDS.flatMap((b) => {
    const s = samples.get(key(p.label, b.tag)) ?? [];
    if (!s.length) return [];
    return [[
      p.label + b.tag,
      String(median(s.map((x) => x.highlights))),
      ms(s.map((x) => x.shown)),
      ms(s.map((x) => x.ready)),
      ms(s.map((x) => x.open.longest)),
      ms(s.map((x) => x.open.count)),
      ms(s.map((x) => x.open.blocking)),
      ms(s.map((x) => x.open.worstPing)),
      ms(s.map((x) => x.open.worstGap)),
      ms(s.map((x) => x.closeDom)),
      ms(s.map((x) => x.closePainted)),
      ms(s.map((x) => x.close.longest)),
    ]];
  }),
);
console.log(table(
  ['page', 'highlights', 'click → first paint', 'click → findings painted', 'longest task', 'tasks > 50 ms', 'blocking time', 'worst ping', 'longest frame gap', 'close: no trace', 'close: painted', 'close: longest task'],
  rows,
));
console.log('\nBetween the click and the findings painted: long tasks (the longest, how many, and their time beyond 50 ms), ' +
  'the worst round trip of a message the page posts to itself every 10 ms, the longest gap between two animation frames. ' +
  'Close: a second click → host and highlights gone, and → that painted; with the longest task in between. ' +
  '"highlights": ranges registered as CSS highlights, or marked by boxes over a very large page.');

const notes = PAGES.flatMap((p) => BUILDS.map((b) => [p, b, samples.get(key(p.label, b.tag)) ?? []] as const)).filter(([, , s]) => s.length);
console.log('\n' + table(
  ['page', 'entries listed', 'sidebar note'],
  notes.map(([p, b, s]) => [p.label + b.tag, String(median(s.map((x) => x.listed))), s[0]!.capped ?? '']),
));
console.log(`\nDoes the page's 'longtask' observer see the extension's work? ${seen}\n`);

console.log(table(
  ['page', 'elements', 'text chars', 'clone the document', 'walk its Text nodes', 'Readability parse', 'article chars', 'layout: room given', 'layout: room taken back'],
  PAGES.map((p) => {
    const c = costs.get(p.label)!;
    return [
      p.label, String(c[0]!.elements), String(c[0]!.textChars), ms(c.map((x) => x.clone)), ms(c.map((x) => x.walk)), ms(c.map((x) => x.readability)),
      String(median(c.map((x) => x.articleChars))), ms(c.map((x) => x.narrow)), ms(c.map((x) => x.widen)),
    ];
  }),
));
console.log('\nTimed in the page, on a fresh tab: `document.cloneNode(true)`, a TreeWalker over every Text node, ' +
  '`new Readability(clone).parse()` (one synchronous call in the extension, too), and the page laid out again (a forced ' +
  'layout) when a stylesheet narrows it by the sidebar\'s default 380 px, as the sidebar\'s room does, and when it is removed.');
if (capCosts.size) {
  console.log('\n' + table(
    ['highlights on layout-100k', 'registering them', 'the frame that paints them', 'a scroll by one screen', "1,000 DOM changes by the page"],
    [...capCosts].map(([count, c]) => [String(count), ms(c.map((x) => x.add)), ms(c.map((x) => x.paint)), ms(c.map((x) => x.scroll)), ms(c.map((x) => x.mutations))]),
  ));
  console.log('\nWithout the extension, on a fresh tab per row: N ranges over the page\'s words added to one registered Highlight at ' +
    'once, the frame after, a scroll, and 1,000 insertions and removals of an element by the page (each updates every live Range).');
}
if (pageFrames.size) {
  console.log('\n' + table(
    ['page, without the extension', 'a fixed box added', 'a word written in it', 'a popover shown', 'a list of 60 items in its shadow root'],
    [...pageFrames].map(([label, c]) => [label, ms(c.map((x) => x.added)), ms(c.map((x) => x.text)), ms(c.map((x) => x.popover)), ms(c.map((x) => x.list))]),
  ));
  console.log('\nThe frame after each change the page makes itself, on a fresh tab per row: what any frame costs on that page, ours included.');
}
if (sheetCosts.size) {
  console.log('\n' + table(
    ['stylesheet on layout-100k', 'the frame after adopting it', 'the frame after dropping it'],
    [...sheetCosts].map(([label, c]) => [label, ms(c.map((x) => x.adopt)), ms(c.map((x) => x.drop))]),
  ));
  console.log('\nWithout the extension, on a fresh tab per row, no highlight registered: what the rules alone cost the page.');
}
if (process.env.DETAIL) {
  console.log('\nEvery long task between the click and the findings painted, in order (ms), per click, with the time the long animation frames over it spent in the page\'s scripts and in rendering (the rest is ours or the browser\'s own, garbage collection among it: those frames name no script of an extension\'s isolated world):');
  for (const [label, list] of samples) for (const x of list) console.log(`- ${label}: ${x.open.attributed.join(', ')}`);
}
for (const f of failures) console.log(`\nFAILED ${f}`);
