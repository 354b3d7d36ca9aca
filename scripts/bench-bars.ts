/**
 * `npm run bench:bars`: what fitting the page's own fixed and sticky bars beside the sidebar costs
 * (utils/page/fixed-bars.ts), in headless Chromium on the seed, the fixed-bars fixture and large real pages, at
 * 1280×800 with the sidebar's 380 px room on the right. The module is bundled as it is and run in the page after the
 * room is applied; the time includes the style and layout it forces. Prints a Markdown table; asserts nothing.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium, serveFolder } from './lib/browser';

const RUNS = Number(process.env.RUNS ?? 7);
const PAGES = [
  'seed/presstv-aleppo.html',
  'layout/fixed-bars.html',
  'pages/postlight-www.cnn.com/source.html',
  'pages/readability-bbc-1/source.html',
  'pages/readability-breitbart/source.html',
  'pages/readability-wikipedia-2/source.html',
];

const bundle = await build({
  entryPoints: ['utils/page/fixed-bars.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: 'fixedBars',
});
const script = bundle.outputFiles[0]!.text;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const { server, origin } = await serveFolder('test/fixtures');
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, headless: true });
console.log(`| page | elements | fixed or sticky | in the strip | rules | fit, median of ${RUNS} (ms) | min–max |`);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const path of PAGES) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: true });
  await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
  await page.addScriptTag({ content: script });
  const measured = await page.evaluate((runs) => {
    type Module = { fitFixedBars: (doc: Document, strip: object, isOurs: (el: Element) => boolean, apply: (rules: string) => void) => void };
    const { fitFixedBars } = (window as unknown as { fixedBars: Module }).fixedBars;
    const room = 'html { margin-right: 380px !important; width: auto !important; max-width: none !important; }';
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const width = document.documentElement.clientWidth;
    const strip = { axis: 'x', from: width - 380, to: width, windowStart: 0, windowEnd: width, readingBefore: true };
    const out: Array<{ ms: number; rules: number }> = [];
    for (let i = 0; i < runs; i++) {
      sheet.replaceSync(room);
      document.body.getBoundingClientRect(); // the room laid out, as when the sidebar opens
      let rules = 0;
      const start = performance.now();
      fitFixedBars(document, strip, () => false, (text) => {
        rules = text ? text.split('\n').length : 0;
        sheet.replaceSync(`${room}\n${text}`);
      });
      document.body.getBoundingClientRect();
      out.push({ ms: performance.now() - start, rules });
    }
    const all = [...document.querySelectorAll('*')];
    const positioned = all.filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position));
    const inStrip = positioned.filter((el) => {
      sheet.replaceSync(room);
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.right > strip.from && r.left < strip.to;
    });
    return { out, elements: all.length, positioned: positioned.length, inStrip: inStrip.length };
  }, RUNS);
  const ms = measured.out.map((r) => r.ms);
  const name = path.replace(/^pages\//, '').replace(/\/source\.html$|\.html$/, '');
  console.log(
    `| ${name} | ${measured.elements} | ${measured.positioned} | ${measured.inStrip} | ${measured.out[0]!.rules} | ${median(ms).toFixed(1)} | ${Math.min(...ms).toFixed(1)}–${Math.max(...ms).toFixed(1)} |`,
  );
  await page.close();
}
await browser.close();
server.close();
