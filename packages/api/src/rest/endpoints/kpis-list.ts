import { listKpiFeed } from "../../services/kpi/feed";
import type { Endpoint } from "../endpoint";
import { kpiToWire } from "../presenters";
import { responsesFor } from "../responses";
import { kpiListQuerySchema, kpiListSchema } from "../schemas/kpi";
import { decodeCursor, encodeCursor, parseParameters, queryOf } from "../validate";

export const listKpisEndpoint: Endpoint = {
  method: "GET",
  path: "/kpis",
  body: "none",
  writes: false,
  operation: {
    operationId: "listKpis",
    summary: "List KPIs",
    description: "The KPIs this key may see (all of the organization's, or its team's), a page at a time in a stable order.",
    tags: ["KPIs"],
    requestParams: { query: kpiListQuerySchema },
    responses: responsesFor({ status: 200, description: "A page of KPIs.", schema: kpiListSchema }, ["validation-failed"]),
  },
  async handle({ db, actor, url, now }) {
    const query = parseParameters(kpiListQuerySchema, queryOf(url));
    const page = await listKpiFeed(db, actor, { after: decodeCursor(query.cursor), limit: query.limit, archived: query.archived === "true" }, now);
    return { status: 200, body: { data: page.kpis.map(kpiToWire), next_cursor: page.nextAfter ? encodeCursor(page.nextAfter) : null } };
  },
};
