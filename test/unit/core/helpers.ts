import { analyze, type AnalyzeOptions } from '../../../utils/core/analyze';
import type { Entry } from '../../../utils/glossary/schema';
import { SEED_GLOSSARY } from './fixture-glossary';

/** Findings of `text` as "entryId:text" strings, the compact form the tables compare. */
export function found(text: string, glossary: readonly Entry[] = SEED_GLOSSARY, options?: AnalyzeOptions): string[] {
  return analyze(text, glossary, options).findings.map((f) => `${f.entryId}:${f.text}`);
}
