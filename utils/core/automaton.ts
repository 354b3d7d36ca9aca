/**
 * Aho–Corasick over folded patterns, as a dense DFA in one Int32Array, scanning the original text while folding it
 * on the fly (see normalize.ts). One pass finds every pattern; there is no per-pattern RegExp and no intermediate
 * folded copy of the text.
 *
 * Two kinds of pattern share the automaton:
 *  - `match` patterns (glossary names, aliases and terms) compete: the scan keeps the leftmost-longest set of
 *    non-overlapping occurrences (an earlier start wins; at the same start the longer one wins);
 *  - `trigger` patterns (the words context rules look for: "backed", "held", "killed"…) are all reported, whatever
 *    they overlap, because the rules read them alongside the matches.
 * Folding costs the hot loop nothing beyond one table lookup: invisible characters have a symbol that loops every
 * state to itself, and a space has a self-loop at every state entered by a space, which collapses runs of spaces
 * and dashes. Only an apostrophe needs a look at its neighbours. A match's start is found, when it is reported,
 * by walking back over the original text with the same folding steps.
 *
 * Every occurrence must sit on word boundaries in the original text (a hyphen, an apostrophe or a possessive "’s" is
 * a boundary; a letter, digit or combining mark is not), and a case-sensitive pattern must equal the original text
 * in its own case.
 */
import {
  CLASS_MARK,
  CLASS_WORD,
  FOLD_APOSTROPHE,
  FOLD_DROP,
  FOLD_SPACE,
  apostropheJoins,
  foldTables,
  foldText,
} from './normalize';

export interface PatternSpec {
  text: string;
  caseSensitive: boolean;
  trigger: boolean;
}

/**
 * Where the scan's occurrences are, by pattern index. The arrays are the automaton's own buffers: valid until its
 * next scan, so the hot loop allocates nothing.
 */
export interface ScanResult {
  matchCount: number;
  matchStart: Int32Array;
  matchEnd: Int32Array;
  matchPattern: Int32Array;
  triggerCount: number;
  triggerStart: Int32Array;
  triggerEnd: Int32Array;
  triggerPattern: Int32Array;
}

/** The one code-unit class the scan loop handles outside the table: an apostrophe may be inside a word. */
const SYM_APOSTROPHE = 0xffff;

export class Automaton {
  /** Folded text of each pattern; empty when the pattern folds to nothing (it then never matches). */
  private readonly folded: readonly string[];
  private readonly patternLength: Int32Array;
  /** The pattern folded in its own case, for case-sensitive patterns only. */
  private readonly patternCase: readonly (string | undefined)[];
  private readonly patternIsTrigger: Uint8Array;
  /** Next pattern ending at the same node (same folded text). */
  private readonly patternNext: Int32Array;

  private readonly alphabetSize: number;
  /** Code unit → symbol (0: not in any pattern), or SYM_APOSTROPHE. */
  private readonly symbol: Uint16Array;
  private readonly apostropheSymbol: number;
  /**
   * Dense transitions. Entry [row + symbol] is the next state's row (state × alphabetSize), bit-inverted (negative)
   * when the next state ends a pattern, so the hot loop tests for output without a second lookup.
   */
  private readonly delta: Int32Array;
  /** Per state: first pattern ending exactly here, or -1. */
  private readonly outputHead: Int32Array;
  /** Per state: the nearest proper suffix state that ends a pattern, or -1. */
  private readonly dictionaryLink: Int32Array;

  private readonly result: ScanResult;

  constructor(patterns: readonly PatternSpec[]) {
    const { fold } = foldTables();
    const count = patterns.length;
    this.folded = patterns.map((p) => foldText(p.text));
    this.patternLength = new Int32Array(count);
    this.patternIsTrigger = new Uint8Array(count);
    this.patternNext = new Int32Array(count).fill(-1);
    this.patternCase = patterns.map((p, i) => (p.caseSensitive && this.folded[i] ? foldText(p.text, true) : undefined));

    // The alphabet is the set of folded code units the patterns use; every other unit leads back to the root.
    const alphabet = new Uint16Array(0x10000);
    let size = 1;
    let totalLength = 0;
    for (let p = 0; p < count; p++) {
      const f = this.folded[p]!;
      this.patternLength[p] = f.length;
      this.patternIsTrigger[p] = patterns[p]!.trigger ? 1 : 0;
      totalLength += f.length;
      for (let k = 0; k < f.length; k++) {
        const c = f.charCodeAt(k);
        if (alphabet[c] === 0) alphabet[c] = size++;
      }
    }
    // Invisible characters get a symbol of their own, whose transitions leave every state where it is.
    const dropSymbol = size++;
    if (size >= SYM_APOSTROPHE) throw new Error(`glossary alphabet too large (${size} symbols)`);
    const A = size;
    this.alphabetSize = A;
    const spaceSymbol = alphabet[FOLD_SPACE]!;
    this.apostropheSymbol = alphabet[FOLD_APOSTROPHE]!;
    const symbol = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      const f = fold[c]!;
      symbol[c] = f === FOLD_DROP ? dropSymbol : f === FOLD_APOSTROPHE ? SYM_APOSTROPHE : alphabet[f]!;
    }
    this.symbol = symbol;

