type Nudge = () => void;

// On globalThis because Next bundles instrumentation and route handlers separately: a module-level variable
// would not be shared between the worker and the code that queues jobs.
const KEY = Symbol.for("@tally/api/job-worker-nudge");
const globals = globalThis as typeof globalThis & { [KEY]?: Nudge };

/** Lets the running worker hear about queued jobs without waiting for its next poll. */
export function listenForJobNudges(nudge: Nudge): () => void {
  globals[KEY] = nudge;
  return () => {
    if (globals[KEY] === nudge) globals[KEY] = undefined;
  };
}

/** Asks the worker of this process, if any, to look for due jobs soon. */
export function nudgeJobWorker(): void {
  globals[KEY]?.();
}
