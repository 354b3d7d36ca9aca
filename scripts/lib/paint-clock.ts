/**
 * A stopwatch that runs in the page, on the page's own clock, for the browser benchmark. It watches a shadow-root UI
 * and records, for each mark, when its selector first matches (in the DOM) and when the frame that shows it has been
 * painted. Nothing here depends on the driver's latency: only the start (just before a click is sent, or the pointer
 * event's own time stamp) is set from outside.
 *
 * "Painted": when a mark is seen in the DOM, a new ResizeObserver starts observing the page. Its first callback runs
 * inside the next rendering update that lays the page out — the same frame when the change was made in that frame's
 * animation callbacks (as a hover card is), the coming frame when it was made in an ordinary task — after style and
 * layout, before paint. From there it posts a task of the highest priority (`scheduler.postTask`, user-blocking),
 * which runs once that frame's rendering, paint included, is done, ahead of any ordinary task queued in the meantime
 * (the extension's next long task, for one): that is the time recorded. A requestAnimationFrame loop posting ordinary
 * messages could not tell the two cases apart: a task queued ahead of its message made a change look painted by a
 * frame that had run before it.
 *
 * The code is handed to the page as a string: functions that tsx compiles would call a naming helper the page lacks.
 */
import type { Page } from 'playwright-core';
import { SIDEBAR_HOST } from './browser';

export interface Mark {
  key: string;
  /** Matched inside the UI's shadow root. */
  selector: string;
}

export interface ClockOptions {
  /** The shadow host's tag. */
  host: string;
  marks: Mark[];
  /** Counted inside the shadow root when the last mark is seen (e.g. the findings listed). */
  count?: string;
  /** Start at this event's time stamp (captured on window) instead of at once... */
  startOn?: 'pointermove';
  /** ...taking only an event within 2 px of this point: Chrome sends synthetic moves of its own after a scroll. */
  startAt?: { x: number; y: number };
}

export interface ClockReading {
  /** Per mark: milliseconds from the start to the DOM change, and to the frame that painted it. */
  dom: Record<string, number>;
  painted: Record<string, number>;
  count: number;
  /** With `startOn`: milliseconds from the event's time stamp to its listeners running (input delay). */
  dispatched: number | null;
}

const GLOBAL = '__benchPaintClock';

const SOURCE = `(cfg) => {
  const clock = { start: cfg.startOn ? undefined : performance.now(), dom: {}, painted: {}, count: 0, done: false };
  window.${GLOBAL} = clock;
  let root = null;
  let inner = null;
  const finish = () => {
    outer.disconnect();
    if (inner) inner.disconnect();
    clock.done = true;
  };
  const whenPainted = (key) => {
    const layout = new ResizeObserver(() => {
      layout.disconnect();
      scheduler.postTask(() => {
        clock.painted[key] = performance.now();
        if (Object.keys(clock.painted).length === cfg.marks.length) finish();
      }, { priority: 'user-blocking' });
    });
    layout.observe(document.documentElement);
  };
  const check = () => {
    if (!root) {
      const host = document.querySelector(cfg.host);
      if (!host || !host.shadowRoot) return;
      root = host.shadowRoot;
      inner = new MutationObserver(check);
      inner.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    }
    const now = performance.now();
    for (const mark of cfg.marks) {
      if (clock.dom[mark.key] !== undefined || !root.querySelector(mark.selector)) continue;
      clock.dom[mark.key] = now;
      whenPainted(mark.key);
      if (cfg.count && Object.keys(clock.dom).length === cfg.marks.length) clock.count = root.querySelectorAll(cfg.count).length;
    }
  };
  const outer = new MutationObserver(check);
  outer.observe(document.documentElement, { childList: true });
  if (document.body) outer.observe(document.body, { childList: true });
  const onStart = (event) => {
    if (cfg.startAt && (Math.abs(event.clientX - cfg.startAt.x) > 2 || Math.abs(event.clientY - cfg.startAt.y) > 2)) return;
    clock.start = event.timeStamp;
    clock.dispatched = performance.now();
    window.removeEventListener(cfg.startOn, onStart, { capture: true });
  };
  if (cfg.startOn) window.addEventListener(cfg.startOn, onStart, { capture: true });
  check();
}`;

/**
 * Arms the stopwatch; the returned function waits until every mark has been painted and reports the times relative to
 * the start.
 */
export async function startPaintClock(page: Page, options: ClockOptions, timeoutMs = 30_000): Promise<() => Promise<ClockReading>> {
  // The first wait on a tab installs the driver's own script in it (0.56 MB, 5–9 ms of the page's thread): done before
  // the clock starts, not in the middle of the click being timed, where a trace showed it delaying the extension's
  // first paint.
  await page.waitForFunction('true');
  await page.evaluate(`(${SOURCE})(${JSON.stringify(options)})`);
  return async () => {
    try {
      await page.waitForFunction(`window.${GLOBAL}.done`, null, { timeout: timeoutMs, polling: 50 });
    } catch (error) {
      const state = await page.evaluate(`JSON.stringify(window.${GLOBAL})`).catch(() => 'unreadable');
      throw new Error(`no paint of every mark within ${timeoutMs} ms; clock: ${String(state)}`, { cause: error });
    }
    return (await page.evaluate(`(() => {
      const c = window.${GLOBAL};
      const since = (times) => Object.fromEntries(Object.entries(times).map(([k, t]) => [k, t - c.start]));
      return { dom: since(c.dom), painted: since(c.painted), count: c.count, dispatched: c.dispatched === undefined ? null : c.dispatched - c.start };
    })()`)) as ClockReading;
  };
}

/** Framing Lens's sidebar, inside its shadow host. */
export const LENS_SIDEBAR = 'aside[aria-label="Framing Lens"]';

/**
 * The marks of a Framing Lens click: the sidebar first on screen; with its findings (the privacy line closes the lists
 * the analysis fills, in the same render); and complete, the names the glossary lacks included (`aria-busy` false).
 * Builds before those names came in a message of their own paint the last two at once.
 */
export const LENS_CLOCK = {
  host: SIDEBAR_HOST,
  marks: [
    { key: 'shown', selector: LENS_SIDEBAR },
    { key: 'ready', selector: `${LENS_SIDEBAR} .privacy` },
    { key: 'complete', selector: `${LENS_SIDEBAR}[aria-busy="false"]` },
  ],
} satisfies ClockOptions;
