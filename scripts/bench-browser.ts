/**
 * `npm run bench:browser`: what a toolbar click costs the reader, in real Chromium with the built extension, against
 * the floor any extension pays. Needs a build (`npm run build`). Prints Markdown tables; asserts nothing.
 *
 * One browser session holds Framing Lens and a do-nothing extension written here at run time (one injected script that
 * paints a panel, no analysis). For each page, alternating and each on a fresh tab:
 * - Framing Lens: click → the sidebar first painted, → painted with its findings, and → complete, with the names the
 *   glossary lacks that follow the findings (`aside[aria-busy="false"]`);
 * - do-nothing: click → its panel painted;
 * - Readability's own cold parse of the page (`new Readability(document.cloneNode(true)).parse()`, the library's
 *   bundle added to the fresh tab, timed in the page);
 * and the ratio ours / (do-nothing + Readability). On COLD_PAGES (default: the seed and the Wikipedia page) the two
 * extensions are also clicked with their service worker stopped just before, as the browser stops it after about
 * 30 s without events: most of a reader's clicks start it. Then the gzipped size of every built script, the heap and DOM
 * counters before and after open/close cycles on one tab, and hover → card latency.
 *
 * All times are taken by the page's own clock (scripts/lib/paint-clock.ts). Medians, with the spread (min–max) beside
 * them: the machine may be shared. Environment: RUNS (clicks per page and variant, default 7), PAGES (folders under
 * test/fixtures/pages, comma-separated, measured after the seed; default DEFAULT_PAGES), COLD_PAGES (labels of
 * PAGES, comma-separated; "none" for none), CYCLES (open/close cycles,
 * default 50), HOVERS (hovers per page, default 9), CHROME_PATH.
 *
 * COMPARE=<folder of another chrome-mv3 build> loads that build too (a copy, renamed so it can be told apart) and
 * measures it in the same rounds, on the same pages, in rows marked "(compare)": before and after figures from one
 * session, which a shared machine's changing load cannot skew one way.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, prepareToolbarClick, serveFolder, SIDEBAR_HOST, stopServiceWorker } from './lib/browser';
import { copyForComparison } from './lib/compare-build';
import { DO_NOTHING_HOST, DO_NOTHING_PANEL, writeDoNothingExtension } from './lib/do-nothing-extension';
import { LENS_CLOCK, LENS_SIDEBAR as SIDEBAR, startPaintClock, type ClockReading } from './lib/paint-clock';

const RUNS = positive('RUNS', 7);
const CYCLES = positive('CYCLES', 50);
const HOVERS = positive('HOVERS', 9);

const FIXTURES = 'test/fixtures';
interface BenchPage {
  label: string;
  path: string;
}
const SEED: BenchPage = { label: 'seed', path: '/seed/presstv-aleppo.html' };
const fixturePage = (folder: string): BenchPage => ({ label: folder, path: `/pages/${folder}/source.html` });
/** Pages of different sizes with findings on each. The seed has its own target; pages of LARGE_BYTES or more the large-page one. */
const DEFAULT_PAGES = ['postlight-www.nydailynews.com', 'readability-medium-1', 'postlight-www.cnn.com', 'readability-breitbart', 'readability-wikipedia-2'];
const PAGES = [SEED, ...(process.env.PAGES?.split(',').filter(Boolean) ?? DEFAULT_PAGES).map(fixturePage)];
const LARGE_BYTES = 500_000;
/** Pages also clicked with the service workers stopped first. */
const COLD_PAGES = new Set(process.env.COLD_PAGES?.split(',').filter(Boolean) ?? [SEED.label, 'readability-wikipedia-2']);
/** The seed, and a page whose `<picture><source media>` elements tie a cloned document to the page's media queries. */
const HEAP_PAGES = [SEED, fixturePage('postlight-www.nydailynews.com')];
/** A small page and a large one. */
const HOVER_PAGES = [SEED, fixturePage('readability-wikipedia-2')];
/** The script a click injects: the issue's size target applies to it. */
const INJECTED = 'lens.js';

