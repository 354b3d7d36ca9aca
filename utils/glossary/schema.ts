/**
 * The glossary's schema. Data files under data/glossary/ are validated against it in tests and at build time
 * (wxt.config.ts), so an invalid entry never ships.
 */
import * as v from 'valibot';

/** The conflicts an entry can belong to; the coverage report counts by these. */
export const CONFLICTS = [
  'syria',
  'iraq',
  'israel-palestine',
  'lebanon',
  'iran',
  'yemen',
  'afghanistan-pakistan',
  'russia-ukraine',
  'sudan',
  'sahel',
  'nigeria',
  'somalia',
  'ethiopia-eritrea',
  'dr-congo',
  'libya',
  'kurdish',
  'myanmar',
  'colombia',
  'transnational-jihadism',
  'domestic-politics',
  'general',
] as const;

export const ACTOR_KINDS = [
  'group',
  'party',
  'state-body',
  'security-force',
  'international-body',
  'ngo',
  'outlet',
  'person',
] as const;

export const TERM_CATEGORIES = [
  'label',
  'euphemism',
  'distancing',
  'sponsorship',
  'territory',
  'attribution',
  'casualty',
  'domestic',
] as const;

/** Context rules that own a term entry: the engine finds these by rule, not only by pattern. */
export const RULES = ['so-called', 'sponsorship', 'territory', 'attribution', 'agentless'] as const;

// The messages of patterns and checks are message names: plain-problems.ts has them worded from the locale file.
const IsoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'problem_write_date'));
/** A fact's date may be as precise as the sources are: a year, a month or a day. */
const PartialDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'problem_write_partial_date'));
const Text = v.pipe(v.string(), v.trim(), v.minLength(1));

export const SourceSchema = v.object({
  title: v.pipe(v.string(), v.minLength(3)),
  url: v.pipe(v.string(), v.url(), v.regex(/^https:\/\//, 'problem_write_https')),
});

/**
 * A pattern is the text to match. Matching folds case, quotes, dashes and diacritics by default; `case: "sensitive"`
 * keeps case for acronyms that collide with words ("IS", "COI"). Every inflection is its own pattern.
 */
export const PatternSchema = v.union([
  Text,
  v.object({ text: Text, case: v.picklist(['sensitive', 'insensitive']) }),
]);

export const NameChangeSchema = v.object({
  name: Text,
  from: v.optional(PartialDate),
  to: v.optional(PartialDate),
  note: v.optional(Text),
});

export const DesignationSchema = v.object({
  /** Who lists the group: a government, the UN Security Council, the EU… */
  by: Text,
  year: v.pipe(v.number(), v.integer(), v.minValue(1945), v.maxValue(2100)),
  note: v.optional(Text),
  source: SourceSchema,
});

export const BackingSchema = v.object({
  backer: Text,
  note: v.optional(Text),
  source: SourceSchema,
});

export const OutletSchema = v.object({
  ownership: v.picklist(['state-owned', 'state-funded-public', 'private', 'party-owned', 'nonprofit', 'cooperative']),
  owner: Text,
  funding: Text,
  country: Text,
  /** Hostnames that identify the outlet's site (without "www."); the sidebar opens with its card there. */
  hostnames: v.array(v.pipe(v.string(), v.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'problem_write_hostname'))),
});

export const GuidanceSchema = v.object({
  /** The style guide: "AP Stylebook", "BBC Editorial Guidelines", "Reuters Handbook of Journalism", "Wikipedia: Words to watch". */
  guide: Text,
  advice: Text,
  source: SourceSchema,
});

export const TermSchema = v.object({
  category: v.picklist(TERM_CATEGORIES),
  /** What the word does to the reader. */
  effect: Text,
  /** Who tends to use it. */
  usedBy: Text,
  alternatives: v.array(Text),
  guidance: v.array(GuidanceSchema),
  /** Ids of the entries that name the same thing from the other side. */
  mirrors: v.array(Text),
  /** A context rule that finds this term beyond its plain patterns. */
  rule: v.optional(v.picklist(RULES)),
  /** The plain word the other entries point to as the neutral choice ("fighters", "said"): listed, never highlighted. */
  neutral: v.optional(v.literal(true)),
  /**
   * Raised only at the reader's "more" level: a flag whose framing sense the words around it tell too seldom for the
   * default (the passive "were killed": most such sentences name the cause, or the agent a line away).
   */
  level: v.optional(v.literal('more')),
});

export const EntrySchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'problem_write_id')),
    kind: v.picklist([...ACTOR_KINDS, 'term']),
    name: Text,
    patterns: v.array(PatternSchema),
    summary: v.pipe(Text, v.minLength(40)),
    sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
    reviewed: IsoDay,
    conflicts: v.optional(v.array(v.picklist(CONFLICTS))),
    /** Former and later names, with dates. */
    names: v.optional(v.array(NameChangeSchema)),
    /** Which side of a conflict the actor belongs to, as a stable id ("syria:government", "syria:opposition"). */
    side: v.optional(Text),
    backers: v.optional(v.array(BackingSchema)),
    designations: v.optional(v.array(DesignationSchema)),
    /** A person's role, as reported at the time of the conflicts the entry covers. */
    role: v.optional(Text),
    outlet: v.optional(OutletSchema),
    term: v.optional(TermSchema),
  }),
  v.check((e) => (e.kind === 'term') === (e.term !== undefined), 'problem_term_block'),
  v.check((e) => (e.kind === 'outlet') === (e.outlet !== undefined), 'problem_outlet_block'),
  v.check(
    (e) => e.patterns.length > 0 || e.term?.rule !== undefined || e.term?.neutral === true,
    'problem_needs_pattern',
  ),
  v.check((e) => !(e.term?.neutral && e.patterns.length > 0), 'problem_neutral_no_patterns'),
);

export const GlossaryFileSchema = v.array(EntrySchema);

export type Source = v.InferOutput<typeof SourceSchema>;
export type Pattern = v.InferOutput<typeof PatternSchema>;
export type Entry = v.InferOutput<typeof EntrySchema>;
export type EntryKind = Entry['kind'];
export type Term = v.InferOutput<typeof TermSchema>;
export type Conflict = (typeof CONFLICTS)[number];
export type RuleId = (typeof RULES)[number];
