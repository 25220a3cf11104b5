import { COMMENT_MAX } from "../kpi/check-in-schemas";
import { formatIsoDate } from "../kpi/calendar";
import { normalizeDecimalString } from "../kpi/decimal";
import { currentPeriodStart, periodLabel, periodStart } from "../kpi/periods";
import type { Cadence } from "../kpi/vocabulary";
import { textProblem } from "../input/text";
import type { ImportCell } from "./cells";
import { parseImportDate, type ImportDateFormat } from "./dates";
import type { ImportErrorCode, ImportRowResult } from "./outcomes";
import { parseImportValue, type DecimalSeparator } from "./values";

/** One data row of a file, reduced to the cells an import reads. */
export interface ImportRecord {
  line: number;
  kpi: string;
  date: ImportCell;
  value: ImportCell;
  /** Null when the file has no comment column. */
  comment: string | null;
  /** Cells with something in them beyond the header's last column. */
  extraCells: number;
}

/** A KPI a row names, with what the import needs to judge the row. */
export interface ImportKpi {
  id: string;
  name: string;
  code: string | null;
  cadence: Cadence;
  /** ISO dates. */
  startDate: string;
  endDate: string | null;
  archived: boolean;
  /** Its values come from its formula. */
  calculated: boolean;
  /** The actor may record its values. */
  recordable: boolean;
}

export interface ImportRules {
  /** The organization's locale: its number format when the separator is its own. */
  orgLocale: string;
  decimalSeparator: DecimalSeparator;
  dateFormat: ImportDateFormat;
  weekStart: number;
  /** Today on the organization's calendar. */
  today: string;
  /** Why the actor may not record this KPI, in words for them (a member, or an API key). */
  notAllowed(kpi: ImportKpi): string;
}

export function valueKey(kpiId: string, period: string): string {
  return `${kpiId}\u0000${period}`;
}

interface KpiBounds {
  firstPeriod: string;
  currentPeriod: string;
}

function rowError(record: ImportRecord, kpi: ImportKpi | null, code: ImportErrorCode, message: string, period: string | null = null): ImportRowResult {
  return {
    line: record.line,
    kpiText: record.kpi,
    kpiId: kpi?.id ?? null,
    period,
    outcome: "error",
    value: null,
    previousValue: null,
    comment: null,
    previousComment: null,
    error: { code, message },
  };
}