const LENS_COUNTED_CLOCK = { ...LENS_CLOCK, count: 'li[data-entry-id]' };
const DO_NOTHING_CLOCK = {
  host: DO_NOTHING_HOST,
  marks: [
    { key: 'shown', selector: DO_NOTHING_PANEL },
    { key: 'ready', selector: DO_NOTHING_PANEL },
  ],
};
/** Every highlight of ours that a pointer can land on. */
const HOVER_TARGETS = `(() => {
  const ranges = [];
  for (const [name, highlight] of CSS.highlights.entries()) {
    // Names carry a random suffix, new for every opening.
    if (/^framing-lens-(framing|context)-/.test(name)) for (const r of highlight) ranges.push(r);
  }
  window.__benchHoverTargets = ranges.filter((r) => {
    const rect = r.getClientRects()[0];
    return rect && rect.width > 4 && rect.left > 0 && rect.right < innerWidth - 400;
  });
  return window.__benchHoverTargets.length;
})()`;
const NEXT_FRAMES = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))';

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  return value;
}

const readabilityBundle = `window.__benchReadability = (() => {\n${readFileSync('node_modules/@mozilla/readability/Readability.js', 'utf8')}\nreturn Readability;\n})();`;

const doNothing = writeDoNothingExtension();
const comparison = process.env.COMPARE ? copyForComparison(resolve(process.env.COMPARE)) : null;
const { server, origin } = await serveFolder(FIXTURES);
const browser = await launchWithExtension({
  headless: true,
  alsoLoad: [doNothing.dir, ...(comparison ? [comparison.dir] : [])],
});
const [doNothingId, compareId] = browser.otherExtensionIds;
interface Build {
  /** Appended to row labels: '' for this build, ' (compare)' for the other. */
  tag: string;
  id: string;
  dir: string;
}
const BUILDS: Build[] = [
  { tag: '', id: browser.extensionId, dir: EXTENSION_DIR },
  ...(comparison ? [{ tag: ' (compare)', id: compareId!, dir: comparison.dir }] : []),
];
const load: number[] = [loadavg()[0]!];

async function freshTab(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.evaluate(NEXT_FRAMES);
  return page;
}

async function timeClick(page: Page, extensionId: string, clock: Parameters<typeof startPaintClock>[1]): Promise<ClockReading> {
  const click = await prepareToolbarClick(browser, page, extensionId);
  const read = await startPaintClock(page, clock);
  await click();
  return read();
}

async function timeReadability(page: Page): Promise<{ ms: number; chars: number }> {
  await page.addScriptTag({ content: readabilityBundle });
  return (await page.evaluate(`(() => {
    const start = performance.now();
    const article = new window.__benchReadability(document.cloneNode(true)).parse();
    return { ms: performance.now() - start, chars: article ? article.textContent.length : 0 };
  })()`)) as { ms: number; chars: number };
}

/** One of our builds or the do-nothing extension, clicked with its worker running or stopped; or Readability alone. */
type Variant = { build: Build; cold: boolean } | { nothing: true; cold: boolean } | 'readability';
interface LensSamples {
  shown: number[];
  ready: number[];
  complete: number[];
  dom: number[];
  findings: number[];
}
interface Samples {
  /** Per build, by its id, with the worker running and stopped. */
  lens: Map<string, LensSamples>;
  coldLens: Map<string, LensSamples>;
  nothing: number[];
  coldNothing: number[];
  readability: number[];
  articleChars: number[];
  failures: string[];
}

const variantName = (variant: Variant) =>
  variant === 'readability' ? variant : `${'build' in variant ? `Framing Lens${variant.build.tag}` : 'do-nothing'}${variant.cold ? ', worker stopped' : ''}`;

