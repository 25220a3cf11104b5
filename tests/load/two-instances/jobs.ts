import type { TwinContext } from "./context";

interface JobSummary {
  kind: string;
  task: string | null;
  jobs: string;
  done: string;
  pending: string;
  claimed_twice: string;
  instants: string;
}

/**
 * Every job was claimed once: a claim counts an attempt, so a job that two workers took would show two.
 * Each scheduled instant of a periodic task is one job, however many instances ticked for it.
 */
export async function checkJobs(context: TwinContext): Promise<void> {
  const { rows } = await context.sql.query<JobSummary>(
    `SELECT "kind", "payload"->>'task' AS "task", count(*) AS "jobs",
            count(*) FILTER (WHERE "status" = 'done') AS "done",
            count(*) FILTER (WHERE "status" IN ('pending', 'running')) AS "pending",
            count(*) FILTER (WHERE "attempts" > 1) AS "claimed_twice",
            count(DISTINCT "payload"->>'scheduledAt') AS "instants"
       FROM "Job" GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const failed = await context.sql.query<{ count: string }>(`SELECT count(*) FROM "Job" WHERE "status" = 'failed'`);
  const twice = rows.reduce((sum, row) => sum + Number(row.claimed_twice), 0);
  const periodicOnce = rows.filter((row) => row.kind === "periodic").every((row) => row.instants === row.jobs);
  const described = rows.map((row) => `${row.task ?? row.kind} ${row.done}/${row.jobs} done${row.kind === "periodic" ? ` (${row.instants} instants)` : ""}`).join(", ");
  context.report.check(
    "jobs claimed once",
    rows.length > 0 && twice === 0 && periodicOnce && Number(failed.rows[0]?.count) === 0,
    `${described}; claimed more than once: ${twice}, failed: ${failed.rows[0]?.count}`,
  );
}
