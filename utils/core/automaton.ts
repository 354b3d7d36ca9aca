/**
 * Aho–Corasick over folded patterns, as a dense DFA in one Int32Array whose rows are built when a scan first needs
 * them, scanning the original text while folding it on the fly (see normalize.ts). One pass finds every pattern;
 * there is no per-pattern RegExp and no intermediate folded copy of the text.
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
  private readonly dropSymbol: number;
  /** The space symbol, or -1 when no pattern has a space. */
  private readonly spaceSymbol: number;
  /**
   * Dense transitions, one row of alphabetSize entries per filled state. Entry [row + symbol] is the next state's
   * row, bit-inverted (negative) when the next state ends a pattern, so the hot loop tests for output without a
   * second lookup. Rows are filled on demand, in the order the scans first need them (see `fill`): building every
   * row up front costs far more than a page's scan, which visits a small part of the automaton, and filling in
   * order keeps the memory touched to the rows used. A transition into a state without a row yet holds
   * `unfilled - state`, below every bit-inverted row, and the scan resolves it when it first takes it.
   */
  private readonly delta: Int32Array;
  /** Markers of transitions into states without a row are this value or less. */
  private readonly unfilled: number;
  /** Rows filled so far; the root's is row 0, filled by the constructor. */
  private rowCount = 1;
  /** Per state: its row in `delta`, or -1 until filled. The scan only ever stands in filled rows. */
  private readonly stateRow: Int32Array;
  /** Per filled row (row / alphabetSize): its state. */
  private readonly rowState: Int32Array;
  /** Trie children as lists: few states have more than one child, so a dense table of them would be mostly empty. */
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly parent: Int32Array;
  /** Per state: the symbol of the trie edge that enters it. */
  private readonly edgeSymbol: Uint16Array;
  /**
   * Per state: its failure state (the longest proper suffix that is a trie state), or -1 until needed. Computed on
   * demand with the dictionary link, like the rows: for a child, it is where its parent's failure row leads.
   */
  private readonly failure: Int32Array;
  /** Per state: first pattern ending exactly here, or -1. */
  private readonly outputHead: Int32Array;
  /** Per state whose failure state is known: the nearest proper suffix state that ends a pattern, or -1. */
  private readonly dictionaryLink: Int32Array;

  private readonly result: ScanResult;

  constructor(patterns: readonly PatternSpec[]) {
    const { fold, changed } = foldTables();
    const count = patterns.length;
    this.folded = patterns.map((p) => foldText(p.text));
    this.patternLength = new Int32Array(count);
    this.patternIsTrigger = new Uint8Array(count);
    this.patternNext = new Int32Array(count).fill(-1);
    this.patternCase = patterns.map((p, i) => (p.caseSensitive && this.folded[i] ? foldText(p.text, true) : undefined));

    // The alphabet is the set of folded code units the patterns use; every other unit leads back to the root.
    const alphabet = new Uint16Array(0x10000);
    const alphabetCodes: number[] = [];
    let size = 1;
    let totalLength = 0;
    for (let p = 0; p < count; p++) {
      const f = this.folded[p]!;
      this.patternLength[p] = f.length;
      this.patternIsTrigger[p] = patterns[p]!.trigger ? 1 : 0;
      totalLength += f.length;
      for (let k = 0; k < f.length; k++) {
        const c = f.charCodeAt(k);
        if (alphabet[c] === 0) {
          alphabet[c] = size++;
          alphabetCodes.push(c);
        }
      }
    }
    // Invisible characters get a symbol of their own, whose transitions leave every state where it is.
    const dropSymbol = size++;
    if (size >= SYM_APOSTROPHE) throw new Error(`glossary alphabet too large (${size} symbols)`);
    const A = size;
    this.alphabetSize = A;
    this.dropSymbol = dropSymbol;
    this.spaceSymbol = alphabet[FOLD_SPACE] || -1;
    this.apostropheSymbol = alphabet[FOLD_APOSTROPHE]!;
    const symbolOf = (f: number) => (f === FOLD_DROP ? dropSymbol : f === FOLD_APOSTROPHE ? SYM_APOSTROPHE : alphabet[f]!);
    // Each unit's symbol is that of its folded code. Only the units the fold changes, and those it keeps that have a
    // symbol, need one written: every other unit keeps 0.
    const symbol = new Uint16Array(0x10000);
    for (const c of changed) symbol[c] = symbolOf(fold[c]!);
    for (const f of [...alphabetCodes, FOLD_DROP, FOLD_APOSTROPHE]) if (fold[f] === f) symbol[f] = symbolOf(f);
    this.symbol = symbol;

    // Trie. The root's children are also kept dense: nearly every pattern looks one up.
    const capacity = totalLength + 1;
    const outputHead = new Int32Array(capacity).fill(-1);
    const firstChild = new Int32Array(capacity).fill(-1);
    const nextSibling = new Int32Array(capacity);
    const parent = new Int32Array(capacity);
    const edgeSymbol = new Uint16Array(capacity);
    const rootChild = new Int32Array(A).fill(-1);
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
        const a = alphabet[f.charCodeAt(k)]!;
        let next = rootChild[a]!;
        if (s !== 0) for (next = firstChild[s]!; next >= 0 && edgeSymbol[next] !== a; next = nextSibling[next]!);
        if (next < 0) {
          next = states++;
          edgeSymbol[next] = a;
          parent[next] = s;
          nextSibling[next] = firstChild[s]!;
          firstChild[s] = next;
          if (s === 0) rootChild[a] = next;
        }
        s = next;
      }
      this.patternNext[p] = outputHead[s]!;
      outputHead[s] = p;
    }
    this.outputHead = outputHead.subarray(0, states);
    this.firstChild = firstChild;
    this.nextSibling = nextSibling;
    this.parent = parent;
    this.edgeSymbol = edgeSymbol;
    this.failure = new Int32Array(states).fill(-1);
    this.failure[0] = 0;
    this.dictionaryLink = new Int32Array(states).fill(-1);

    // Allocated whole but written row by row: the memory behind rows never filled is normally never touched.
    this.delta = new Int32Array(states * A);
    this.unfilled = ~(states * A);
    this.stateRow = new Int32Array(states).fill(-1);
    this.rowState = new Int32Array(states);
    // The root's row comes first: its children, not filled yet, and the root itself (row 0) on every other symbol.
    for (let child = firstChild[0]!; child >= 0; child = nextSibling[child]!) this.delta[edgeSymbol[child]!] = this.unfilled - child;
    this.stateRow[0] = 0;

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
      let next = delta[row + s]!;
      if (next < 0) {
        if (next <= this.unfilled) next = this.resolve(row + s, next);
        if (next < 0) {
          row = ~next;
          this.report(text, this.rowState[row / this.alphabetSize]!, i, charClass);
        } else row = next;
      } else row = next;
    }
    return this.result;
  }

  /** Replaces the marker at `cell` by the transition it stands for, filling the target's row first if need be. */
  private resolve(cell: number, marker: number): number {
    const state = this.unfilled - marker;
    this.rowOf(state);
    const next = this.encode(state);
    this.delta[cell] = next;
    return next;
  }

  /** The row of a state, filled first if need be. */
  private rowOf(state: number): number {
    const row = this.stateRow[state]!;
    return row >= 0 ? row : this.fill(state);
  }

  /**
   * Fills a state's row: its failure state's row (filled first, recursively: failure states are shallower) where
   * it has no child, its children, and the self-loops. A transition into a state without a row yet is written as a
   * marker, resolved when the scan first takes it.
   */
  private fill(state: number): number {
    const A = this.alphabetSize;
    const delta = this.delta;
    const failRow = this.rowOf(this.failureOf(state));
    const row = this.rowCount * A;
    this.rowState[this.rowCount++] = state;
    this.stateRow[state] = row;
    delta.copyWithin(row, failRow, failRow + A);
    for (let child = this.firstChild[state]!; child >= 0; child = this.nextSibling[child]!) {
      delta[row + this.edgeSymbol[child]!] = this.stateRow[child]! >= 0 ? this.encode(child) : this.unfilled - child;
    }
    // Self-loops are not pattern ends: the state's patterns were reported on entering it. A failure state is a
    // proper suffix, entered by a space only if this state is too, so a copied space self-loop is always replaced.
    delta[row + this.dropSymbol] = row;
    if (this.edgeSymbol[state] === this.spaceSymbol) delta[row + this.spaceSymbol] = row;
    return row;
  }

  /**
   * A state's failure state, computed with its dictionary link on first need (and those of its failure chain, which
   * `report` walks): the target, on the state's edge symbol, of its parent's failure row.
   */
  private failureOf(state: number): number {
    const known = this.failure[state]!;
    if (known >= 0) return known;
    const parent = this.parent[state]!;
    const f = parent === 0 ? 0 : this.targetOf(this.rowOf(this.failureOf(parent)) + this.edgeSymbol[state]!);
    this.failureOf(f);
    this.failure[state] = f;
    this.dictionaryLink[state] = this.outputHead[f]! >= 0 ? f : this.dictionaryLink[f]!;
    return f;
  }

  /**
   * The state a filled row's cell leads to. `failureOf` never reads a self-loop here: the state's edge is not the
   * drop symbol, and a space edge follows no space, so its parent's failure state is not entered by a space.
   */
  private targetOf(cell: number): number {
    const next = this.delta[cell]!;
    if (next <= this.unfilled) return this.unfilled - next;
    return this.rowState[(next < 0 ? ~next : next) / this.alphabetSize]!;
  }

  /** A filled state as a transition's target: its row, bit-inverted when it ends a pattern. */
  private encode(state: number): number {
    const row = this.stateRow[state]!;
    return this.outputHead[state]! >= 0 || this.dictionaryLink[state]! >= 0 ? ~row : row;
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
