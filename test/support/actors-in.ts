/** The named actors the shipped glossary finds in a sentence, as [entry id, matched words], for the glossary's table tests. */
import { analyze } from '../../utils/core/analyze';
import type { Entry } from '../../utils/glossary/schema';
import { readGlossaryFiles } from '../../scripts/lib/glossary-files';

const entries = readGlossaryFiles().flatMap((f) => f.data as Entry[]);

export const actorsIn = (text: string): Array<[string, string]> =>
  analyze(text, entries)
    .findings.filter((f) => f.flag === 'context')
    .map((f) => [f.entryId, f.text.replace(/\s+/g, ' ')]);
