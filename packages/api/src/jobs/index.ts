export { DEFAULT_BACKOFF, retryDelayMs, type BackoffPolicy } from "./backoff";
export { claimDueJobs, type ClaimedJob } from "./claim";
export { DEFAULT_MAX_ATTEMPTS, enqueueJobs, type NewJob } from "./enqueue";
export { PermanentJobError, type JobHandler, type JobHandlers } from "./handlers";
export { nudgeJobWorker } from "./nudge";
export { DEFAULT_BATCH_SIZE, DEFAULT_LEASE_MS, WORKER_STOPPED, runDueJobs, type RunOptions, type RunReport } from "./run";
export { startJobWorker, type JobWorker, type JobWorkerOptions } from "./worker";
