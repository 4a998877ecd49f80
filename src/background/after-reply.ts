// Work that does not decide a verdict — the popup's per-tab copy in storage.session, the toolbar
// badge, the detected-profile suggestion — runs after the content script has its answer, not before:
// those writes and browser calls were about half of a warm verdict's time in the worker (a
// measured breakdown in docs/decisions.md, "Verdict first"). They also read, change and write one
// per-tab record, so they run one at a time, in the order they were asked for: a verdict recorded
// after the reply can never overwrite a later "composer gone", a snooze or a tab forgotten on
// navigation. Everything that reads or writes per-tab state goes through `inOrder`.

let tail: Promise<unknown> = Promise.resolve();

/** Runs `task` after every task queued before it; resolves or rejects with its result. */
export function inOrder<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task);
  // The queue itself never rejects: one failed write must not stop the ones after it.
  tail = run.catch(() => undefined);
  return run;
}

/**
 * Queues `task` without waiting for it: the caller answers first. A timer, so the answer is
 * posted before the task's first browser call is made. Failures are dropped (the tab closed, a
 * quota): what they would have recorded is a copy, and the next verdict records it again.
 */
export function afterReply(task: () => Promise<unknown>): void {
  void inOrder(() => new Promise<void>((resolve) => setTimeout(resolve, 0)).then(task)).catch(() => undefined);
}

/** Resolves when every task queued so far is done (tests, and readers of per-tab state). */
export function settled(): Promise<void> {
  return inOrder(async () => undefined);
}
