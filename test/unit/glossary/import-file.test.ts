import { expect, test } from 'vitest';
import { MAX_IMPORT_BYTES, readImport } from '../../../utils/import-file';
import { enTranslator } from '../../support/en-translator';

const i18n = enTranslator();

const file = (size: number) => ({ name: 'mine.json', size, text: () => Promise.resolve('[]') });

test('a file the storage could keep is read', async () => {
  expect(await readImport(file(MAX_IMPORT_BYTES), i18n)).toEqual({ ok: true, text: '[]' });
});

test('a larger one is refused unread, with its size and why', async () => {
  let read = false;
  const big = { ...file(20 * 1024 * 1024), text: () => ((read = true), Promise.resolve('')) };
  expect(await readImport(big, i18n)).toEqual({ ok: false, problem: 'mine.json is 20.0 MB: more than the 10 MB the browser lets the extension store, so it was not read.' });
  expect(read).toBe(false);
});
