/** Reads the glossary's data files from disk, for the build, the tests and the scripts (the extension bundles them). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryFile } from '../../utils/glossary/validate';

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
