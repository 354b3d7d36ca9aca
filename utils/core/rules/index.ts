/** The context rules, in the order they run (the order does not decide overlaps: priorities do, see rule.ts). */
import { agentless } from './agentless';
import { attribution } from './attribution';
import type { Rule } from './rule';
import { soCalled } from './so-called';
import { sponsorship } from './sponsorship';
import { territory } from './territory';

export const RULES: readonly Rule[] = [soCalled, sponsorship, territory, attribution, agentless];
