export interface CountedKpi {
  id: string;
  /** Check-ins of the KPI in the exported range. */
  count: number;
}

/**
 * KPIs, in the order they are exported, cut into runs whose check-ins fit one batch together; a KPI with more
 * than a batch of check-ins is a run of its own. One run is read in one query (or, for a big KPI, a few), so the
 * number of queries follows the number of rows, not the number of KPIs.
 */
export function runsOf(kpis: readonly CountedKpi[], batchSize: number): CountedKpi[][] {
  const runs: CountedKpi[][] = [];
  let run: CountedKpi[] = [];
  let size = 0;
  for (const kpi of kpis) {
    if (kpi.count <= 0) continue;
    if (run.length && size + kpi.count > batchSize) {
      runs.push(run);
      run = [];
      size = 0;
    }
    run.push(kpi);
    size += kpi.count;
  }
  if (run.length) runs.push(run);
  return runs;
}
