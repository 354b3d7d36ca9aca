/**
 * Waiting in the content script without timers: where the reader has switched JavaScript off for a site, Chrome never
 * fires setTimeout or setInterval in the extension's world, but animation frames and channel messages still come.
 */

/** Calls back on the first frame at least `ms` after now; returns a function that cancels it. */
export function afterFrames(win: Window, ms: number, callback: () => void): () => void {
  const due = win.performance.now() + ms;
  let frame = 0;
  const tick = (now: number) => {
    if (now >= due) callback();
    else frame = win.requestAnimationFrame(tick);
  };
  frame = win.requestAnimationFrame(tick);
  return () => win.cancelAnimationFrame(frame);
}

/** Resolves once the browser has painted what was rendered before the call: the task after the next frame. */
export function nextPaint(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => void nextTask().then(resolve)));
}

/**
 * Resolves in a task of its own, so whatever the page has queued (input, rendering, its own scripts) runs first: a
 * channel message, which arrives where timers do not.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.addEventListener('message', () => {
      channel.port1.close();
      resolve();
    }, { once: true });
    channel.port1.start();
    channel.port2.postMessage(null);
  });
}
