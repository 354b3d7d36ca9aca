/**
 * Checks that go beyond one entry's schema: unique ids, one owner per pattern, mirrors that exist and point back.
 * Used by the tests, by the build (an invalid glossary fails it) and by the options page's import.
 */
import * as v from 'valibot';
import { foldText } from '../core/normalize';
import { describePath, fieldOf, issuePath, plainIssue } from './plain-problems';
import { EntrySchema, type Entry } from './schema';

export interface GlossaryProblem {
  file: string;
  entryId?: string;
  /** The field at fault inside the entry ("sources.0.url"), when the schema names one. */
  path?: string;
  message: string;
}

export interface GlossaryFile {
  file: string;
  data: unknown;
}

export function patternText(pattern: Entry['patterns'][number]): string {
  return typeof pattern === 'string' ? pattern : pattern.text;
}

/** Schema, duplicates and mirrors across a set of files that together form one glossary. */
export function validateGlossary(files: readonly GlossaryFile[]): { entries: Entry[]; problems: GlossaryProblem[] } {
  const problems: GlossaryProblem[] = [];
  const entries: Entry[] = [];
  const fileOf = new Map<string, string>();
  for (const { file, data } of files) {
    if (!Array.isArray(data)) {
      problems.push({ file, message: 'a glossary file holds a JSON array of entries' });
      continue;
    }
    data.forEach((raw, i) => {
      const result = v.safeParse(EntrySchema, raw);
      const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : `#${i + 1}`;
      if (!result.success) {
        for (const issue of result.issues) {
          const path = issuePath(issue);
          problems.push({ file, entryId: id, path, message: `${describePath(path)}: ${plainIssue(issue)}` });
        }
        return;
      }
      const other = fileOf.get(result.output.id);
      if (other) problems.push({ file, entryId: id, message: `the id is already used in ${other}` });
      fileOf.set(result.output.id, file);
      entries.push(result.output);
    });
  }
  problems.push(...patternClashes(entries).map((message) => ({ file: '', message })));
  problems.push(...mirrorProblems(entries).map(({ entryId, message }) => ({ file: fileOf.get(entryId) ?? '', entryId, message })));
  return { entries, problems };
}

/** Two entries claiming one pattern would make a match ambiguous. */
export function patternClashes(entries: readonly Entry[]): string[] {
  const owner = new Map<string, string>();
  const out: string[] = [];
  for (const entry of entries) {
    for (const pattern of entry.patterns) {
      const key = patternKey(pattern);
      const previous = owner.get(key);
      if (previous && previous !== entry.id) out.push(`pattern "${patternText(pattern)}" of ${entry.id} is also claimed by ${previous}`);
      else owner.set(key, entry.id);
    }
  }
  return out;
}

/** A label and its mirror are described with the same care: both must exist and name each other. */
function mirrorProblems(entries: readonly Entry[]): Array<{ entryId: string; message: string }> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const out: Array<{ entryId: string; message: string }> = [];
  for (const entry of entries) {
    for (const mirror of entry.term?.mirrors ?? []) {
      const other = byId.get(mirror);
      if (!other) out.push({ entryId: entry.id, message: `mirror "${mirror}" does not exist` });
      else if (!other.term) out.push({ entryId: entry.id, message: `mirror "${mirror}" is not a term` });
      else if (!other.term.mirrors.includes(entry.id)) out.push({ entryId: entry.id, message: `mirror "${mirror}" does not list it back` });
    }
  }
  return out;
}

/** Case-sensitive patterns keep their case in the key; the rest fold like the matcher does. */
function patternKey(pattern: Entry['patterns'][number]): string {
  const text = patternText(pattern);
  return typeof pattern !== 'string' && pattern.case === 'sensitive' ? `=${text}` : foldText(text);
}

export type ImportResult = { ok: true; entries: Entry[] } | { ok: false; problems: string[] };

/**
 * A reader's own entries, from a JSON file. An entry whose id matches a built-in one replaces it; any other clash
 * is refused with a message that says how to fix it. Nothing is saved unless the whole file is valid.
 */
export function parseCustomEntries(json: string, builtin: readonly Entry[]): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [`This file is not valid JSON (${(error as Error).message}).`] };
  }
  return checkCustomEntries(data, builtin);
}

/** The same checks on data already read: a list of the reader's entries, whole, against the built-in glossary. */
export function checkCustomEntries(data: unknown, builtin: readonly Entry[]): ImportResult {
  const { entries, problems } = validateGlossary([{ file: 'import', data }]);
  const messages = problems
    .filter((p) => !p.message.startsWith('mirror'))
    .map((p) => (p.entryId ? `${p.entryId}: ${p.message}` : p.message));
  if (messages.length === 0 && entries.length === 0) messages.push('The file holds no entries.');
  if (messages.length > 0) return { ok: false, problems: messages };
  const replaced = new Set(entries.map((e) => e.id));
  const kept = builtin.filter((e) => !replaced.has(e.id));
  const clashes = patternClashes([...kept, ...entries]).map(
    (m) => `${m} — give your entry the built-in entry's id to replace it, or remove the pattern.`,
  );
  const known = new Set([...kept, ...entries].map((e) => e.id));
  const dangling = entries.flatMap((e) =>
    (e.term?.mirrors ?? []).filter((m) => !known.has(m)).map((m) => `${e.id}: mirror "${m}" does not exist`),
  );
  return clashes.length + dangling.length > 0 ? { ok: false, problems: [...clashes, ...dangling] } : { ok: true, entries };
}

export type EntryCheck = { ok: true; entry: Entry } | { ok: false; fields: Record<string, string[]> };

/**
 * One entry from the options form, checked like an import: the schema, then the reader's other entries and the
 * built-in glossary (a pattern another entry owns, a mirror that does not exist). Problems are keyed by the form
 * field at fault ("sources", "term.effect"); "" holds those about the entry as a whole.
 */
export function checkOwnEntry(raw: unknown, others: readonly Entry[], builtin: readonly Entry[]): EntryCheck {
  const fields: Record<string, string[]> = {};
  const add = (field: string, message: string) => (fields[field] ??= []).push(message);
  const result = v.safeParse(EntrySchema, raw);
  if (!result.success) {
    for (const issue of result.issues) {
      const path = issuePath(issue);
      const index = path.match(/\.(\d+)(?:\.|$)/)?.[1];
      const where = index === undefined ? '' : `Item ${Number(index) + 1}: `;
      add(fieldOf(path), where + plainIssue(issue));
    }
    return { ok: false, fields };
  }
  const entry = result.output;
  const mine = others.filter((e) => e.id !== entry.id);
  const kept = builtin.filter((e) => e.id !== entry.id && !mine.some((m) => m.id === e.id));
  for (const pattern of entry.patterns) {
    const key = patternKey(pattern);
    const owner = [...mine, ...kept].find((e) => e.patterns.some((p) => patternKey(p) === key));
    if (owner) {
      add(
        'patterns',
        `“${patternText(pattern)}” is already found by “${owner.name}” (${owner.id}). Use the id ${owner.id} to replace that entry, or remove the word.`,
      );
    }
  }
  const known = new Set([...mine, ...kept].map((e) => e.id));
  for (const mirror of entry.term?.mirrors ?? []) {
    if (!known.has(mirror)) add('term.mirrors', `No entry has the id “${mirror}”.`);
  }
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, entry };
}