function shown(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function kpiProblem(record: ImportRecord, kpi: ImportKpi | null, rules: ImportRules): ImportRowResult | null {
  if (!kpi) {
    const message = record.kpi
      ? `No KPI “${shown(record.kpi)}” that you can see in this organization. Name it by its code, id or exact name.`
      : "Name the KPI: its code, id or exact name.";
    return rowError(record, null, "unknown_kpi", message);
  }
  if (!kpi.recordable) return rowError(record, kpi, "not_allowed", rules.notAllowed(kpi));
  if (kpi.archived) return rowError(record, kpi, "archived", `${kpi.name} is archived. Restore it before importing its values.`);
  return null;
}

/** What a file repeats on many rows — the same dates, the same periods — is worked out once. */
interface Memo {
  date(cell: ImportRecord["date"]): ReturnType<typeof parseImportDate>;
  period(date: string, cadence: Cadence): string;
}

function memoFor(rules: ImportRules): Memo {
  const dates = new Map<string, ReturnType<typeof parseImportDate>>();
  const periods = new Map<Cadence, Map<string, string>>();
  return {
    date(cell) {
      if (typeof cell !== "string") return parseImportDate(cell, rules.dateFormat);
      let parsed = dates.get(cell);
      if (!parsed) {
        parsed = parseImportDate(cell, rules.dateFormat);
        dates.set(cell, parsed);
      }
      return parsed;
    },
    period(date, cadence) {
      let ofCadence = periods.get(cadence);
      if (!ofCadence) {
        ofCadence = new Map();
        periods.set(cadence, ofCadence);
      }
      let period = ofCadence.get(date);
      if (!period) {
        period = periodStart(date, cadence, rules.weekStart);
        ofCadence.set(date, period);
      }
      return period;
    },
  };
}

function checkRecord(record: ImportRecord, kpi: ImportKpi | null, bounds: (kpi: ImportKpi) => KpiBounds, rules: ImportRules, memo: Memo): ImportRowResult {
  if (record.extraCells > 0) {
    const cells = record.extraCells === 1 ? "one more cell" : `${record.extraCells} more cells`;
    return rowError(record, kpi, "extra_cells", `This line has ${cells} than the header. Put values that contain the delimiter in double quotes.`);
  }
  const kpiRefusal = kpiProblem(record, kpi, rules);
  if (kpiRefusal || !kpi) return kpiRefusal!;
  const date = memo.date(record.date);
  if (!date.ok) return rowError(record, kpi, "bad_date", date.problem);
  const value = parseImportValue(record.value, rules.decimalSeparator, rules.orgLocale);
  if (!value.ok) return rowError(record, kpi, "bad_number", value.problem);
  let comment: string | null = null;
  if (record.comment !== null) {
    comment = record.comment.trim();
    if (comment.length > COMMENT_MAX) return rowError(record, kpi, "bad_comment", `Keep the comment to ${COMMENT_MAX.toLocaleString("en-US")} characters.`);
    const problem = comment ? textProblem(comment, { multiline: true }) : null;
    if (problem) return rowError(record, kpi, "bad_comment", problem);
  }
  const period = memo.period(date.date, kpi.cadence);
  const { firstPeriod, currentPeriod } = bounds(kpi);
  // ISO dates with four-digit years compare as text.
  if (period < firstPeriod) {
    return rowError(record, kpi, "before_start", `${kpi.name} starts on ${formatIsoDate(kpi.startDate)}; this date is before its first period.`, period);
  }
  if (kpi.endDate && date.date > kpi.endDate) {
    return rowError(record, kpi, "after_end", `${kpi.name} ended on ${formatIsoDate(kpi.endDate)}; this date is after it.`, period);
  }
  if (period > currentPeriod) {
    return rowError(record, kpi, "future_period", `${periodLabel(period, kpi.cadence, rules.weekStart)} has not started yet. Import values for the current or earlier periods.`, period);
  }
  if (kpi.calculated) {
    // The value is kept so that `settleOutcomes` can let a row pass that repeats the stored value, as a
    // re-imported export of every KPI does.
    return { ...rowError(record, kpi, "calculated", `${kpi.name} is calculated from its formula; its values cannot be imported.`, period), value: value.value, comment };
  }
  return {
    line: record.line,
    kpiText: record.kpi,
    kpiId: kpi.id,
    period,
    outcome: "new",
    value: value.value,
    previousValue: null,
    comment,
    previousComment: null,
    error: null,
  };
}

/**
 * Judges every row on its own and against the others: the KPI it names, its date, value and comment, the
 * KPI's time span and today, and a second row for the same KPI and period (both rows are refused, each naming
 * the other's line). Rows that pass come back as "new"; `settleOutcomes` then compares them with stored values.
 */
export function checkRecords(records: readonly ImportRecord[], findKpi: (text: string) => ImportKpi | null, rules: ImportRules): ImportRowResult[] {
  const boundsById = new Map<string, KpiBounds>();
  const bounds = (kpi: ImportKpi): KpiBounds => {
    let known = boundsById.get(kpi.id);
    if (!known) {
      known = { firstPeriod: periodStart(kpi.startDate, kpi.cadence, rules.weekStart), currentPeriod: currentPeriodStart(rules.today, kpi.cadence, rules.weekStart) };
      boundsById.set(kpi.id, known);
    }
    return known;
  };
  const kpisById = new Map<string, ImportKpi>();
  const memo = memoFor(rules);
  const rows = records.map((record) => {
    const kpi = findKpi(record.kpi);
    if (kpi) kpisById.set(kpi.id, kpi);
    return checkRecord(record, kpi, bounds, rules, memo);
  });
  const firstIndex = new Map<string, number>();
  rows.forEach((row, index) => {
    if (row.outcome === "error" || !row.kpiId || !row.period) {
      // A row refused for its own reasons can still repeat a period: only valid rows claim one.
      return;
    }
    const key = valueKey(row.kpiId, row.period);
    const first = firstIndex.get(key);
    if (first === undefined) {
      firstIndex.set(key, index);
      return;
    }
    const kpi = kpisById.get(row.kpiId)!;
    const label = periodLabel(row.period, kpi.cadence, rules.weekStart);
    const firstRow = rows[first]!;
    if (firstRow.outcome !== "error") {
      rows[first] = { ...firstRow, outcome: "error", value: null, comment: null, error: { code: "duplicate", message: `Line ${row.line} also has a value for ${kpi.name} in ${label}. Keep one of the two lines.` } };
    }
    rows[index] = { ...row, outcome: "error", value: null, comment: null, error: { code: "duplicate", message: `Line ${firstRow.line} already has a value for ${kpi.name} in ${label}. Keep one of the two lines.` } };
  });
  return rows;
}

export interface StoredValue {
  /** A decimal string, as the database gives it ("12.500000" will do). */
  value: string;
  comment: string;
}

/**
 * Compares each valid row with the value stored for its KPI and period: nothing stored is new, a different value
 * or comment is changed (old → new), the same is unchanged. A file without a comment column keeps stored comments.
 * A calculated KPI's row that repeats its stored value is unchanged rather than refused: exports hold such rows.
 */
export function settleOutcomes(rows: readonly ImportRowResult[], stored: (kpiId: string, period: string) => StoredValue | undefined): ImportRowResult[] {
  return rows.map((row) => {
    if (row.error?.code === "calculated" && row.kpiId && row.period && row.value !== null) {
      const current = stored(row.kpiId, row.period);
      const repeated = current && normalizeDecimalString(current.value) === row.value && (row.comment === null || row.comment === current.comment);
      return repeated ? { ...row, outcome: "unchanged", error: null } : { ...row, value: null, comment: null };
    }
    if (row.outcome === "error" || !row.kpiId || !row.period || row.value === null) return row;
    const current = stored(row.kpiId, row.period);
    if (!current) return row;
    const storedValue = normalizeDecimalString(current.value);
    const sameValue = storedValue === row.value;
    const sameComment = row.comment === null || row.comment === current.comment;
    if (sameValue && sameComment) return { ...row, outcome: "unchanged" };
    return {
      ...row,
      outcome: "changed",
      previousValue: storedValue,
      previousComment: sameComment ? null : current.comment,
    };
  });
}