    // Trie, with children written straight into the transition table (0 = no child: the root is nobody's child).
    const capacity = totalLength + 1;
    const table = new Int32Array(capacity * A);
    const outputHead = new Int32Array(capacity).fill(-1);
    /** States entered by a space: a further space keeps them where they are. */
    const enteredBySpace: number[] = [];
    let states = 1;
    // Insert case-insensitive patterns first and each group in reverse, so that the list at a state starts with the
    // case-sensitive ones (stricter, checked first) and, within a group, with the pattern listed first.
    const order: number[] = [];
    for (let p = count - 1; p >= 0; p--) if (!this.patternCase[p]) order.push(p);
    for (let p = count - 1; p >= 0; p--) if (this.patternCase[p]) order.push(p);
    for (const p of order) {
      const f = this.folded[p]!;
      if (f.length === 0) continue;
      let s = 0;
      for (let k = 0; k < f.length; k++) {
        const cell = s * A + alphabet[f.charCodeAt(k)]!;
        let next = table[cell]!;
        if (next === 0) {
          next = states++;
          table[cell] = next;
          if (f.charCodeAt(k) === FOLD_SPACE) enteredBySpace.push(next);
        }
        s = next;
      }
      this.patternNext[p] = outputHead[s]!;
      outputHead[s] = p;
    }

    // Breadth-first, in one pass: failure links, dictionary links, and the completed, encoded transitions. A state's
    // failure state is shallower, so its row is already complete and encoded when the state's own row is filled.
    const dictionaryLink = new Int32Array(states).fill(-1);
    const failRow = new Int32Array(states);
    const endsPattern = (state: number) => outputHead[state]! >= 0 || dictionaryLink[state]! >= 0;
    const encode = (state: number) => (endsPattern(state) ? ~(state * A) : state * A);
    const queue = new Int32Array(states);
    let head = 0;
    let tail = 0;
    for (let a = 0; a < A; a++) {
      const child = table[a]!;
      if (child === 0) continue;
      table[a] = encode(child);
      queue[tail++] = child;
    }
    while (head < tail) {
      const state = queue[head++]!;
      const row = state * A;
      const fRow = failRow[state]!;
      for (let a = 0; a < A; a++) {
        const child = table[row + a]!;
        if (child === 0) {
          table[row + a] = table[fRow + a]!;
          continue;
        }
        const f = table[fRow + a]!;
        const fState = (f < 0 ? ~f : f) / A;
        failRow[child] = fState * A;
        dictionaryLink[child] = outputHead[fState]! >= 0 ? fState : dictionaryLink[fState]!;
        table[row + a] = encode(child);
        queue[tail++] = child;
      }
    }
    // Self-loops go in last: the breadth-first pass must see the plain transitions. They are not encoded as
    // pattern ends, since the state's patterns were reported on entering it.
    for (let state = 0; state < states; state++) table[state * A + dropSymbol] = state * A;
    if (spaceSymbol !== 0) for (const state of enteredBySpace) table[state * A + spaceSymbol] = state * A;
    this.delta = table.subarray(0, states * A);
    this.outputHead = outputHead.subarray(0, states);
    this.dictionaryLink = dictionaryLink;

