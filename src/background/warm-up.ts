import { classify } from '../core/detect/classify';
import { db } from '../shared/storage/db';

// What a worker that just started does before its first event is delivered (background/main.ts).
// Measured on a cold start (docs/decisions.md, "Verdict first"): opening the database took 10–30 ms
// and the detector's first call 10–20 ms (its lazy look-ups, the model's weights, first compiles),
// one after the other, on the first verdict's path. Here they overlap: the database opens in the
// browser's process while the detector warms up on this thread. Neither changes any answer: the
// database is the same connection, and the detector keeps nothing between calls but caches.

/** A draft that takes the detector through its rules and its trained model once. */
const WARM_UP_DRAFT = 'Called in sick today, still hungover. Thrilled to share our quarterly results with the team.';

export function warmUp(): void {
  // Opening fails only when the database cannot be opened at all; the first real read says so.
  void db().open().catch(() => undefined);
  try {
    classify(WARM_UP_DRAFT);
  } catch {
    // A detector bug shows on the first real draft, with that draft's context; not here.
  }
}
