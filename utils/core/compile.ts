/**
 * Glossary → one compiled automaton over every name, alias and term of the active entries, plus the trigger words
 * of the rules whose entries are active. Built once per glossary array and set of disabled entries, and cached:
 * the content script analyses many texts against the same glossary.
 */
import type { Entry, RuleId, Term } from '../glossary/schema';
import { Automaton, type PatternSpec } from './automaton';
import { RULES } from './rules';

export type TermCategory = Term['category'];

/** What a reader switched off on the options page. */
export interface Disabled {
  entryIds?: ReadonlySet<string>;
  categories?: ReadonlySet<TermCategory>;
}

export interface CompiledGlossary {
  automaton: Automaton;
  /** Per automaton pattern: the entry it names, or undefined for a rule's trigger word. */
  patternEntry: readonly (Entry | undefined)[];
  /** Per automaton pattern: the trigger word, for trigger patterns. */
  patternTrigger: readonly (string | undefined)[];
  /** The active entries. */
  entries: readonly Entry[];
  byId: ReadonlyMap<string, Entry>;
  /** Active term entries by the rule that owns them. */
  ruleEntries: ReadonlyMap<RuleId, readonly Entry[]>;
}

/** Compiled variants per glossary array; a few disabled-sets are kept, as a reader toggles entries back and forth. */
const cache = new WeakMap<readonly Entry[], Map<string, CompiledGlossary>>();
const VARIANTS_KEPT = 4;

export function compileGlossary(glossary: readonly Entry[], disabled: Disabled = {}): CompiledGlossary {
  const key = [...(disabled.entryIds ?? [])].sort().join(',') + '|' + [...(disabled.categories ?? [])].sort().join(',');
  let variants = cache.get(glossary);
  if (!variants) cache.set(glossary, (variants = new Map()));
  const cached = variants.get(key);
  if (cached) return cached;
  const compiled = build(glossary, disabled);
  if (variants.size >= VARIANTS_KEPT) variants.delete(variants.keys().next().value!);
  variants.set(key, compiled);
  return compiled;
}

function build(glossary: readonly Entry[], disabled: Disabled): CompiledGlossary {
  const entries = glossary.filter(
    (e) => !disabled.entryIds?.has(e.id) && !(e.term && disabled.categories?.has(e.term.category)),
  );
  const specs: PatternSpec[] = [];
  const patternEntry: (Entry | undefined)[] = [];
  const patternTrigger: (string | undefined)[] = [];
  const ruleEntries = new Map<RuleId, Entry[]>();
  for (const entry of entries) {
    for (const p of entry.patterns) {
      specs.push(typeof p === 'string' ? { text: p, caseSensitive: false, trigger: false } : { text: p.text, caseSensitive: p.case === 'sensitive', trigger: false });
      patternEntry.push(entry);
      patternTrigger.push(undefined);
    }
    const rule = entry.term?.rule;
    if (rule) ruleEntries.set(rule, [...(ruleEntries.get(rule) ?? []), entry]);
  }
  const triggers = new Set<string>();
  for (const rule of RULES) if (ruleEntries.has(rule.id)) for (const t of rule.triggers) triggers.add(t);
  for (const t of triggers) {
    specs.push({ text: t, caseSensitive: false, trigger: true });
    patternEntry.push(undefined);
    patternTrigger.push(t);
  }
  return {
    automaton: new Automaton(specs),
    patternEntry,
    patternTrigger,
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    ruleEntries,
  };
}
