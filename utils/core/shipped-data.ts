/**
 * The core's own data files (senses, descriptors, words to watch), bundled with the build. The unit tests check each
 * against its schema and that the schema's output is the file unchanged (nothing trimmed or defaulted), so a
 * production build takes the file as it is: checking it again cost every start of the background's worker 20–30 ms
 * before its first analysis. Elsewhere (tests, development, the evaluation scripts) it is checked here too.
 */
import * as v from 'valibot';

export function shippedData<S extends v.GenericSchema>(schema: S, raw: unknown): v.InferOutput<S> {
  // Optional: the evaluation scripts run the core under Node, where `import.meta.env` does not exist.
  return import.meta.env?.PROD ? (raw as v.InferOutput<S>) : v.parse(schema, raw);
}
