import { compareDecimalStrings } from "../kpi/decimal";

/** A value as the review froze it at its close, beside what the KPI holds for that period now. */
export interface FrozenValueNow {
  kpiId: string;
  periodStart: string;
  /** The value at the close, as an exact decimal string. */
  frozen: string;
  /** The check-in now, or null when it was deleted since. */
  current: { value: string; recordedByMembershipId: string; updatedAt: Date } | null;
  /** The newest deletion of the period after the close, for a value that is gone. */
  deletion: { deletedByMembershipId: string; deletedAt: Date } | null;
}

export interface Restatement {
  kpiId: string;
  periodStart: string;
  kind: "corrected" | "deleted";
  oldValue: string;
  /** Null for a deleted value. */
  newValue: string | null;
  byMembershipId: string | null;
  at: Date | null;
}

/**
 * The frozen values that no longer stand: a different value now, or none. A value recorded again with the same
 * figure is no restatement. Ordered by KPI, then period.
 */
export function detectRestatements(rows: readonly FrozenValueNow[]): Restatement[] {
  const found: Restatement[] = [];
  for (const row of rows) {
    if (row.current === null) {
      found.push({
        kpiId: row.kpiId,
        periodStart: row.periodStart,
        kind: "deleted",
        oldValue: row.frozen,
        newValue: null,
        byMembershipId: row.deletion?.deletedByMembershipId ?? null,
        at: row.deletion?.deletedAt ?? null,
      });
    } else if (compareDecimalStrings(row.current.value, row.frozen) !== 0) {
      found.push({
        kpiId: row.kpiId,
        periodStart: row.periodStart,
        kind: "corrected",
        oldValue: row.frozen,
        newValue: row.current.value,
        byMembershipId: row.current.recordedByMembershipId,
        at: row.current.updatedAt,
      });
    }
  }
  return found.sort((a, b) => (a.kpiId === b.kpiId ? (a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0) : a.kpiId < b.kpiId ? -1 : 1));
}
