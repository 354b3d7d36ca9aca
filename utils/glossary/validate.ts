/**
 * Checks that go beyond one entry's schema: unique ids, one owner per pattern, mirrors that exist and point back.
 * Used by the tests, by the build (an invalid glossary fails it) and by the options page's import.
 */
import * as v from 'valibot';
import { foldText } from '../core/normalize';
import type { Phrase } from '../ui/i18n';
import { describePath, fieldOf, issuePath, plainIssue, problemAt } from './plain-problems';
import { EntrySchema, type Entry } from './schema';

export interface GlossaryProblem {
  file: string;
  entryId?: string;
  /** The field at fault inside the entry ("sources.0.url"), when the schema names one. */
  path?: string;
  /** What is wrong, to be worded by whoever shows it (the build in English, the options page in the reader's words). */
  problem: Phrase;
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
      problems.push({ file, problem: { key: 'problem_not_entry_list' } });
      continue;
    }
    data.forEach((raw, i) => {
      const result = v.safeParse(EntrySchema, raw);
      const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : `#${i + 1}`;
      if (!result.success) {
        for (const issue of result.issues) {
          const path = issuePath(issue);
          problems.push({ file, entryId: id, path, problem: problemAt(describePath(path), plainIssue(issue)) });
        }
        return;
      }
      const other = fileOf.get(result.output.id);
      if (other) {
        problems.push({
          file,
          entryId: id,
          problem: other === file ? { key: 'problem_id_repeated' } : { key: 'problem_id_used_in', subs: [other] },
        });
      }
      fileOf.set(result.output.id, file);
      entries.push(result.output);
    });
  }
  problems.push(...patternClashes(entries).map(({ entryId, problem }) => ({ file: fileOf.get(entryId) ?? '', entryId, problem })));
  problems.push(...mirrorProblems(entries).map(({ entryId, problem }) => ({ file: fileOf.get(entryId) ?? '', entryId, problem })));
  return { entries, problems };
}

interface EntryProblem {
  entryId: string;
  problem: Phrase;
}

/** Two entries claiming one pattern would make a match ambiguous. */
export function patternClashes(entries: readonly Entry[]): EntryProblem[] {
  const owner = new Map<string, string>();
  const out: EntryProblem[] = [];
  for (const entry of entries) {
    for (const pattern of entry.patterns) {
      const key = patternKey(pattern);
      const previous = owner.get(key);
      if (previous && previous !== entry.id) {
        out.push({ entryId: entry.id, problem: { key: 'problem_pattern_claimed', subs: [patternText(pattern), previous] } });
      } else owner.set(key, entry.id);
    }
  }
  return out;
}

/** A label and its mirror are described with the same care: both must exist and name each other. */
function mirrorProblems(entries: readonly Entry[]): EntryProblem[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const out: EntryProblem[] = [];
  for (const entry of entries) {
    for (const mirror of entry.term?.mirrors ?? []) {
      const other = byId.get(mirror);
      if (!other) out.push({ entryId: entry.id, problem: { key: 'problem_mirror_missing', subs: [mirror] } });
      else if (!other.term) out.push({ entryId: entry.id, problem: { key: 'problem_mirror_not_term', subs: [mirror] } });
      else if (!other.term.mirrors.includes(entry.id)) out.push({ entryId: entry.id, problem: { key: 'problem_mirror_not_back', subs: [mirror] } });
    }
  }
  return out;
}

/** Mirror problems an import forgives (a reader's entry may name a built-in word that does not name it back). */
const MIRROR_KEYS = new Set<string>(['problem_mirror_missing', 'problem_mirror_not_term', 'problem_mirror_not_back']);

/** Case-sensitive patterns keep their case in the key; the rest fold like the matcher does. */
function patternKey(pattern: Entry['patterns'][number]): string {
  const text = patternText(pattern);
  return typeof pattern !== 'string' && pattern.case === 'sensitive' ? `=${text}` : foldText(text);
}

export type ImportResult = { ok: true; entries: Entry[] } | { ok: false; problems: Phrase[] };

/**
 * A reader's own entries, from a JSON file. An entry whose id matches a built-in one replaces it; any other clash
 * is refused with a message that says how to fix it. Nothing is saved unless the whole file is valid.
 */
export function parseCustomEntries(json: string, builtin: readonly Entry[]): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [notJson(error)] };
  }
  return checkCustomEntries(data, builtin);
}

/** The same checks on data already read: a list of the reader's entries, whole, against the built-in glossary. */
export function checkCustomEntries(data: unknown, builtin: readonly Entry[]): ImportResult {
  const { entries, problems } = validateGlossary([{ file: 'import', data }]);
  const phrases = problems
    .filter((p) => !MIRROR_KEYS.has(p.problem.key))
    .map((p) => (p.entryId ? problemAt(p.entryId, p.problem) : p.problem));
  if (phrases.length === 0 && entries.length === 0) phrases.push({ key: 'problem_no_entries' });
  if (phrases.length > 0) return { ok: false, problems: phrases };
  const replaced = new Set(entries.map((e) => e.id));
  const kept = builtin.filter((e) => !replaced.has(e.id));
  // The reader's entries come last, so a clash is always reported on theirs, with how to settle it.
  const clashes = patternClashes([...kept, ...entries]).map(({ entryId, problem }) =>
    problemAt(entryId, { key: 'problem_pattern_claimed_import', subs: problem.subs }),
  );
  const known = new Set([...kept, ...entries].map((e) => e.id));
  const dangling = entries.flatMap((e) =>
    (e.term?.mirrors ?? []).filter((m) => !known.has(m)).map((m) => problemAt(e.id, { key: 'problem_mirror_missing', subs: [m] })),
  );
  return clashes.length + dangling.length > 0 ? { ok: false, problems: [...clashes, ...dangling] } : { ok: true, entries };
}

/** An unreadable file, with the engine's own account of where (it comes in the browser's language already). */
export function notJson(error: unknown): Phrase {
  return { key: 'problem_not_json', subs: [(error as Error).message] };
}

export type EntryCheck = { ok: true; entry: Entry } | { ok: false; fields: Record<string, Phrase[]> };

/**
 * One entry from the options form, checked like an import: the schema, then the reader's other entries and the
 * built-in glossary (a pattern another entry owns, a mirror that does not exist). Problems are keyed by the form
 * field at fault ("sources", "term.effect"); "" holds those about the entry as a whole.
 */
export function checkOwnEntry(raw: unknown, others: readonly Entry[], builtin: readonly Entry[]): EntryCheck {
  const fields: Record<string, Phrase[]> = {};
  const add = (field: string, problem: Phrase) => (fields[field] ??= []).push(problem);
  const result = v.safeParse(EntrySchema, raw);
  if (!result.success) {
    for (const issue of result.issues) {
      const path = issuePath(issue);
      const index = path.match(/\.(\d+)(?:\.|$)/)?.[1];
      const plain = plainIssue(issue);
      add(fieldOf(path), index === undefined ? plain : { key: 'problem_in_item', subs: [Number(index) + 1, plain] });
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
      add('patterns', { key: 'problem_word_found_by', subs: [patternText(pattern), owner.name, owner.id] });
    }
  }
  const known = new Set([...mine, ...kept].map((e) => e.id));
  for (const mirror of entry.term?.mirrors ?? []) {
    if (!known.has(mirror)) add('term.mirrors', { key: 'problem_no_such_id', subs: [mirror] });
  }
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, entry };
}
