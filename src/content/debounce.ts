/** The clock and timers a Debounce uses (the page's by default; the unit test passes fakes). */
export interface DebounceClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const pageClock: DebounceClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Runs `run` once things have been quiet for a while: `poke(ms)` asks for one run `ms` after now,
 * replacing the one asked before (the last poke wins, as clearTimeout + setTimeout would do).
 *
 * Why not clearTimeout + setTimeout on every poke: pokes come from the editor's mutations, one
 * batch or more per keystroke, on the page's hot path. A poke that pushes the run later only
 * notes the new due time (a clock read and a compare); the timer already set fires early, sees it
 * is not due yet, and waits the rest. A poke that asks for an earlier run (0: check now) does
 * replace the timer.
 */
export class Debounce {
  private handle: unknown;
  /** When the pending run is due (clock time); meaningful only while `armed`. */
  private due = 0;
  /** When the timer that is set fires (clock time). */
  private fires = 0;
  private armed = false;

  constructor(private readonly run: () => void, private readonly clock: DebounceClock = pageClock) {}

  poke(ms: number): void {
    const due = this.clock.now() + ms;
    if (this.armed && due >= this.fires) {
      this.due = due;
      return;
    }
    this.cancel();
    this.arm(due, ms);
  }

  cancel(): void {
    if (!this.armed) return;
    this.armed = false;
    this.clock.clearTimeout(this.handle);
  }

  private arm(due: number, ms: number): void {
    this.armed = true;
    this.due = due;
    this.fires = due;
    this.handle = this.clock.setTimeout(() => this.fired(), ms);
  }

  private fired(): void {
    if (!this.armed) return;
    const left = this.due - this.clock.now();
    if (left > 0) return this.arm(this.due, left);
    this.armed = false;
    this.run();
  }
}