    this.result = {
      matchCount: 0,
      matchStart: new Int32Array(64),
      matchEnd: new Int32Array(64),
      matchPattern: new Int32Array(64),
      triggerCount: 0,
      triggerStart: new Int32Array(16),
      triggerEnd: new Int32Array(16),
      triggerPattern: new Int32Array(16),
    };
  }

  /** Number of states, for the benchmark's report. */
  get stateCount(): number {
    return this.outputHead.length;
  }

  scan(text: string): ScanResult {
    const { charClass } = foldTables();
    const symbol = this.symbol;
    const delta = this.delta;
    const apostropheSymbol = this.apostropheSymbol;
    this.result.matchCount = 0;
    this.result.triggerCount = 0;
    let row = 0;
    for (let i = 0, length = text.length; i < length; i++) {
      let s = symbol[text.charCodeAt(i)]!;
      if (s === SYM_APOSTROPHE) {
        if (apostropheJoins(text, i, charClass)) continue;
        s = apostropheSymbol;
      }
      const next = delta[row + s]!;
      if (next < 0) {
        row = ~next;
        this.report(text, row / this.alphabetSize, i, charClass);
      } else row = next;
    }
    return this.result;
  }

  /** All patterns ending at original index `last` (inclusive), longest first. */
  private report(text: string, state: number, last: number, charClass: Uint8Array): void {
    let end = last + 1;
    while (end < text.length && (charClass[text.charCodeAt(end)]! & CLASS_MARK) !== 0) end++;
    if (end < text.length && isGlued(text, end, charClass)) return;
    let placed = false;
    for (let s = this.outputHead[state]! >= 0 ? state : this.dictionaryLink[state]!; s >= 0; s = this.dictionaryLink[s]!) {
      for (let p = this.outputHead[s]!; p >= 0; p = this.patternNext[p]!) {
        const start = startOf(text, last, this.patternLength[p]!);
        if (start > 0 && isGlued(text, start - 1, charClass)) continue;
        const expected = this.patternCase[p];
        if (expected !== undefined && !sameCase(text, start, end, expected)) continue;
        if (this.patternIsTrigger[p] === 1) this.pushTrigger(start, end, p);
        else if (!placed) placed = this.place(start, end, p);
      }
    }
  }

  /**
   * Keeps the stack of chosen matches leftmost-longest. Candidates arrive by increasing end; one that contains the
   * top (starts no later) replaces it, one that starts later than an overlapping top is refused.
   */
  private place(start: number, end: number, pattern: number): boolean {
    const r = this.result;
    while (r.matchCount > 0) {
      const top = r.matchCount - 1;
      if (r.matchEnd[top]! <= start) break;
      if (start <= r.matchStart[top]!) r.matchCount--;
      else return false;
    }
    if (r.matchCount === r.matchStart.length) {
      r.matchStart = grow(r.matchStart);
      r.matchEnd = grow(r.matchEnd);
      r.matchPattern = grow(r.matchPattern);
    }
    r.matchStart[r.matchCount] = start;
    r.matchEnd[r.matchCount] = end;
    r.matchPattern[r.matchCount] = pattern;
    r.matchCount++;
    return true;
  }

  private pushTrigger(start: number, end: number, pattern: number): void {
    const r = this.result;
    if (r.triggerCount === r.triggerStart.length) {
      r.triggerStart = grow(r.triggerStart);
      r.triggerEnd = grow(r.triggerEnd);
      r.triggerPattern = grow(r.triggerPattern);
    }
    r.triggerStart[r.triggerCount] = start;
    r.triggerEnd[r.triggerCount] = end;
    r.triggerPattern[r.triggerCount] = pattern;
    r.triggerCount++;
  }
}

/**
 * Original index of the first of `length` folded symbols ending at `last`: the scan's folding steps, backwards.
 * A run of spaces and dashes is one symbol, standing at the run's first space (as `foldWithOffsets` places it).
 */
function startOf(text: string, last: number, length: number): number {
  const { fold, charClass } = foldTables();
  let i = last;
  for (let k = length; ; i--) {
    const f = fold[text.charCodeAt(i)]!;
    if (f === FOLD_DROP) continue;
    if (f === FOLD_APOSTROPHE && apostropheJoins(text, i, charClass)) continue;
    if (f === FOLD_SPACE) {
      for (let p = i - 1; p >= 0; p--) {
        const g = fold[text.charCodeAt(p)]!;
        if (g === FOLD_SPACE) i = p;
        else if (g !== FOLD_DROP) break;
      }
    }
    if (--k === 0) return i;
  }
}

/** Whether the code unit at `i` belongs to the word next to it: a word character or an apostrophe inside a word. */
function isGlued(text: string, i: number, charClass: Uint8Array): boolean {
  const c = text.charCodeAt(i);
  if ((charClass[c]! & CLASS_WORD) !== 0) return true;
  return foldTables().fold[c] === FOLD_APOSTROPHE && apostropheJoins(text, i, charClass);
}

/** Compares the original text in its own case with a case-sensitive pattern, folding as the scan does. */
function sameCase(text: string, start: number, end: number, expected: string): boolean {
  const { foldKeepCase, charClass } = foldTables();
  let k = 0;
  let prevSpace = true;
  for (let i = start; i < end; i++) {
    const f = foldKeepCase[text.charCodeAt(i)]!;
    if (f === FOLD_DROP) continue;
    if (f === FOLD_APOSTROPHE && apostropheJoins(text, i, charClass)) continue;
    if (f === FOLD_SPACE) {
      if (prevSpace) continue;
      prevSpace = true;
    } else prevSpace = false;
    if (expected.charCodeAt(k++) !== f) return false;
  }
  return k === expected.length;
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
