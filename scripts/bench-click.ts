/**
 * `npm run bench:click`: time from a toolbar click to the sidebar, in real Chromium with the built extension, by the
 * page's own clock. Baseline in the same run: a page without an article (injection and sidebar, no analysis).
 * Needs a build (`npm run build`). Prints medians over several clicks, each on a fresh tab.
 */
import { launchWithExtension, prepareToolbarClick, serveFolder, startSidebarTimer, type SidebarTimes } from './lib/browser';

const RUNS = Number(process.env.RUNS ?? 7);
const CASES = [
  { name: 'baseline (no article)', path: '/no-article.html', ready: 'aside[aria-label="Framing Lens"] .notice' },
  { name: 'seed article', path: '/seed/presstv-aleppo.html', ready: 'aside[aria-label="Framing Lens"] li[data-entry-id]' },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const { server, origin } = await serveFolder('test/fixtures');
const browser = await launchWithExtension({ headless: true });
const times = new Map<string, SidebarTimes[]>(CASES.map((c) => [c.name, []]));
for (let run = 0; run < RUNS; run++) {
  for (const c of CASES) {
    const page = await browser.context.newPage();
    await page.goto(origin + c.path);
    const click = await prepareToolbarClick(browser, page);
    const done = await startSidebarTimer(page, c.ready);
    await click();
    times.get(c.name)!.push(await done());
    await page.close();
  }
}
await browser.close();
server.close();

const summary = (name: string) => {
  const t = times.get(name)!;
  return { shown: median(t.map((x) => x.shown)), ready: median(t.map((x) => x.ready)) };
};
for (const c of CASES) {
  const s = summary(c.name);
  console.log(`${c.name.padEnd(22)} sidebar on screen ${s.shown.toFixed(0).padStart(5)} ms, ready ${s.ready.toFixed(0).padStart(5)} ms (median of ${RUNS})`);
}
const seed = summary('seed article');
const base = summary('baseline (no article)');
console.log(
  `click: seed sidebar ${seed.shown.toFixed(0)} ms, findings ${seed.ready.toFixed(0)} ms, ${(seed.ready / base.ready).toFixed(2)}x the no-article baseline (${base.ready.toFixed(0)} ms)`,
);
