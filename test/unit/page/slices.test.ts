import { describe, expect, test, vi } from 'vitest';
import { Cancelled, Slices } from '../../../utils/page/slices';

describe('Slices', () => {
  test('a slice is due once it has run its budget, and a pause starts the next one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const yields: number[] = [];
      const slices = new Slices(() => true, 10, async () => void yields.push(Date.now()));
      expect(slices.due()).toBe(false);
      vi.advanceTimersByTime(9);
      expect(slices.due()).toBe(false);
      vi.advanceTimersByTime(1);
      expect(slices.due()).toBe(true);
      await slices.breathe();
      expect(yields).toHaveLength(1);
      expect(slices.due()).toBe(false);
      await slices.breathe();
      expect(yields).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a clock set back ends the slice rather than stretching it', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const slices = new Slices(() => true, 10, async () => undefined);
      vi.setSystemTime(Date.now() - 60_000);
      expect(slices.due()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  test('work no longer wanted stops at its next pause, after the page had its turn', async () => {
    let wanted = true;
    const order: string[] = [];
    const slices = new Slices(() => wanted, 0, async () => {
      order.push('page');
      wanted = false; // the reader closed the sidebar meanwhile
    });
    await expect(slices.pause()).rejects.toBeInstanceOf(Cancelled);
    expect(order).toEqual(['page']);
  });
});
