/**
 * How big the benchmark's data set is. BENCH_SCALE=1 (the default) is the organization of the performance issue:
 * 2,025 weekly KPIs with three years of values (about 312,000 check-ins) among 50 neighbour organizations (about
 * 826,000 check-ins in all). A smaller scale shrinks the number of KPIs and neighbours, never the history, so a
 * KPI still has 156 values; the smoke run uses BENCH_SCALE=0.01.
 */
export interface BenchSizes {
  scale: number;
  /** KPIs of the big organization; every 80th never had a value. */
  kpis: number;
  /** Weekly periods of history per KPI. */
  weeks: number;
  neighbours: number;
  neighbourKpis: number;
  /** KPIs of each of the two organizations that differ only by their history (156 and 1,560 weeks). */
  historyKpis: number;
  /** Members of the big organization besides one person per role: the soak's signed-in people, each owning KPIs. */
  people: number;
}

export const WEEKS = 156;
export const HISTORY_FACTOR = 10;

export function benchSizes(scale: number = Number(process.env.BENCH_SCALE ?? 1)): BenchSizes {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) throw new Error(`BENCH_SCALE must be a number above 0 and at most 10, not ${process.env.BENCH_SCALE}.`);
  return {
    scale,
    kpis: Math.max(12, Math.round(2_025 * scale)),
    weeks: WEEKS,
    neighbours: Math.max(1, Math.round(50 * scale)),
    neighbourKpis: 66,
    historyKpis: Math.max(5, Math.round(50 * scale)),
    people: 200,
  };
}
