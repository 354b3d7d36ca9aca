/**
 * Small inline glossaries for the core's tests, independent of data/glossary (written elsewhere): the seed article's
 * entries with the ids the real glossary uses, plus a few entries the rule tables need.
 */
import type { Entry, Pattern, RuleId, Term } from '../../../utils/glossary/schema';

const SOURCE = { title: 'Test source', url: 'https://example.org/test' };
const SUMMARY = 'A test entry, written for the analysis core tests; it says nothing about the real actor or term.';

export function actor(id: string, kind: Exclude<Entry['kind'], 'term'>, name: string, patterns: Pattern[], extra: Partial<Entry> = {}): Entry {
  return { id, kind, name, patterns, summary: SUMMARY, sources: [SOURCE], reviewed: '2025-01-01', ...extra };
}

export function term(id: string, patterns: Pattern[], category: Term['category'], rule?: RuleId): Entry {
  return {
    id,
    kind: 'term',
    name: id.replace(/^term-/, ''),
    patterns,
    summary: SUMMARY,
    sources: [SOURCE],
    reviewed: '2025-01-01',
    term: { category, effect: 'test', usedBy: 'test', alternatives: [], guidance: [], mirrors: [], ...(rule ? { rule } : {}) },
  };
}

const syria = { conflicts: ['syria' as const] };

export const SEED_GLOSSARY: readonly Entry[] = [
  actor('syrian-observatory-for-human-rights', 'ngo', 'Syrian Observatory for Human Rights', ['Syrian Observatory for Human Rights', 'SOHR'], syria),
  actor('hezbollah', 'group', 'Hezbollah', ['Hezbollah', 'Hizbullah', 'Hizballah'], { conflicts: ['lebanon', 'syria'] }),
  actor('un-commission-of-inquiry-syria', 'international-body', 'UN Commission of Inquiry on Syria', [
    'UN Commission of Inquiry for Syria',
    'Commission of Inquiry on Syria',
    { text: 'COI', case: 'sensitive' },
  ], syria),
  actor('jabhat-fateh-al-sham', 'group', 'Jabhat Fateh al-Sham', ['Jabhat Fateh al-Sham', 'Jabhat Fatah al-Sham', 'al-Nusra Front', 'Nusra Front', 'Jabhat al-Nusra'], {
    ...syria,
    side: 'syria:jihadist-groups',
  }),
  actor('ahrar-al-sham', 'group', 'Ahrar al-Sham', ['Ahrar al-Sham'], { ...syria, side: 'syria:opposition' }),
  actor('person-sergei-lavrov', 'person', 'Sergei Lavrov', ['Sergei Lavrov', 'Lavrov'], { conflicts: ['syria', 'russia-ukraine'] }),
  actor('person-staffan-de-mistura', 'person', 'Staffan de Mistura', ['Staffan de Mistura', 'de Mistura'], syria),
  actor('outlet-syrian-state-tv', 'outlet', 'Syrian state television', ["Syria's state-run television", 'Syrian state television'], syria),
  actor('syrian-arab-army', 'security-force', 'Syrian Arab Army', ['Syrian Arab Army', { text: 'SAA', case: 'sensitive' }], { ...syria, side: 'syria:government' }),
  actor('islamic-state', 'group', 'Islamic State', ['Islamic State', 'ISIS', 'ISIL', 'Daesh', { text: 'IS', case: 'sensitive' }], syria),
  actor('hayat-tahrir-al-sham', 'group', 'Hayat Tahrir al-Sham', ['Hayat Tahrir al-Sham', { text: 'HTS', case: 'sensitive' }], syria),
  actor('syrian-democratic-forces', 'group', 'Syrian Democratic Forces', ['Syrian Democratic Forces', { text: 'SDF', case: 'sensitive' }], syria),
  actor('iran', 'state-body', 'Government of Iran', ['Iran', 'Tehran'], {}),
  term('term-so-called', ['so-called'], 'distancing', 'so-called'),
  term('term-foreign-backed', ['foreign-backed'], 'sponsorship', 'sponsorship'),
  term('term-sponsor-backed', [], 'sponsorship', 'sponsorship'),
  term('term-territory-held', [], 'territory', 'territory'),
  term('term-claimed', ['claimed', 'claims', 'claiming'], 'attribution', 'attribution'),
  term('term-admitted', ['admitted', 'admits'], 'attribution', 'attribution'),
  term('term-insisted', ['insisted', 'insists'], 'attribution', 'attribution'),
  term('term-alleged', ['alleged', 'allegedly'], 'attribution', 'attribution'),
  term('term-purported', ['purported', 'purportedly'], 'attribution', 'attribution'),
  term('term-conceded', ['conceded', 'concedes'], 'attribution', 'attribution'),
  term('term-said', [], 'attribution', 'attribution'),
  term('term-agentless-casualties', [], 'casualty', 'agentless'),
  term('term-killed', [], 'casualty', 'agentless'),
  term('term-died', [], 'casualty', 'agentless'),
  term('term-terrorist', ['terrorist', 'terrorists'], 'label'),
  term('term-militant', ['militant', 'militants'], 'label'),
  term('term-rebel', ['rebel', 'rebels'], 'label'),
  term('term-regime', ['regime'], 'label'),
];
