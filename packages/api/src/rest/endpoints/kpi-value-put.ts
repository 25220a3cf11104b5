import { recordCheckIns } from "../../services/kpi/check-ins";
import { getKpiFeedItem } from "../../services/kpi/feed";
import { resolveKpiRef } from "../../services/kpi/refs";
import { listKpiValues } from "../../services/kpi/values";
import { parseJsonBody } from "../body";
import type { Endpoint } from "../endpoint";
import { valueToWire } from "../presenters";
import { pointerOf, problemFromError } from "../problem";
import { responsesFor } from "../responses";
import { valuePathSchema } from "../schemas/common";
import { putValueBodySchema, putValueResultSchema } from "../schemas/value";
import { parseBody, parseParameters } from "../validate";

export const putValueEndpoint: Endpoint = {
  method: "PUT",
  path: "/kpis/{kpiId}/values/{date}",
  body: "json",
  writes: true,
  operation: {
    operationId: "putValue",
    summary: "Record a value",
    description:
      "Records the value of the period that contains `date`: a new value, or a correction that keeps the earlier one in the KPI's history. Sending the same value again changes nothing. Answers the stored value, its period and the KPI's status.",
    tags: ["Values"],
    requestParams: { path: valuePathSchema },
    requestBody: { required: true, content: { "application/json": { schema: putValueBodySchema } } },
    responses: responsesFor({ status: 200, description: "The value as stored.", schema: putValueResultSchema }, [
      "bad-request",
      "forbidden",
      "not-found",
      "payload-too-large",
      "unsupported-media-type",
      "validation-failed",
    ]),
  },
  async handle({ db, actor, params, body, now }) {
    const { kpiId: ref, date } = parseParameters(valuePathSchema, params);
    const input = parseBody(putValueBodySchema, parseJsonBody(body));
    const kpiId = await resolveKpiRef(db, actor, ref);
    let period: string;
    try {
      const result = await recordCheckIns(db, actor, [{ kpiId, date, value: input.value, comment: input.comment }], now);
      period = result.periods[0]!.periodStart;
    } catch (error) {
      throw problemFromError(error, (field) => (field === "date" ? { detail: "", parameter: "date" } : { detail: "", pointer: pointerOf(field) }));
    }
    const [stored, kpi] = await Promise.all([
      listKpiValues(db, actor, kpiId, { from: period, to: period, after: null, limit: 1 }),
      getKpiFeedItem(db, actor, kpiId, now),
    ]);
    return { status: 200, body: { value: valueToWire(kpiId, stored.values[0]!), kpi_status: kpi.status } };
  },
};
