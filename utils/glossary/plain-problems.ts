/**
 * Schema problems in words a reader can act on. The validator's own messages ("Invalid length: Expected >=40 but
 * received 12") are for developers; the options form and the import lists show these instead.
 */
import type * as v from 'valibot';

type Issue = v.BaseIssue<unknown>;

/** Field names as the form labels them. */
const FIELD_NAMES: Record<string, string> = {
  id: 'Id',
  kind: 'Kind',
  name: 'Name',
  patterns: 'Words to find',
  summary: 'Summary',
  sources: 'Sources',
  reviewed: 'Reviewed on',
  'term.category': 'Category',
  'term.effect': 'What the word does',
  'term.usedBy': 'Who uses it',
  'term.alternatives': 'Neutral alternatives',
  'term.mirrors': 'The other side’s word',
  'outlet.ownership': 'Ownership',
  'outlet.owner': 'Owner',
  'outlet.funding': 'Funding',
  'outlet.country': 'Country',
  'outlet.hostnames': 'Web sites',
};

/** "sources.0.url" → "sources": the form shows one place per list, so the item's number is said in words instead. */
export function fieldOf(path: string): string {
  return path.split(/\.\d+/)[0]!;
}

export function issuePath(issue: Issue): string {
  return issue.path?.map((p) => String(p.key)).join('.') ?? '';
}

/** Where a problem is, for a list: "Summary", "Sources → 2nd → web address". */
export function describePath(path: string): string {
  if (!path) return 'The entry';
  const parts = path.split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!;
    const joined = parts.slice(0, i + 1).filter((p) => !/^\d+$/.test(p)).join('.');
    if (/^\d+$/.test(key)) out.push(`item ${Number(key) + 1}`);
    else if (key === 'term') continue;
    else out.push(FIELD_NAMES[joined] ?? (key === 'url' ? 'web address' : key));
  }
  return out.join(' → ');
}

/** One problem, in plain words. */
export function plainIssue(issue: Issue): string {
  const req = (issue as { requirement?: unknown }).requirement;
  switch (issue.type) {
    case 'min_length':
      if (Array.isArray(issue.input)) return req === 1 ? 'Add at least one.' : `Add at least ${String(req)}.`;
      return req === 1 ? 'This cannot be empty.' : `Write at least ${String(req)} characters (now ${String(issue.input).length}).`;
    case 'url':
      return 'This is not a web address; write it in full, starting with https://.';
    case 'regex':
      return `Write ${issue.message}.`;
    case 'picklist':
      return `Choose one of: ${issue.expected?.replace(/["()]/g, '').split(' | ').join(', ')}.`;
    case 'min_value':
    case 'max_value':
      return `This number is out of range (${issue.expected ?? ''}).`;
    case 'integer':
      return 'Write a whole number.';
    case 'string':
      return issue.input === undefined ? 'This is missing.' : 'This must be text.';
    case 'array':
      return issue.input === undefined ? 'This is missing.' : 'This must be a list.';
    case 'object':
      return issue.input === undefined ? 'This is missing.' : 'This must be a group of fields.';
    case 'number':
    case 'boolean':
      return issue.input === undefined ? 'This is missing.' : `This must be a ${issue.type}.`;
    case 'union':
      return (issue as { issues?: Issue[] }).issues?.[0] ? plainIssue((issue as { issues: Issue[] }).issues[0]!) : 'This is not in a form the glossary accepts.';
    case 'check':
      return issue.message.charAt(0).toUpperCase() + issue.message.slice(1) + '.';
    default:
      return issue.message;
  }
}
