/**
 * `pnpm --filter @tally/e2e bench:soak`: 200 people, each signed in with a session of their own, use the production
 * build at once for five minutes: they open the KPI list, one of their KPIs, the overview, My KPIs and Due, and
 * record values of the KPIs they contribute to, each pausing between requests as a person would. Prints the errors
 * (there must be none), the latency percentiles and the server's resident memory sampled along the way.
 *
 * autocannon sends one set of headers on every connection; here every person carries their own cookie, so the
 * people are plain fetch loops over Node's keep-alive HTTP client.
 *
 * SOAK_SECONDS (300), SOAK_PEOPLE (200), SOAK_THINK_MS (1000, the pause between one person's requests) and
 * BENCH_SCALE (0.25: 506 KPIs, 78,000 check-ins in the big organization) change the run.
 */
import { addDays, currentPeriodStart } from "@tally/domain";
import { createMigratedDatabase } from "../support/database.ts";
import { machineLoad } from "../support/machine.ts";
import { residentMb, startAppServer } from "./app-server.ts";
import { generateBenchData } from "./generate.ts";
import { signInAll } from "./sign-in.ts";
import { benchSizes } from "./sizes.ts";
import { trpcQuery } from "./trpc.ts";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const PEOPLE = Number(process.env.SOAK_PEOPLE ?? 200);
const THINK_MS = Number(process.env.SOAK_THINK_MS ?? 1000);
const SAMPLE_EVERY_MS = 10_000;
const PORT = Number(process.env.BENCH_PORT ?? 3200) + 2;
/** One request in WRITE_EVERY records a value. */
const WRITE_EVERY = 5;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
const sizes = { ...benchSizes(Number(process.env.BENCH_SCALE ?? 0.25)), people: PEOPLE };

const database = await createMigratedDatabase(process.env.BENCH_DATABASE_PREFIX ?? "tally_bench");
let stopApp: (() => Promise<void>) | undefined;
let failed = false;
try {
  const fixture = await generateBenchData(database.url, sizes);
  const app = await startAppServer({ databaseUrl: database.url, port: PORT });
  stopApp = app.stop;
  const pid = app.serverPid();
  const people = fixture.people.slice(0, PEOPLE);
  const signInStarted = performance.now();
  const sessions = await signInAll(app.baseUrl, people.map((person) => person.email), fixture.password);
  console.log(`soak: ${sessions.size} people signed in (${((performance.now() - signInStarted) / 1000).toFixed(1)} s); ${machineLoad()}`);

  const slug = fixture.orgSlug;
  const week = currentPeriodStart(fixture.today, "weekly", fixture.weekStart);
  const latencies: number[] = [];
  const errors: string[] = [];
  let reads = 0;
  let writes = 0;
  const memory: { second: number; mb: number; load: string }[] = [{ second: 0, mb: residentMb(pid), load: machineLoad() }];
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  const sampler = setInterval(() => memory.push({ second: Math.round((performance.now() - started) / 1000), mb: residentMb(pid), load: machineLoad() }), SAMPLE_EVERY_MS);

  async function person(email: string, index: number) {
    const cookie = sessions.get(email)!;
    const own = fixture.kpisOf[email] ?? [];
    for (let step = index; performance.now() < deadline; step += 1) {
      const kpiId = own[step % Math.max(1, own.length)];
      const write = kpiId !== undefined && step % WRITE_EVERY === 0;
      const reading = [
        trpcQuery("kpi.list", { orgSlug: slug, page: 1 + (step % 3) }),
        kpiId ? trpcQuery("kpi.get", { orgSlug: slug, kpiId }) : trpcQuery("kpi.list", { orgSlug: slug }),
        trpcQuery("dashboard.overview", { orgSlug: slug }),
        trpcQuery("dashboard.mine", { orgSlug: slug }),
        trpcQuery("checkIn.due", { orgSlug: slug }),
      ][step % 5]!;
      const request: { path: string; init: RequestInit } = write
        ? {
            path: "/api/trpc/checkIn.record",
            init: {
              method: "POST",
              headers: { cookie, "content-type": "application/json" },
              body: JSON.stringify({ json: { orgSlug: slug, kpiId, date: addDays(week, -7 * (step % 4)), value: String(80 + (step % 40)), comment: "" } }),
            },
          }
        : { path: reading, init: { headers: { cookie } } };
      const sent = performance.now();
      try {
        const response = await fetch(`${app.baseUrl}${request.path}`, request.init);
        await response.arrayBuffer();
        if (!response.ok) errors.push(`${response.status} ${request.path.split("?")[0]}`);
      } catch (error) {
        errors.push(`${(error as Error).message} ${request.path.split("?")[0]}`);
      }
      latencies.push(performance.now() - sent);
      if (write) writes += 1;
      else reads += 1;
      await new Promise((done) => setTimeout(done, THINK_MS));
    }
  }

  await Promise.all(people.map((member, index) => person(member.email, index)));
  clearInterval(sampler);
  memory.push({ second: Math.round((performance.now() - started) / 1000), mb: residentMb(pid), load: machineLoad() });

  const sorted = [...latencies].sort((a, b) => a - b);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nsoak: ${people.length} people for ${seconds.toFixed(0)} s: ${reads} reads and ${writes} writes (${((reads + writes) / seconds).toFixed(0)} requests/s), ${errors.length} errors`);
  console.log(`soak: latency p50 ${percentile(sorted, 50).toFixed(0)} ms, p90 ${percentile(sorted, 90).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${percentile(sorted, 100).toFixed(0)} ms`);
  console.log("soak: next-server resident memory (VmRSS):");
  for (const sample of memory) console.log(`  ${String(sample.second).padStart(4)} s  ${sample.mb.toFixed(0).padStart(5)} MB   ${sample.load}`);
  const firstHalf = memory.slice(1, Math.ceil(memory.length / 2)).map((sample) => sample.mb);
  const secondHalf = memory.slice(Math.ceil(memory.length / 2)).map((sample) => sample.mb);
  const peak = (values: number[]) => (values.length ? Math.max(...values) : 0);
  console.log(`soak: memory peak ${peak(firstHalf).toFixed(0)} MB in the first half, ${peak(secondHalf).toFixed(0)} MB in the second`);
  if (errors.length) {
    failed = true;
    const counts = new Map<string, number>();
    for (const error of errors) counts.set(error, (counts.get(error) ?? 0) + 1);
    console.error(`soak: errors:\n${[...counts].map(([error, count]) => `  ${count} × ${error}`).join("\n")}`);
  }
} finally {
  await stopApp?.();
  await database.drop();
}
if (failed) process.exit(1);
