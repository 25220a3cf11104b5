import { recordCheckIns } from "../../services/kpi/check-ins";
import { resolveKpiRefs } from "../../services/kpi/refs";
import { parseJsonBody } from "../body";
import type { Endpoint } from "../endpoint";
import { pointerOf, problemFromError, RestProblem } from "../problem";
import { responsesFor } from "../responses";
import { idempotencyHeaderSchema } from "../schemas/common";
import { batchBodySchema, batchResultSchema, MAX_BATCH_VALUES } from "../schemas/value";
import { parseBody } from "../validate";

/** A service's field of the recorded entries ("entries.17.date", or "date" for one entry) as a pointer into the batch. */
function batchPointer(field: string): string {
  const match = /^entries\.(\d+)\.(.+)$/.exec(field);
  return match ? pointerOf(`values.${match[1]}.${match[2]}`) : pointerOf(`values.0.${field}`);
}

export const batchValuesEndpoint: Endpoint = {
  method: "POST",
  path: "/values",
  body: "json",
  writes: true,
  operation: {
    operationId: "recordValues",
    summary: "Record values in a batch",
    description: `Records up to ${MAX_BATCH_VALUES.toLocaleString("en-US")} values in one transaction: all of them, or none when one is refused (each refusal names its entry, e.g. \`/values/17/date\`). Send an Idempotency-Key to retry safely.`,
    tags: ["Values"],
    requestParams: { header: idempotencyHeaderSchema },
    requestBody: { required: true, content: { "application/json": { schema: batchBodySchema } } },
    responses: responsesFor({ status: 200, description: "Every value was recorded.", schema: batchResultSchema }, [
      "bad-request",
      "forbidden",
      "conflict",
      "payload-too-large",
      "unsupported-media-type",
      "validation-failed",
      "idempotency-key-reused",
    ]),
  },
  async handle({ db, actor, body, now }) {
    const { values } = parseBody(batchBodySchema, parseJsonBody(body));
    const ids = await resolveKpiRefs(db, actor, values.map((value) => value.kpi));
    const unknown = values.flatMap((value, index) =>
      ids.has(value.kpi) ? [] : [{ pointer: `/values/${index}/kpi`, detail: `No KPI with the id or code “${value.kpi}” that this key may see.` }],
    );
    if (unknown.length) {
      throw new RestProblem("validation-failed", unknown.length === 1 ? unknown[0]!.detail : `${unknown.length} values name a KPI this key cannot see; each is listed in errors. Nothing was recorded.`, unknown);
    }
    const entries = values.map((value) => ({ kpiId: ids.get(value.kpi)!, date: value.date, value: value.value, comment: value.comment }));
    try {
      const result = await recordCheckIns(db, actor, entries, now);
      return { status: 200, body: { recorded: result.recorded, values: result.periods.map((period) => ({ kpi_id: period.kpiId, period_start: period.periodStart })) } };
    } catch (error) {
      throw problemFromError(error, (field) => ({ detail: "", pointer: batchPointer(field) }));
    }
  },
};
