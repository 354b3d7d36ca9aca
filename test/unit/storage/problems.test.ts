/** The options page's "last problems": kind and time only, newest first, a bounded list. */
import { fakeBrowser } from './fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

const load = () => import('../../../utils/problems');

test('records the reason and the time, newest first, and nothing else', async () => {
  const { problemsItem, recordProblem } = await load();
  await recordProblem('frameset', new Date('2026-12-01T10:00:00Z'));
  await recordProblem('not-html', new Date('2026-12-02T10:00:00Z'));
  expect(await problemsItem.getValue()).toEqual([
    { at: '2026-12-02T10:00:00.000Z', reason: 'not-html' },
    { at: '2026-12-01T10:00:00.000Z', reason: 'frameset' },
  ]);
});

test('keeps the last twenty', async () => {
  const { problemsItem, recordProblem, PROBLEMS_KEPT } = await load();
  for (let day = 1; day <= PROBLEMS_KEPT + 5; day++) await recordProblem('ui', new Date(Date.UTC(2026, 10, day)));
  const kept = await problemsItem.getValue();
  expect(kept).toHaveLength(PROBLEMS_KEPT);
  expect(kept[0]!.at).toBe(new Date(Date.UTC(2026, 10, PROBLEMS_KEPT + 5)).toISOString());
});

test('the browser keeping extensions out of its own pages is not a problem of ours', async () => {
  const { problemsItem, recordProblem } = await load();
  await recordProblem('forbidden');
  expect(await problemsItem.getValue()).toEqual([]);
});
