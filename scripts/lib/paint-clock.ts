/**
 * A stopwatch that runs in the page, on the page's own clock, for the browser benchmark. It watches a shadow-root UI
 * and records, for each mark, when its selector first matches (in the DOM) and when the frame that shows it has been
 * painted. Nothing here depends on the driver's latency: only the start (just before a click is sent, or the pointer
 * event's own time stamp) is set from outside.
 *
 * "Painted": a requestAnimationFrame loop posts a message from each frame's callbacks; that message runs as the first
 * task after the frame's style, layout and paint. A mark seen in the DOM is painted when the next such message runs,
 * whether the change was made in an ordinary task (painted by the coming frame) or inside a frame's callbacks (painted
 * by that same frame).
 *
 * The code is handed to the page as a string: functions that tsx compiles would call a naming helper the page lacks.
 */
import type { Page } from 'playwright-core';

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
  const pending = [];
  let root = null;
  let inner = null;
  let running = true;
  const channel = new MessageChannel();
  const finish = () => {
    running = false;
    outer.disconnect();
    if (inner) inner.disconnect();
    channel.port1.close();
    clock.done = true;
  };
  channel.port1.onmessage = () => {
    const now = performance.now();
    for (const key of pending.splice(0)) clock.painted[key] = now;
    if (Object.keys(clock.painted).length === cfg.marks.length) finish();
  };
  const frame = () => {
    if (!running) return;
    channel.port2.postMessage(null);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
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
      pending.push(mark.key);
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
