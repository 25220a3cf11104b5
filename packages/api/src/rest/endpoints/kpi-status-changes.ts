import { describeStatusChange, statusChangeFromDecimalText } from "@tally/domain";
import { kpiStatusTimeline, type StatusTimeline, type StatusTimelineEntry } from "../../services/analysis/status-timeline";
import { resolveKpiRef } from "../../services/kpi/refs";
import type { Endpoint } from "../endpoint";
import { responsesFor } from "../responses";
import { kpiPathSchema } from "../schemas/common";
import { statusChangeListSchema } from "../schemas/status-change";
import { parseParameters } from "../validate";

function changeToWire(change: StatusTimelineEntry, timeline: StatusTimeline) {
  const target = change.target;
  const explanation = describeStatusChange(statusChangeFromDecimalText(change), timeline);
  return {
    changed_on: change.on,
    from: change.from,
    to: change.to,
    rule: change.rule,
    period_start: change.periodStart,
    value: change.value,
    target: target
      ? { effective_from: target.effectiveFrom, target: target.target, target_min: target.targetMin, target_max: target.targetMax, warning: target.warning, tolerance: target.tolerance }
      : null,
    explanation,
    as_of_today: change.asOfToday,
  };
}

export const listStatusChangesEndpoint: Endpoint = {
  method: "GET",
  path: "/kpis/{kpiId}/status-changes",
  body: "none",
  writes: false,
  operation: {
    operationId: "listStatusChanges",
    summary: "Why a KPI has its status",
    description:
      "Every change of one KPI's status, newest first, each with its cause: the value and its period, the target entry in force and the rule that fired, or the period that went overdue and the day it did.",
    tags: ["KPIs"],
    requestParams: { path: kpiPathSchema },
    responses: responsesFor({ status: 200, description: "The KPI's status changes.", schema: statusChangeListSchema }, ["not-found", "validation-failed"]),
  },
  async handle({ db, actor, params, now }) {
    const { kpiId: ref } = parseParameters(kpiPathSchema, params);
    const kpiId = await resolveKpiRef(db, actor, ref);
    const timeline = await kpiStatusTimeline(db, actor, kpiId, now);
    return { status: 200, body: { kpi_id: kpiId, status: timeline.status, data: timeline.changes.map((change) => changeToWire(change, timeline)) } };
  },
};
