// Authoring aid: validate glossary files against the schema and report duplicate ids and patterns.
// Usage: node scripts/check-glossary-file.ts data/glossary/syria.json [more files…]  (no args: every file)
import { readFileSync, readdirSync } from 'node:fs';
import * as v from 'valibot';
import { GlossaryFileSchema } from '../utils/glossary/schema.ts';

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('data/glossary').filter((f) => f.endsWith('.json')).map((f) => `data/glossary/${f}`);
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[-‐‑‒–—\s]+/g, ' ').replace(/[’‘`]/g, "'").toLowerCase().trim();
const ids = new Map<string, string>();
const patterns = new Map<string, string>();
let problems = 0;
for (const file of files) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const result = v.safeParse(GlossaryFileSchema, data);
  if (!result.success) {
    for (const issue of result.issues.slice(0, 30)) {
      const path = issue.path?.map((p) => p.key).join('.') ?? '';
      console.log(`${file}: ${path}: ${issue.message}`);
      problems++;
    }
    continue;
  }
  for (const e of result.output) {
    if (ids.has(e.id)) { console.log(`${file}: duplicate id ${e.id} (also in ${ids.get(e.id)})`); problems++; }
    ids.set(e.id, file);
    for (const p of e.patterns) {
      const key = fold(typeof p === 'string' ? p : p.text);
      const owner = patterns.get(key);
      if (owner && owner !== e.id) { console.log(`${file}: pattern "${key}" of ${e.id} is also claimed by ${owner}`); problems++; }
      patterns.set(key, e.id);
    }
  }
  console.log(`${file}: ${result.output.length} entries`);
}
console.log(problems ? `${problems} problem(s)` : 'ok');
process.exit(problems ? 1 : 0);
