import type { BackoffPolicy } from "./backoff";
import type { ClaimedJob } from "./claim";

/** What a kind of job does. */
export interface JobHandler {
  /** Does the work, or throws: a throw is a failed attempt, retried after a pause until the job's attempts run out. */
  run(job: ClaimedJob): Promise<void>;
  /** How long to wait between attempts; default DEFAULT_BACKOFF. */
  backoff?: BackoffPolicy;
  /**
   * Told when the job is given up on without `run` having said so itself: its worker stopped during its last
   * attempt. Lets the handler leave its own records (a delivery log) in a final state.
   */
  giveUp?(job: ClaimedJob, reason: string): Promise<void>;
}

export type JobHandlers = Readonly<Record<string, JobHandler>>;

/** Thrown by a handler when trying again cannot help: the job is marked failed at once. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentJobError";
  }
}
