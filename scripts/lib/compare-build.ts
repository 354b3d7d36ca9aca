/** Another build loaded beside ours in one browser session, for before/after figures from the same run. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A copy of another build whose manifest name differs from ours, so the two service workers can be told apart. */
export function copyForComparison(source: string): { dir: string; remove: () => void } {
  if (!existsSync(join(source, 'manifest.json'))) throw new Error(`COMPARE: no manifest.json in ${source}`);
  const dir = mkdtempSync(join(tmpdir(), 'framing-lens-compare-'));
  cpSync(source, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { name: string };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, name: `${manifest.name} (compare)` }));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
