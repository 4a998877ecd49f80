/**
 * Wakes the background worker when typing starts after a quiet spell.
 *
 * MV3 stops an idle worker about 30 s after its last event (Firefox's event page likewise), and
 * starting it again costs ~170 ms before it can answer (bench: "service worker cold start"), which
 * would land after the 300 ms debounce, on the verdict the person waits for. A tiny message at the
 * first key (or focus) after a quiet spell starts it during the debounce instead; the draft itself
 * is not in that message. While messages flow (a verdict at every pause) nothing more is sent.
 */

/**
 * Well under the browsers' 30 s idle stop, so a worker stopped early (an update, memory pressure)
 * is also caught; at most one extra message per typing burst, and none while keys keep coming.
 */
export const WAKE_AFTER_QUIET_MS = 5_000;

export class WorkerWake {
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly wake: () => Promise<unknown>,
    private readonly now: () => number = () => performance.now(),
    private readonly quietMs = WAKE_AFTER_QUIET_MS,
  ) {}

  /** A message is going to the worker: it is awake for a while. */
  contacted(): void {
    this.last = this.now();
  }

  /** Typing or focus in a compose box: wake the worker if nothing went to it for a while. */
  typing(): void {
    const now = this.now();
    if (now - this.last < this.quietMs) return;
    this.last = now;
    // A worker that cannot be reached now is reached by the verdict's own retries later.
    this.wake().catch(() => undefined);
  }
}
