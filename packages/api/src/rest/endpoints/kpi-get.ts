import { getKpiFeedItem } from "../../services/kpi/feed";
import { resolveKpiRef } from "../../services/kpi/refs";
import type { Endpoint } from "../endpoint";
import { kpiToWire } from "../presenters";
import { responsesFor } from "../responses";
import { kpiPathSchema } from "../schemas/common";
import { kpiSchema } from "../schemas/kpi";
import { parseParameters } from "../validate";

export const getKpiEndpoint: Endpoint = {
  method: "GET",
  path: "/kpis/{kpiId}",
  body: "none",
  writes: false,
  operation: {
    operationId: "getKpi",
    summary: "Get a KPI",
    description: "One KPI by its id or code: its definition, the target in force, the latest value and the status.",
    tags: ["KPIs"],
    requestParams: { path: kpiPathSchema },
    responses: responsesFor({ status: 200, description: "The KPI.", schema: kpiSchema }, ["not-found", "validation-failed"]),
  },
  async handle({ db, actor, params, now }) {
    const { kpiId: ref } = parseParameters(kpiPathSchema, params);
    const kpiId = await resolveKpiRef(db, actor, ref);
    return { status: 200, body: kpiToWire(await getKpiFeedItem(db, actor, kpiId, now)) };
  },
};
