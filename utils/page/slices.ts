/**
 * Long work on the page's main thread, cut into slices: a loop asks `due()` as it goes and, when the slice has run
 * its budget, awaits `pause()`, which gives the page its turn (input, rendering, its own scripts) before the loop
 * goes on. After every pause the work asks whether it is still wanted — the reader may have closed the sidebar or
 * clicked again meanwhile — and stops with `Cancelled` if not, so nothing of a stale run touches the page.
 */
import { nextTask } from './frame-timer';

/** Thrown by `pause()` when the work it belongs to is no longer wanted. */
export class Cancelled extends Error {
  constructor() {
    super('Framing Lens stopped work that was no longer wanted.');
    this.name = 'Cancelled';
  }
}

/** How long one slice may run: well under the 50 ms that makes a task long, so a frame and an input fit between. */
export const SLICE_MS = 10;

type Yield = () => Promise<void>;

export class Slices {
  private started = Date.now();

  constructor(
    /** Whether the work is still wanted; asked after every pause. */
    private readonly wanted: () => boolean = () => true,
    private readonly budgetMs = SLICE_MS,
    /**
     * A channel message: a task queued behind whatever the page has queued. Not `scheduler.yield()`, whose
     * continuations Chrome runs ahead of the page's own timers and messages: measured with it, a page's task waited
     * for the whole analysis (bench:long-tasks, "worst ping"), though frames and input still got through.
     */
    private readonly yieldToPage: Yield = nextTask,
  ) {}

  /**
   * True once the current slice has used its budget: time to `pause()`. Loops ask it for every node they copy or walk
   * (22,218 times in one opening on the 1 MB Wikipedia page): `Date.now()` costs a page about 0.1 µs against 0.45 for
   * `performance.now()`, and whole milliseconds are fine enough for a budget of ten. A clock set back is read as due,
   * not as a slice that never ends.
   */
  due(): boolean {
    const ran = Date.now() - this.started;
    return ran >= this.budgetMs || ran < 0;
  }

  /** Gives the page its turn; throws `Cancelled` if the work is no longer wanted when it resumes. */
  async pause(): Promise<void> {
    await this.yieldToPage();
    this.check();
    this.started = Date.now();
  }

  /** Throws `Cancelled` if the work is no longer wanted: after a wait of its own (a reply from the background). */
  check(): void {
    if (!this.wanted()) throw new Cancelled();
  }

  /** Pauses only if the slice has used its budget. */
  async breathe(): Promise<void> {
    if (this.due()) await this.pause();
  }
}

/** Slices that never pause: for work that runs where there is no page to yield to (tests, scripts). */
export const UNSLICED = new Slices(() => true, Number.POSITIVE_INFINITY);
