export interface PollingWorker {
  /** Look for due work soon instead of at the next poll. */
  nudge(): void;
  /** Stops polling and waits for the work running right now. */
  stop(): Promise<void>;
}

export interface PollingWorkerOptions {
  /** Does one batch of due work; answers whether there may be more right away (a full batch, say). */
  runBatch(): Promise<boolean>;
  /** Calls `nudge` when another process or transaction queues work; answers how to stop listening. */
  listen(nudge: () => void): () => void;
  /** Time between looks at the table. */
  intervalMs: number;
  /** Reports a batch that threw; the worker itself never throws. */
  onError(error: unknown): void;
}

// A nudge comes from inside the transaction that queued the work; give it a moment to commit.
const NUDGE_DELAY_MS = 250;

/**
 * Polls a table of due work in the background of this process until stopped, one run at a time, draining a
 * backlog batch after batch, and sooner when nudged. Any number of processes may run one against the same
 * database: the batches' claims keep them from doing a piece of work twice.
 */
export function startPollingWorker({ runBatch, listen, intervalMs, onError }: PollingWorkerOptions): PollingWorker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let runAgain = false;
  let stopped = false;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delayMs);
    // Pending work must not keep a finished process alive; it stays in its table for the next start.
    timer.unref();
  };

  const drain = async () => {
    try {
      // Keep going while there may be more, so a backlog does not wait a poll per batch.
      while ((await runBatch()) && !stopped);
    } catch (error) {
      onError(error);
    }
  };

  const run = async () => {
    if (running) {
      runAgain = true;
      return;
    }
    running = drain();
    await running;
    running = undefined;
    schedule(runAgain ? 0 : intervalMs);
    runAgain = false;
  };

  const nudge = () => {
    if (running) runAgain = true;
    else schedule(NUDGE_DELAY_MS);
  };

  const stopListening = listen(nudge);
  schedule(0);

  return {
    nudge,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      stopListening();
      await running;
    },
  };
}
