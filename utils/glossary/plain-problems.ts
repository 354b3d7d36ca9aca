/**
 * Schema problems in words a reader can act on. The validator's own messages ("Invalid length: Expected >=40 but
 * received 12") are for developers; the options form and the import lists show these instead. They are phrases
 * (message names from the locale files), worded by whoever shows them: the options page in the reader's language,
 * the build and the tests in English.
 */
import type * as v from 'valibot';
import type { MessageKey, Phrase } from '../ui/i18n';

type Issue = v.BaseIssue<unknown>;

/** Fields as the entry form labels them; a field the form lacks ("designations") is named as the file names it. */
const FIELD_LABELS: Record<string, MessageKey> = {
  id: 'field_id',
  kind: 'field_kind',
  name: 'field_name',
  patterns: 'field_patterns',
  summary: 'field_summary',
  sources: 'field_sources',
  reviewed: 'field_reviewed',
  'term.category': 'field_category',
  'term.effect': 'what_word_does',
  'term.usedBy': 'who_uses_it',
  'term.alternatives': 'neutral_alternatives',
  'term.mirrors': 'other_sides_word',
  'outlet.ownership': 'ownership',
  'outlet.owner': 'field_owner',
  'outlet.funding': 'funding',
  'outlet.country': 'field_country',
  'outlet.hostnames': 'field_hostnames',
};

/** "sources.0.url" → "sources": the form shows one place per list, so the item's number is said in words instead. */
export function fieldOf(path: string): string {
  return path.split(/\.\d+/)[0]!;
}

export function issuePath(issue: Issue): string {
  return issue.path?.map((p) => String(p.key)).join('.') ?? '';
}

/** One step further down a path: "Sources" then "item 2" → "Sources → item 2". */
export function pathStep(where: string | Phrase, next: string | Phrase): Phrase {
  return { key: 'problem_path_step', subs: [where, next] };
}

/** A problem and where it is: "Summary: write at least 40 characters." */
export function problemAt(where: string | Phrase, what: Phrase): Phrase {
  return { key: 'problem_at', subs: [where, what] };
}

/** Inside any list of sources (the entry's, a designation's), as the form labels the entry's. */
const SOURCE_LABELS: Record<string, MessageKey> = { title: 'field_source_title', url: 'field_source_url' };

/** Where a problem is, for a list: "Summary", "Sources → item 2 → Web address". */
export function describePath(path: string): string | Phrase {
  if (!path) return { key: 'problem_where_entry' };
  const parts = path.split('.');
  const steps: Array<string | Phrase> = [];
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!;
    const joined = parts.slice(0, i + 1).filter((p) => !/^\d+$/.test(p)).join('.');
    if (/^\d+$/.test(key)) steps.push({ key: 'problem_where_item', subs: [Number(key) + 1] });
    // A field inside the term or outlet block is named alone, as the form shows it.
    else if ((key === 'term' || key === 'outlet') && i < parts.length - 1) continue;
    else {
      const label = FIELD_LABELS[joined] ?? SOURCE_LABELS[key];
      steps.push(label ? { key: label } : key);
    }
  }
  const [first, ...rest] = steps;
  return rest.reduce<string | Phrase>((where, next) => pathStep(where, next), first!);
}

/**
 * The schemas' own messages for a pattern or a whole-entry check are message names ("problem_write_date"): the
 * schema says which rule failed, the locale file says it to the reader.
 */
const schemaMessage = (issue: Issue): Phrase => ({ key: issue.message as MessageKey });

/** One problem, in plain words. */
export function plainIssue(issue: Issue): Phrase {
  const req = (issue as { requirement?: unknown }).requirement;
  const missing = issue.input === undefined;
  switch (issue.type) {
    case 'min_length':
      if (Array.isArray(issue.input)) return req === 1 ? { key: 'problem_add_one' } : { key: 'problem_add_at_least', subs: [Number(req)] };
      if (req === 1) return { key: 'problem_empty' };
      return { key: 'problem_too_short', count: Number(req), subs: [String(issue.input).length] };
    case 'url':
      return { key: 'problem_not_url' };
    case 'regex':
    case 'check':
      return schemaMessage(issue);
    case 'picklist':
      return { key: 'problem_choose_one', subs: [issue.expected?.replace(/["()]/g, '').split(' | ').join(', ') ?? ''] };
    case 'min_value':
    case 'max_value':
      return { key: 'problem_out_of_range', subs: [issue.expected ?? ''] };
    case 'integer':
      return { key: 'problem_whole_number' };
    case 'string':
      return { key: missing ? 'problem_missing' : 'problem_not_text' };
    case 'array':
      return { key: missing ? 'problem_missing' : 'problem_not_list' };
    case 'object':
      return { key: missing ? 'problem_missing' : 'problem_not_group' };
    case 'number':
      return { key: missing ? 'problem_missing' : 'problem_not_number' };
    case 'boolean':
      return { key: missing ? 'problem_missing' : 'problem_not_boolean' };
    case 'union': {
      // The branch that got furthest into the value says what is wrong with it: for an object, its field's problem
      // rather than "this must be text".
      const branches = (issue as { issues?: Issue[] }).issues ?? [];
      const furthest = branches.reduce<Issue | undefined>((best, b) => ((b.path?.length ?? 0) > (best?.path?.length ?? 0) ? b : (best ?? b)), undefined);
      return furthest ? plainIssue(furthest) : { key: 'problem_not_accepted' };
    }
    default:
      return { key: 'problem_not_accepted' };
  }
}
