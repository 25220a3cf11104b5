import { resolveKpiRef } from "../../services/kpi/refs";
import { listKpiValues } from "../../services/kpi/values";
import type { Endpoint } from "../endpoint";
import { valueToWire } from "../presenters";
import { RestProblem } from "../problem";
import { responsesFor } from "../responses";
import { kpiPathSchema } from "../schemas/common";
import { valueListSchema, valuesQuerySchema } from "../schemas/value";
import { decodeCursor, encodeCursor, parseParameters, queryOf } from "../validate";

export const listValuesEndpoint: Endpoint = {
  method: "GET",
  path: "/kpis/{kpiId}/values",
  body: "none",
  writes: false,
  operation: {
    operationId: "listValues",
    summary: "List a KPI's values",
    description: "The recorded values of one KPI, oldest period first, optionally between two dates, each with its period and status.",
    tags: ["Values"],
    requestParams: { path: kpiPathSchema, query: valuesQuerySchema },
    responses: responsesFor({ status: 200, description: "A page of values.", schema: valueListSchema }, ["not-found", "validation-failed"]),
  },
  async handle({ db, actor, params, url }) {
    const { kpiId: ref } = parseParameters(kpiPathSchema, params);
    const query = parseParameters(valuesQuerySchema, queryOf(url));
    if (query.from && query.to && query.from > query.to) {
      throw new RestProblem("validation-failed", "The end of the range lies before its start.", [{ parameter: "to", detail: "Choose a date on or after from." }]);
    }
    const after = decodeCursor(query.cursor);
    if (after && !/^\d{4}-\d{2}-\d{2}$/.test(after)) {
      throw new RestProblem("validation-failed", "This cursor is not valid. Pass the next_cursor of the previous page unchanged.", [{ parameter: "cursor", detail: "Not a cursor of this list." }]);
    }
    const kpiId = await resolveKpiRef(db, actor, ref);
    const page = await listKpiValues(db, actor, kpiId, { from: query.from ?? null, to: query.to ?? null, after, limit: query.limit });
    return { status: 200, body: { data: page.values.map((value) => valueToWire(kpiId, value)), next_cursor: page.nextAfter ? encodeCursor(page.nextAfter) : null } };
  },
};
