import { beforeEach, describe, expect, it } from "vitest";
import { runDueJobs } from "../src/jobs";
import { PERIODIC_JOB, periodicJobHandler, periodicJobKey, queuePeriodicRun, scheduledInstant, startScheduler, type PeriodicTask } from "../src/schedule";
import { useTwoInstances } from "./support/two-instances";

const instances = useTwoInstances();
const database = () => instances().db;
beforeEach(async () => {
  await database().job.deleteMany();
});

function recordingTask(name = "test-task", cron = "*/5 * * * *") {
  const runs: Date[] = [];
  const task: PeriodicTask = {
    name,
    cron,
    async run(_db, now) {
      runs.push(now);
    },
  };
  return { task, runs };
}

describe("scheduledInstant", () => {
  it("maps a tick to the last scheduled instant at or before it", () => {
    expect(scheduledInstant("*/5 * * * *", new Date("2026-12-01T00:10:00.000Z")).toISOString()).toBe("2026-12-01T00:10:00.000Z");
    expect(scheduledInstant("*/5 * * * *", new Date("2026-12-01T00:10:04.900Z")).toISOString()).toBe("2026-12-01T00:10:00.000Z");
    expect(scheduledInstant("*/5 * * * *", new Date("2026-12-01T00:14:59.999Z")).toISOString()).toBe("2026-12-01T00:10:00.000Z");
    expect(scheduledInstant("*/2 * * * * *", new Date("2026-12-01T00:10:03.500Z")).toISOString()).toBe("2026-12-01T00:10:02.000Z");
  });
});

describe("queuePeriodicRun", () => {
  it("queues one job for an instant however many schedulers tick for it, and a new one for the next instant", async () => {
    const db = database();
    const { task } = recordingTask();
    const slot = new Date("2026-12-01T00:10:00.000Z");
    const { other } = instances();
    const queued = await Promise.all([queuePeriodicRun(db, task, slot), queuePeriodicRun(other, task, slot), queuePeriodicRun(db, task, slot)]);
    expect(queued.filter(Boolean)).toHaveLength(1);
    expect(await queuePeriodicRun(db, task, new Date("2026-12-01T00:15:00.000Z"))).toBe(true);
    const jobs = await db.job.findMany({ orderBy: { runAt: "asc" }, select: { kind: true, key: true, runAt: true, payload: true } });
    expect(jobs).toEqual([
      { kind: PERIODIC_JOB, key: periodicJobKey("test-task", slot), runAt: slot, payload: { task: "test-task", scheduledAt: slot.toISOString() } },
      expect.objectContaining({ key: "periodic:test-task:2026-12-01T00:15:00.000Z" }),
    ]);
  });
});

describe("periodicJobHandler", () => {
  it("runs the task a queued job names, once, as of the moment it runs", async () => {
    const db = database();
    const { task, runs } = recordingTask();
    const other = recordingTask("other-task");
    const slot = new Date(Date.now() - 60_000);
    await queuePeriodicRun(db, task, slot);
    const ranAt = new Date("2026-12-01T00:11:00.000Z");
    const handlers = { [PERIODIC_JOB]: periodicJobHandler(db, [task, other.task], () => ranAt) };
    expect(await runDueJobs(db, handlers)).toMatchObject({ claimed: 1, done: 1 });
    expect(await runDueJobs(db, handlers)).toMatchObject({ claimed: 0 });
    expect(runs).toEqual([ranAt]);
    expect(other.runs).toEqual([]);
  });

  it("fails a job naming no known task at once", async () => {
    const db = database();
    await queuePeriodicRun(db, { name: "gone" }, new Date(Date.now() - 1000));
    const handlers = { [PERIODIC_JOB]: periodicJobHandler(db, [recordingTask().task]) };
    expect(await runDueJobs(db, handlers)).toMatchObject({ claimed: 1, failed: 1 });
    expect(await db.job.findFirstOrThrow({ select: { status: true, lastError: true } })).toEqual({ status: "failed", lastError: 'No periodic task is named "gone".' });
  });

  it("retries a task that throws", async () => {
    const db = database();
    const failing: PeriodicTask = { name: "failing", cron: "* * * * *", run: () => Promise.reject(new Error("database busy")) };
    await queuePeriodicRun(db, failing, new Date(Date.now() - 1000));
    expect(await runDueJobs(db, { [PERIODIC_JOB]: periodicJobHandler(db, [failing]) })).toMatchObject({ claimed: 1, retrying: 1 });
  });
});

describe("startScheduler", () => {
  it("queues a job per tick and nothing after it is stopped", async () => {
    const db = database();
    const { task } = recordingTask("every-second", "* * * * * *");
    const scheduler = startScheduler(db, [task]);
    await new Promise((done) => setTimeout(done, 2_300));
    await scheduler.stop();
    const keys = (await db.job.findMany({ select: { key: true } })).map((job) => job.key);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(keys.every((key) => /^periodic:every-second:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/.test(key ?? ""))).toBe(true);
    await new Promise((done) => setTimeout(done, 1_200));
    expect(await db.job.count()).toBe(keys.length);
  });
});
