import { expect, test } from 'vitest';
import { saveErrorMessage } from '../../../utils/storage-errors';
import { enTranslator } from '../../support/en-translator';

test.each([
  [new Error('QUOTA_BYTES quota exceeded'), /storage for this extension is full.*still shown here/],
  [new Error('Resource::kQuotaBytesPerItem quota exceeded'), /full/],
  [new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'), /too many changes/],
  [new Error('Extension context invalidated.'), /Could not save your settings \(Extension context invalidated\.\).*try again/],
  ['plain string', /plain string/],
])('%s → a message the reader can act on', (error, message) => {
  expect(saveErrorMessage(error, enTranslator())).toMatch(message);
});
