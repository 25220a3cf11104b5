import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@tally/db";
import { claimDueJobs, enqueueJobs, PermanentJobError, runDueJobs, startJobWorker, WORKER_STOPPED, type ClaimedJob, type JobHandlers, type NewJob } from "../src/jobs";
import { useTestDatabase } from "./support/database";

const database = useTestDatabase();
// Every test starts from an empty job table, so a run sees only that test's jobs.
beforeEach(async () => {
  await database().job.deleteMany();
});

const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function enqueueCommitted(db: PrismaClient, jobs: NewJob[]): Promise<number> {
  return db.$transaction((tx) => enqueueJobs(tx, jobs));
}

function recordingHandlers(kind = "test.record") {
  const ran: string[] = [];
  const handlers: JobHandlers = {
    [kind]: {
      async run(job) {
        ran.push((job.payload as { n: string }).n);
      },
    },
  };
  return { ran, handlers };
}

describe("enqueueJobs", () => {
  it("queues a list of jobs in one go and leaves out keys already queued", async () => {
    const db = database();
    expect(await enqueueCommitted(db, [{ kind: "test.record", payload: { n: "a" }, key: "test:a" }])).toBe(1);
    const queued = await enqueueCommitted(db, [
      { kind: "test.record", payload: { n: "a again" }, key: "test:a" },
      { kind: "test.record", payload: { n: "b" }, key: "test:b" },
      { kind: "test.record", payload: { n: "b twice in one list" }, key: "test:b" },
      { kind: "test.record", payload: { n: "c" } },
      { kind: "test.record", payload: { n: "d" } },
    ]);
    expect(queued).toBe(3);
    const rows = await db.job.findMany({ orderBy: { createdAt: "asc" }, select: { key: true, payload: true, status: true, attempts: true, maxAttempts: true } });
    expect(rows.map((row) => (row.payload as { n: string }).n).sort()).toEqual(["a", "b", "c", "d"]);
    expect(rows.every((row) => row.status === "pending" && row.attempts === 0 && row.maxAttempts === 8)).toBe(true);
  });

  it("keeps the organization, the start time and the attempts asked for", async () => {
    const db = database();
    const org = await db.organization.create({ data: { name: "Jobs Org", slug: `jobs-${Date.now()}` }, select: { id: true } });
    const runAt = new Date("2031-05-06T07:08:09.123Z");
    await enqueueCommitted(db, [{ kind: "test.record", payload: { n: "later", nested: { list: [1, "two"] } }, orgId: org.id, runAt, maxAttempts: 3 }]);
    const row = await db.job.findFirstOrThrow();
    expect(row).toMatchObject({ orgId: org.id, runAt, maxAttempts: 3, payload: { n: "later", nested: { list: [1, "two"] } } });
  });

  it("queues nothing when the transaction rolls back", async () => {
    const db = database();
    await expect(
      db.$transaction(async (tx) => {
        await enqueueJobs(tx, [{ kind: "test.record", payload: { n: "lost" } }]);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.job.count()).toBe(0);
  });

  it("does nothing for an empty list", async () => {
    expect(await enqueueCommitted(database(), [])).toBe(0);
  });
});

describe("runDueJobs", () => {
  it("runs due jobs with the handler of their kind and marks them done; later ones wait", async () => {
    const db = database();
    const now = new Date();
    await enqueueCommitted(db, [
      { kind: "test.record", payload: { n: "due" }, runAt: at(now, -1000) },
      { kind: "test.record", payload: { n: "later" }, runAt: at(now, 60_000) },
    ]);
    const { ran, handlers } = recordingHandlers();

    expect(await runDueJobs(db, handlers, now)).toEqual({ claimed: 1, done: 1, retrying: 0, failed: 0 });
    expect(ran).toEqual(["due"]);
    const done = await db.job.findFirstOrThrow({ where: { payload: { equals: { n: "due" } } } });
    expect(done).toMatchObject({ status: "done", attempts: 1, lockedUntil: null, lastError: null });
    expect(done.finishedAt).toBeInstanceOf(Date);

    expect(await runDueJobs(db, handlers, at(now, 61_000))).toMatchObject({ claimed: 1, done: 1 });
    expect(ran).toEqual(["due", "later"]);
    expect(await runDueJobs(db, handlers, at(now, 120_000))).toMatchObject({ claimed: 0 });
  });

  it("retries a failing job after a growing pause with jitter, then marks it failed when its attempts are used up", async () => {
    const db = database();
    const now = new Date();
    await enqueueCommitted(db, [{ kind: "test.flaky", payload: {}, maxAttempts: 3, runAt: now }]);
    const handlers: JobHandlers = {
      "test.flaky": { backoff: { firstMs: 10_000, factor: 3, maxMs: 1e9, jitter: 0.5 }, run: async () => Promise.reject(new Error("endpoint down")) },
    };
    // random() = 1 stretches the pause by the full jitter: 10 s × 1.5.
    expect(await runDueJobs(db, handlers, now, { random: () => 1 })).toEqual({ claimed: 1, done: 0, retrying: 1, failed: 0 });
    let row = await db.job.findFirstOrThrow();
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "endpoint down", lockedUntil: null, finishedAt: null });
    expect(row.runAt).toEqual(at(now, 15_000));

    // Not due before its time.
    expect((await runDueJobs(db, handlers, at(now, 14_000), { random: () => 1 })).claimed).toBe(0);
    // random() = 0 shortens the second pause by the full jitter: 30 s × 0.5.
    expect((await runDueJobs(db, handlers, at(now, 15_000), { random: () => 0 })).retrying).toBe(1);
    row = await db.job.findFirstOrThrow();
    expect(row).toMatchObject({ status: "pending", attempts: 2 });
    expect(row.runAt).toEqual(at(now, 30_000));

    expect(await runDueJobs(db, handlers, at(now, 30_000))).toMatchObject({ claimed: 1, failed: 1 });
    row = await db.job.findFirstOrThrow();
    expect(row).toMatchObject({ status: "failed", attempts: 3, lastError: "endpoint down", lockedUntil: null });
    expect(row.finishedAt).toBeInstanceOf(Date);
    expect((await runDueJobs(db, handlers, at(now, 10 * 86_400_000))).claimed).toBe(0);
  });

  it("marks a job failed at once when its handler says trying again cannot help", async () => {
    const db = database();
    await enqueueCommitted(db, [{ kind: "test.hopeless", payload: {} }]);
    const handlers: JobHandlers = { "test.hopeless": { run: async () => Promise.reject(new PermanentJobError("the thing is gone")) } };
    expect(await runDueJobs(db, handlers)).toMatchObject({ claimed: 1, failed: 1 });
    expect(await db.job.findFirstOrThrow()).toMatchObject({ status: "failed", attempts: 1, lastError: "the thing is gone" });
  });

  it("retries a job of a kind this process has no handler for, since another instance may have one", async () => {
    const db = database();
    await enqueueCommitted(db, [{ kind: "test.unknown", payload: {} }]);
    expect(await runDueJobs(db, {})).toMatchObject({ claimed: 1, retrying: 1 });
    expect(await db.job.findFirstOrThrow()).toMatchObject({ status: "pending", lastError: 'No handler for jobs of kind "test.unknown".' });
  });

  it("two workers never run one job twice", async () => {
    const db = database();
    const total = 60;
    await enqueueCommitted(
      db,
      Array.from({ length: total }, (_, index) => ({ kind: "test.record", payload: { n: String(index) } })),
    );
    const runs = new Map<string, number>();
    const handlers: JobHandlers = {
      "test.record": {
        async run(job) {
          const n = (job.payload as { n: string }).n;
          runs.set(n, (runs.get(n) ?? 0) + 1);
          // Long enough for the other workers to claim while this one holds its batch.
          await sleep(5);
        },
      },
    };
    const worker = async () => {
      let claimed = 0;
      for (;;) {
        const report = await runDueJobs(db, handlers, new Date(), { batchSize: 4 });
        if (report.claimed === 0) return claimed;
        claimed += report.claimed;
      }
    };
    const claimedByEach = await Promise.all([worker(), worker(), worker(), worker()]);

    expect(claimedByEach.reduce((sum, n) => sum + n, 0)).toBe(total);
    expect(claimedByEach.filter((n) => n > 0).length).toBeGreaterThan(1);
    expect(runs.size).toBe(total);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    expect(await db.job.count({ where: { status: "done", attempts: 1 } })).toBe(total);
  });

  it("runs a job again when its worker's lease ran out, and ignores that worker if it reports back late", async () => {
    const db = database();
    const now = new Date();
    await enqueueCommitted(db, [{ kind: "test.slow", payload: {}, runAt: now }]);
    let release!: () => void;
    const stuck = new Promise<void>((done) => (release = done));
    let runs = 0;
    const slowWorker: JobHandlers = {
      "test.slow": {
        async run() {
          runs += 1;
          await stuck;
          throw new Error("finished too late");
        },
      },
    };
    const healthyWorker: JobHandlers = { "test.slow": { run: async () => void (runs += 1) } };

    const first = runDueJobs(db, slowWorker, now, { leaseMs: 1_000 });
    while (runs === 0) await sleep(5);
    // Within the lease no one else takes the job.
    expect((await runDueJobs(db, healthyWorker, at(now, 999))).claimed).toBe(0);
    // After it, another worker does, and finishes it.
    expect(await runDueJobs(db, healthyWorker, at(now, 1_001))).toMatchObject({ claimed: 1, done: 1 });
    release();
    expect(await first).toMatchObject({ claimed: 1, retrying: 1 });

    expect(runs).toBe(2);
    expect(await db.job.findFirstOrThrow()).toMatchObject({ status: "done", attempts: 2, lastError: null });
  });

  it("gives a job up, telling its handler, when its worker stopped during the last attempt", async () => {
    const db = database();
    const now = new Date();
    await enqueueCommitted(db, [{ kind: "test.crash", payload: { n: "x" }, maxAttempts: 1, runAt: now }]);
    // A worker claims it and dies without reporting back.
    expect(await claimDueJobs(db, now, 10, 1_000)).toHaveLength(1);
    const givenUp: { job: ClaimedJob; reason: string }[] = [];
    let ran = false;
    const handlers: JobHandlers = {
      "test.crash": {
        run: async () => void (ran = true),
        giveUp: async (job, reason) => void givenUp.push({ job, reason }),
      },
    };
    expect(await runDueJobs(db, handlers, at(now, 2_000))).toMatchObject({ claimed: 1, failed: 1 });
    expect(ran).toBe(false);
    expect(givenUp).toHaveLength(1);
    expect(givenUp[0]!.reason).toBe(WORKER_STOPPED);
    expect(await db.job.findFirstOrThrow()).toMatchObject({ status: "failed", lastError: WORKER_STOPPED });
  });
});

describe("startJobWorker", () => {
  it("runs a job soon after the transaction that queued it commits", async () => {
    const db = database();
    const { ran, handlers } = recordingHandlers();
    // A long poll, so that only the nudge from enqueueJobs can explain a quick run.
    const worker = startJobWorker(db, { handlers, intervalMs: 60_000 });
    try {
      await sleep(300);
      await enqueueCommitted(db, [{ kind: "test.record", payload: { n: "nudged" } }]);
      const deadline = Date.now() + 5_000;
      while (!ran.length && Date.now() < deadline) await sleep(50);
      expect(ran).toEqual(["nudged"]);
    } finally {
      await worker.stop();
    }
    expect(await db.job.findFirstOrThrow()).toMatchObject({ status: "done" });
  });
});
