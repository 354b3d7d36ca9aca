/**
 * The rule vocabulary kept as data (data/descriptors.json): neutral descriptors of each side, which side a label
 * term speaks of, and the lower-case words that may head an "X-backed" or "X-held" compound. Validated by the unit
 * tests (and, outside a production build, at first use: see ./shipped-data.ts).
 */
import * as v from 'valibot';
import raw from '../../data/descriptors.json';
import { shippedData } from './shipped-data';
import { Automaton } from './automaton';
import { foldText } from './normalize';

/** `state`: the government and its forces. `armed-group`: non-state armed groups, named or not. */
export const SIDE_ROLES = ['state', 'armed-group'] as const;
export type SideRole = (typeof SIDE_ROLES)[number];

const Word = v.pipe(v.string(), v.regex(/^[a-z]+$/, 'one lower-case word'));
const Phrase = v.pipe(v.string(), v.trim(), v.minLength(2), v.regex(/^[a-z][a-z .-]*$/, 'a lower-case phrase'));

export const DescriptorsSchema = v.object({
  $comment: v.optional(v.string()),
  roles: v.array(v.object({ role: v.picklist(SIDE_ROLES), texts: v.pipe(v.array(Phrase), v.minLength(1)) })),
  /** Label term ids that speak of a side other than the armed groups ("term-regime" speaks of the state). */
  labelRoles: v.record(v.pipe(v.string(), v.regex(/^term-[a-z0-9-]+$/)), v.picklist(SIDE_ROLES)),
  sponsorWords: v.array(Word),
  holderWords: v.array(Word),
});

export type Descriptors = v.InferOutput<typeof DescriptorsSchema>;

export interface DescriptorMatch {
  start: number;
  end: number;
  role: SideRole;
}

export interface DescriptorVocabulary {
  labelRoles: ReadonlyMap<string, SideRole>;
  sponsorWords: ReadonlySet<string>;
  holderWords: ReadonlySet<string>;
  find(text: string): DescriptorMatch[];
}

/** Checks a descriptors file beyond its shape: a descriptor belongs to one role only. */
export function descriptorProblems(data: Descriptors): string[] {
  const seen = new Map<string, SideRole>();
  const problems: string[] = [];
  for (const { role, texts } of data.roles) {
    for (const text of texts) {
      const key = foldText(text);
      const other = seen.get(key);
      if (other !== undefined) problems.push(`"${text}" is listed for ${other} and ${role}`);
      seen.set(key, role);
    }
  }
  return problems;
}

export function vocabularyOf(data: Descriptors): DescriptorVocabulary {
  const roles: SideRole[] = [];
  const automaton = new Automaton(
    data.roles.flatMap(({ role, texts }) =>
      texts.map((text) => {
        roles.push(role);
        return { text, caseSensitive: false, trigger: false };
      }),
    ),
  );
  return {
    labelRoles: new Map(Object.entries(data.labelRoles)),
    sponsorWords: new Set(data.sponsorWords),
    holderWords: new Set(data.holderWords),
    find(text) {
      const r = automaton.scan(text);
      const found: DescriptorMatch[] = [];
      for (let k = 0; k < r.matchCount; k++) {
        found.push({ start: r.matchStart[k]!, end: r.matchEnd[k]!, role: roles[r.matchPattern[k]!]! });
      }
      return found;
    },
  };
}

let vocabulary: DescriptorVocabulary | undefined;

/** The shipped vocabulary, compiled on first use. */
export function descriptors(): DescriptorVocabulary {
  vocabulary ??= vocabularyOf(shippedData(DescriptorsSchema, raw));
  return vocabulary;
}
