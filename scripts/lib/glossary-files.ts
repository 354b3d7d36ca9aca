/** Reads the glossary's data files from disk, for the build, the tests and the scripts (the extension bundles them). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryFile, GlossaryProblem } from '../../utils/glossary/validate';
import { englishTranslator } from './english';

const GLOSSARY_DIR = 'data/glossary';

export function readGlossaryFiles(dir = GLOSSARY_DIR): GlossaryFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const text = readFileSync(file, 'utf8');
      try {
        return { file, data: JSON.parse(text) as unknown };
      } catch (error) {
        return { file, data: { invalidJson: (error as Error).message } };
      }
    });
}

/** One line per problem, in English, for the build's error and the report: "data/glossary/x.json some-id: Summary: …". */
export function problemLines(problems: readonly GlossaryProblem[]): string[] {
  const { say } = englishTranslator();
  return problems.map((p) => `${p.file} ${p.entryId ?? ''}: ${say(p.problem)}`);
}
