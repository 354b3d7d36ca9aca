import { describe, expect, test, vi } from 'vitest';
import { afterFrames } from '../../../utils/page/frame-timer';

/** A window whose clock and frames the test advances by hand. */
function fakeWindow() {
  let now = 0;
  let next = 1;
  const frames = new Map<number, FrameRequestCallback>();
  const win = {
    performance: { now: () => now },
    requestAnimationFrame: (cb: FrameRequestCallback) => {
      frames.set(next, cb);
      return next++;
    },
    cancelAnimationFrame: (id: number) => frames.delete(id),
  } as unknown as Window;
  const frame = (ms: number) => {
    now += ms;
    const due = [...frames.values()];
    frames.clear();
    for (const cb of due) cb(now);
  };
  return { win, frame, pending: () => frames.size };
}

describe('afterFrames', () => {
  test('calls back on the first frame at or after the delay, once', () => {
    const { win, frame, pending } = fakeWindow();
    const callback = vi.fn<() => void>();
    afterFrames(win, 100, callback);
    frame(16);
    frame(16);
    expect(callback).not.toHaveBeenCalled();
    frame(70);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(pending()).toBe(0);
    frame(16);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  test('cancelling stops it and leaves no frame requested', () => {
    const { win, frame, pending } = fakeWindow();
    const callback = vi.fn<() => void>();
    const cancel = afterFrames(win, 50, callback);
    frame(16);
    cancel();
    expect(pending()).toBe(0);
    frame(100);
    expect(callback).not.toHaveBeenCalled();
  });
});
