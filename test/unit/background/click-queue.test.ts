/** One tab's toolbar clicks are handled in the order they arrived, whatever each one waits for first. */
import { expect, test } from 'vitest';
import { clickTally, queueClick } from '../../../utils/toolbar';

/** A click whose work waits on `gate` (a check still loading), then logs its name. */
function slowClick(log: string[], name: string, gate: Promise<void>) {
  return async () => {
    await gate;
    log.push(name);
  };
}

test('a later click never overtakes one whose check is still loading', async () => {
  const log: string[] = [];
  let release!: () => void;
  const loading = new Promise<void>((done) => (release = done));
  const first = queueClick(1, slowClick(log, 'first', loading));
  const second = queueClick(1, slowClick(log, 'second', Promise.resolve()));
  await Promise.resolve();
  expect(log).toEqual([]);
  release();
  await Promise.all([first, second]);
  expect(log).toEqual(['first', 'second']);
});

test('a failed click does not stop the ones after it, and its caller still hears of the failure', async () => {
  const log: string[] = [];
  const failed = queueClick(2, () => Promise.reject(new Error('tab closed')));
  const next = queueClick(2, slowClick(log, 'next', Promise.resolve()));
  await expect(failed).rejects.toThrow('tab closed');
  await next;
  expect(log).toEqual(['next']);
});

test('other tabs do not wait for this one', async () => {
  const log: string[] = [];
  const never = new Promise<void>(() => {});
  void queueClick(3, slowClick(log, 'stuck', never));
  await queueClick(4, slowClick(log, 'other tab', Promise.resolve()));
  expect(log).toEqual(['other tab']);
});

test('the tally counts a click as handled only once its work is over', async () => {
  const before = clickTally();
  let release!: () => void;
  const gate = new Promise<void>((done) => (release = done));
  const click = queueClick(5, slowClick([], 'counted', gate));
  expect(clickTally()).toEqual({ received: before.received + 1, handled: before.handled });
  release();
  await click;
  await Promise.resolve();
  expect(clickTally()).toEqual({ received: before.received + 1, handled: before.handled + 1 });
});
