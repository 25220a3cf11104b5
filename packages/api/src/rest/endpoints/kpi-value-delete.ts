import { deleteCheckIn } from "../../services/kpi/check-in-deletion";
import { getKpiFeedItem } from "../../services/kpi/feed";
import { resolveKpiRef } from "../../services/kpi/refs";
import type { Endpoint } from "../endpoint";
import { responsesFor } from "../responses";
import { valuePathSchema } from "../schemas/common";
import { deleteValueResultSchema } from "../schemas/value";
import { parseParameters } from "../validate";

export const deleteValueEndpoint: Endpoint = {
  method: "DELETE",
  path: "/kpis/{kpiId}/values/{date}",
  body: "none",
  writes: true,
  operation: {
    operationId: "deleteValue",
    summary: "Remove a value",
    description:
      "Removes the value of the period that contains `date`. Its history is kept: the value and its earlier corrections move to the KPI's deletion log. Answers the removed value and the KPI's status after it.",
    tags: ["Values"],
    requestParams: { path: valuePathSchema },
    responses: responsesFor({ status: 200, description: "The value was removed.", schema: deleteValueResultSchema }, ["forbidden", "not-found", "validation-failed"]),
  },
  async handle({ db, actor, params, now }) {
    const { kpiId: ref, date } = parseParameters(valuePathSchema, params);
    const kpiId = await resolveKpiRef(db, actor, ref);
    const deleted = await deleteCheckIn(db, actor, { kpiId, date });
    const kpi = await getKpiFeedItem(db, actor, kpiId, now);
    return { status: 200, body: { kpi_id: kpiId, period_start: deleted.periodStart, deleted_value: deleted.deletedValue, kpi_status: kpi.status } };
  },
};
