// A per-key sliding-window limit for messages a buggy content script could send in a loop
// ("ignore this phrase", decision records, opening the popup). Kept in memory on purpose, against
// this worker's rule of no module state: if MV3 kills the worker the counts start again, which is
// harmless (an idle worker means no loop is running), and a storage write per message to count
// messages would cost more than the messages.

export interface RateLimiter {
  /** Whether one more event for `key` fits in the window; counts it when it does. */
  allow(key: string, now?: number): boolean;
}

/** Keys kept before the ones with nothing in the window are swept (closed tabs). */
const SWEEP_AT = 200;

export function createRateLimiter(limit: number, windowMs: number): RateLimiter {
  const seen = new Map<string, number[]>();
  return {
    allow(key, now = Date.now()) {
      const since = now - windowMs;
      const times = (seen.get(key) ?? []).filter((t) => t > since);
      const allowed = times.length < limit;
      if (allowed) times.push(now);
      seen.set(key, times);
      if (seen.size > SWEEP_AT) {
        for (const [k, ts] of seen) if (!ts.some((t) => t > since)) seen.delete(k);
      }
      return allowed;
    },
  };
}