async function measure(path: string, variant: Variant, into: Samples): Promise<void> {
  const page = await freshTab(path);
  try {
    if (variant !== 'readability' && variant.cold) await stopServiceWorker(browser, 'build' in variant ? variant.build.id : doNothingId);
    if (variant !== 'readability' && 'build' in variant) {
      const t = await timeClick(page, variant.build.id, LENS_COUNTED_CLOCK);
      const lens = (variant.cold ? into.coldLens : into.lens).get(variant.build.id)!;
      lens.shown.push(t.painted.shown!);
      lens.ready.push(t.painted.ready!);
      lens.complete.push(t.painted.complete!);
      lens.dom.push(t.dom.ready!);
      lens.findings.push(t.count);
    } else if (variant !== 'readability') {
      (variant.cold ? into.coldNothing : into.nothing).push((await timeClick(page, doNothingId!, DO_NOTHING_CLOCK)).painted.ready!);
    } else {
      const r = await timeReadability(page);
      into.readability.push(r.ms);
      into.articleChars.push(r.chars);
    }
  } catch (error) {
    // One stuck click must not cost the whole run: count it, say which, go on.
    into.failures.push(`${variantName(variant)}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.stderr.write(`${path} ${variantName(variant)} failed: ${String(error)}\n`);
  } finally {
    await page.close();
  }
}

// --- clicks ---------------------------------------------------------------------------------------------------
const emptyLens = () => new Map(BUILDS.map((b): [string, LensSamples] => [b.id, { shown: [], ready: [], complete: [], dom: [], findings: [] }]));
const emptySamples = (): Samples => ({
  lens: emptyLens(),
  coldLens: emptyLens(),
  nothing: [],
  coldNothing: [],
  readability: [],
  articleChars: [],
  failures: [],
});
const samples = new Map<string, Samples>(PAGES.map((p) => [p.path, emptySamples()]));
const clicked = (cold: boolean): Variant[] => [...BUILDS.map((build) => ({ build, cold })), { nothing: true, cold }];
const VARIANTS: Variant[] = [...clicked(false), 'readability'];
const COLD_VARIANTS: Variant[] = [...clicked(false), ...clicked(true), 'readability'];
// Warm-up, not recorded: every service worker started and the browser's first-use costs paid.
for (const variant of VARIANTS) await measure(SEED.path, variant, emptySamples());
for (let run = 0; run < RUNS; run++) {
  for (const p of PAGES) {
    const variants = COLD_PAGES.has(p.label) ? COLD_VARIANTS : VARIANTS;
    // Alternate the order too, so neither extension always goes first after a page change.
    for (const variant of run % 2 === 0 ? variants : variants.toReversed()) await measure(p.path, variant, samples.get(p.path)!);
  }
  process.stderr.write(`clicks: run ${run + 1}/${RUNS} done\n`);
}

// --- heap over open/close cycles -------------------------------------------------------------------------------
interface Memory {
  heapMB: number;
  /** Blink's own heap (the DOM), and the memory behind ArrayBuffers (typed arrays), outside the V8 heap. */
  embedderMB: number;
  backingMB: number;
  nodes: number;
  listeners: number;
  documents: number;
}

async function heapCycles(path: string, build: Build) {
  const page = await freshTab(path);
  const cdp = await browser.context.newCDPSession(page);
  const snapshot = async (): Promise<Memory> => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = (await cdp.send('Memory.getDOMCounters')) as { documents: number; nodes: number; jsEventListeners: number };
    return {
      heapMB: heap.usedSize / 1e6,
      embedderMB: heap.embedderHeapUsedSize / 1e6,
      backingMB: heap.backingStorageSize / 1e6,
      nodes: dom.nodes,
      listeners: dom.jsEventListeners,
      documents: dom.documents,
    };
  };
  const cycle = async () => {
    await (await prepareToolbarClick(browser, page, build.id))();
    await page.waitForFunction(`!!document.querySelector('${SIDEBAR_HOST}')?.shadowRoot?.querySelector('${SIDEBAR}[aria-busy="false"]')`, null, { polling: 20 });
    await (await prepareToolbarClick(browser, page, build.id))();
    await page.waitForFunction(`!document.querySelector('${SIDEBAR_HOST}')`, null, { polling: 20 });
    // Blink lets go of the nodes it removed at its next rendering update.
    await page.evaluate(NEXT_FRAMES);
  };
  // Playwright's own helpers in the page (its injected script, half a megabyte, and a dozen listeners on the window)
  // arrive with its first wait: in place before the first reading, they are not counted as ours.
  await page.waitForFunction(`!document.querySelector('${SIDEBAR_HOST}')`, null, { polling: 20 });
  const before = await snapshot();
  await cycle();
  const afterOne = await snapshot();
  for (let i = 1; i < CYCLES; i++) await cycle();
  const after = await snapshot();
  await cdp.detach();
  await page.close();
  return { before, afterOne, after };
}

const heap = [];
for (const p of HEAP_PAGES) {
  for (const build of BUILDS) {
    heap.push({ label: p.label + build.tag, ...(await heapCycles(p.path, build)) });
    process.stderr.write(`heap: ${p.label}${build.tag} done\n`);
  }
}

// --- hover → card --------------------------------------------------------------------------------------------
async function hoverTimes(path: string, build: Build) {
  const page = await freshTab(path);
  await (await prepareToolbarClick(browser, page, build.id))();
  await page.waitForFunction(`!!document.querySelector('${SIDEBAR_HOST}')?.shadowRoot?.querySelector('${SIDEBAR}[aria-busy="false"]')`);
  const targets = (await page.evaluate(HOVER_TARGETS)) as number;
  const dispatched: number[] = [];
  const dom: number[] = [];
  const painted: number[] = [];
  for (let i = 0; i < Math.min(HOVERS, targets); i++) {
    await page.mouse.move(1, 1);
    await page.waitForFunction(`!document.querySelector('${SIDEBAR_HOST}').shadowRoot.querySelector('[role="tooltip"]')`, null, { polling: 20 });
    const point = (await page.evaluate(`(() => {
      const range = window.__benchHoverTargets[${i}];
      range.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    })()`)) as { x: number; y: number };
    await page.evaluate(NEXT_FRAMES);
    const read = await startPaintClock(page, {
      host: SIDEBAR_HOST,
      marks: [{ key: 'card', selector: '[role="tooltip"]' }],
      startOn: 'pointermove',
      startAt: point,
    });
    await page.mouse.move(point.x, point.y);
    const t = await read();
    dispatched.push(t.dispatched!);
    dom.push(t.dom.card!);
    painted.push(t.painted.card!);
  }
  await page.close();
  return { targets, dispatched, dom, painted };
}

const hover = [];
for (const p of HOVER_PAGES) {
  for (const build of BUILDS) {
    hover.push({ label: p.label + build.tag, ...(await hoverTimes(p.path, build)) });
    process.stderr.write(`hover: ${p.label}${build.tag} done\n`);
  }
}

const chromium = browser.context.browser()?.version() ?? 'unknown';
await browser.close();
server.close();
doNothing.remove();
load.push(loadavg()[0]!);

// --- sizes ---------------------------------------------------------------------------------------------------
function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? scripts(join(dir, d.name)) : d.name.endsWith('.js') ? [join(dir, d.name)] : [],
  );
}
const sizes = BUILDS.flatMap((build) =>
  scripts(build.dir).map((file) => {
    const bytes = readFileSync(file);
    return { file: relative(build.dir, file), tag: build.tag, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  }),
);
comparison?.remove();

// --- report --------------------------------------------------------------------------------------------------
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (xs: number[]) => (xs.length ? `${median(xs).toFixed(0)} (${sorted(xs)[0]!.toFixed(0)}–${sorted(xs).at(-1)!.toFixed(0)})` : 'n/a');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)}`;
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

console.log(`\nChromium ${chromium}, ${cpus().length} cores, load average ${load.map((l) => l.toFixed(2)).join(' → ')}; ` +
  `${RUNS} clicks per page and variant, each on a fresh tab; times in ms by the page's clock, median (min–max).\n`);

console.log(table(
  ['page', 'HTML kB', 'article chars', 'findings', 'ours: first paint', 'ours: findings in DOM', 'ours: findings painted', 'ours: complete', 'do-nothing: painted', 'Readability parse', 'ratio', 'target (ms)'],
  PAGES.flatMap((p) => {
    const s = samples.get(p.path)!;
    const base = median(s.nothing) + median(s.readability);
    const bytes = statSync(join(FIXTURES, p.path)).size;
    return BUILDS.map((build) => {
      const lens = s.lens.get(build.id)!;
      const ours = median(lens.ready);
      const goal =
        p === SEED
          ? `≤ ${(base + 25).toFixed(0)} (+25 ms): ${ours <= base + 25 ? 'met' : `over by ${(ours - base - 25).toFixed(0)}`}`
          : bytes >= LARGE_BYTES
            ? `≤ ${(1.25 * base).toFixed(0)} (1.25×): ${ours <= 1.25 * base ? 'met' : `over by ${(ours - 1.25 * base).toFixed(0)}`}`
            : '';
      return [
        p.label + build.tag,
        kB(bytes),
        s.articleChars.length ? String(median(s.articleChars)) : 'n/a',
        lens.findings.length ? String(median(lens.findings)) : 'n/a',
        ms(lens.shown),
        ms(lens.dom),
        ms(lens.ready),
        ms(lens.complete),
        ms(s.nothing),
        ms(s.readability),
        (ours / base).toFixed(2),
        goal,
      ];
    });
  }),
));
for (const p of PAGES) for (const f of samples.get(p.path)!.failures) console.log(`\nFAILED on ${p.label}: ${f}`);
console.log('\nratio = ours (findings painted) / (do-nothing painted + Readability parse), from the medians. "article chars": the text Readability extracted; "findings": entries listed.\n');

const coldPages = PAGES.filter((p) => COLD_PAGES.has(p.label));
if (coldPages.length > 0) {
  console.log(table(
    ['page, worker stopped before the click', 'ours: first paint', 'ours: findings painted', 'ours: complete', 'do-nothing: painted', 'Readability parse', 'ratio', 'ours: findings painted, worker running'],
    coldPages.flatMap((p) => {
      const s = samples.get(p.path)!;
      const base = median(s.coldNothing) + median(s.readability);
      return BUILDS.map((build) => {
        const cold = s.coldLens.get(build.id)!;
        return [p.label + build.tag, ms(cold.shown), ms(cold.ready), ms(cold.complete), ms(s.coldNothing), ms(s.readability), (median(cold.ready) / base).toFixed(2), ms(s.lens.get(build.id)!.ready)];
      });
    }),
  ));
  console.log('\nEach extension\'s service worker stopped just before the click (as the browser stops it after about 30 s without ' +
    'events), so the click starts it: its script loaded and run, nothing of an earlier click kept. ratio = ours (findings ' +
    'painted) / (do-nothing painted, its worker stopped too + Readability parse).\n');
}

console.log(table(
  ['built script', 'kB', 'gzip kB'],
  sizes.map((s) => [(s.file === INJECTED ? `${s.file} (injected on click; target ≤ 60)` : s.file) + s.tag, kB(s.raw), kB(s.gzip)]),
));
console.log('\nkB = 1000 bytes; gzip level 9.\n');

const total = (m: Memory) => m.heapMB + m.embedderMB + m.backingMB;
const difference = (from: Memory, to: Memory): Memory => ({
  heapMB: to.heapMB - from.heapMB,
  embedderMB: to.embedderMB - from.embedderMB,
  backingMB: to.backingMB - from.backingMB,
  nodes: to.nodes - from.nodes,
  listeners: to.listeners - from.listeners,
  documents: to.documents - from.documents,
});
const memoryCells = (m: Memory, signed = false) => {
  const cell = (value: number, digits: number) => `${signed && value >= 0 ? '+' : ''}${value.toFixed(digits)}`;
  return [cell(m.heapMB, 2), cell(m.embedderMB, 2), cell(m.backingMB, 2), cell(total(m), 2), cell(m.nodes, 0), cell(m.listeners, 0), cell(m.documents, 0)];
};
console.log(table(
  ['page', 'V8 heap MB', 'DOM heap MB', 'ArrayBuffers MB', 'total MB', 'nodes', 'listeners', 'documents'],
  heap.flatMap((h) => [
    [`${h.label}: before the first click`, ...memoryCells(h.before)],
    ['after 1 open/close', ...memoryCells(h.afterOne)],
    [`after ${CYCLES} open/close`, ...memoryCells(h.after)],
    [`**growth over ${CYCLES}** (target < 1 MB, < 100 nodes)`, ...memoryCells(difference(h.before, h.after), true)],
    [`growth over cycles 2–${CYCLES}`, ...memoryCells(difference(h.afterOne, h.after), true)],
  ]),
));
console.log('\nAfter two forced collections (HeapProfiler.collectGarbage): the V8 heap in use, Blink\'s heap (the DOM; "embedder") ' +
  'and the backing stores of ArrayBuffers and external strings (outside the V8 heap; an injected script\'s source is one) ' +
  'from Runtime.getHeapUsage; nodes, JS event listeners and documents ' +
  'from Memory.getDOMCounters, read a frame after each close (Blink releases removed nodes then) and from the moment ' +
  'Playwright\'s own helpers are in the page. MB = 10^6 bytes. Growth over all cycles includes what stays once for good ' +
  '(the extension\'s isolated world in the page); growth over cycles 2–N is what each further open/close leaves behind.\n');

console.log(table(
  ['page', 'hovers', 'pointer → event dispatched', 'pointer → card in the DOM', 'pointer → card painted (target: one frame, 16.7)'],
  hover.map((h) => [h.label, `${h.dom.length} of ${h.targets} words`, ms(h.dispatched), ms(h.dom), ms(h.painted)]),
));
console.log('\nHover: from the pointermove event\'s time stamp to its listeners running (Chrome delivers pointer moves with the ' +
  'next frame), to the tooltip in the sidebar\'s shadow root, and to the frame that paints it.');
