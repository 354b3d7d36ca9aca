/**
 * A production build takes the core's data files as they are (utils/core/shipped-data.ts): each must pass its schema,
 * and the schema's output must be the file itself — nothing trimmed, defaulted or reshaped that the build would skip.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import descriptorsRaw from '../../../data/descriptors.json';
import sensesRaw from '../../../data/senses.json';
import watchRaw from '../../../data/watch-words.json';
import { DescriptorsSchema } from '../../../utils/core/descriptors';
import { SensesSchema } from '../../../utils/core/senses';
import { shippedData } from '../../../utils/core/shipped-data';
import { WatchDataSchema } from '../../../utils/core/watch/data';

describe('the core data files, as a production build takes them', () => {
  it.each([
    ['data/senses.json', SensesSchema, sensesRaw],
    ['data/descriptors.json', DescriptorsSchema, descriptorsRaw],
    ['data/watch-words.json', WatchDataSchema, watchRaw],
  ] as const)('%s passes its schema unchanged', (_, schema, raw) => {
    const result = v.safeParse(schema as v.GenericSchema, raw);
    expect(result.issues?.map((i) => i.message)).toBeUndefined();
    expect(result.output).toStrictEqual(raw);
  });

  it('checks the data outside a production build', () => {
    expect(() => shippedData(DescriptorsSchema, { roles: 'not a list' })).toThrow(v.ValiError);
  });
});
