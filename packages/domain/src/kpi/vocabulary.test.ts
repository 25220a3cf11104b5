import { describe, expect, it } from "vitest";
import {
  CADENCE_LABELS,
  CADENCES,
  DURATION_UNIT_LABELS,
  DURATION_UNITS,
  KPI_DIRECTION_LABELS,
  KPI_DIRECTIONS,
  KPI_STATUS_LABELS,
  KPI_STATUSES,
  KPI_UNIT_LABELS,
  KPI_UNITS,
  KPI_VISIBILITIES,
  KPI_VISIBILITY_LABELS,
  PERIOD_STATUSES,
} from "./vocabulary";

describe("KPI vocabulary", () => {
  it.each([
    ["units", KPI_UNITS, KPI_UNIT_LABELS],
    ["duration units", DURATION_UNITS, DURATION_UNIT_LABELS],
    ["directions", KPI_DIRECTIONS, KPI_DIRECTION_LABELS],
    ["cadences", CADENCES, CADENCE_LABELS],
    ["visibilities", KPI_VISIBILITIES, KPI_VISIBILITY_LABELS],
    ["statuses", KPI_STATUSES, KPI_STATUS_LABELS],
  ] as const)("labels every one of the %s", (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const label of Object.values(labels)) expect(label).toMatch(/^[A-Z]/);
  });

  it("names the statuses as the product does", () => {
    expect(KPI_STATUSES.map((status) => KPI_STATUS_LABELS[status])).toEqual(["On track", "At risk", "Off track", "Overdue", "No data"]);
  });

  it("keeps period statuses a part of KPI statuses", () => {
    for (const status of PERIOD_STATUSES) expect(KPI_STATUSES).toContain(status);
  });
});
