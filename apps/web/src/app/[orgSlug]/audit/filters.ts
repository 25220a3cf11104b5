import { createLoader, createSerializer, type SearchParams, type UrlKeys } from "nuqs/server";
import { listAuditEventsSchema, type ListAuditEventsInput } from "@tally/domain";
import { parseAsField, parseAsPageField, withoutNulls } from "@/lib/filters/parsers";

const fields = listAuditEventsSchema.shape;
const defaults = listAuditEventsSchema.parse({});

/** The audit log's filters in the address, read by the server page and written by the filter bar. */
export const auditFilterParsers = {
  action: parseAsField(fields.action),
  actorUserId: parseAsField(fields.actorUserId),
  from: parseAsField(fields.from),
  to: parseAsField(fields.to),
  page: parseAsPageField(fields.page).withDefault(defaults.page),
};

export const auditFilterUrlKeys: UrlKeys<typeof auditFilterParsers> = { actorUserId: "actor" };

const loadParams = createLoader(auditFilterParsers, { urlKeys: auditFilterUrlKeys });

/**
 * The page's filters as audit.list input. A value that does not parse is dropped, like on every list; dates that
 * each parse but run backwards are both dropped, and the reason is returned for the page to show.
 */
export async function loadAuditFilters(searchParams: Promise<SearchParams>): Promise<{ filters: ListAuditEventsInput; problem: string | null }> {
  const filters = withoutNulls(await loadParams(searchParams));
  const checked = listAuditEventsSchema.safeParse(filters);
  if (checked.success) return { filters: checked.data, problem: null };
  return {
    filters: { ...filters, from: undefined, to: undefined },
    problem: checked.error.issues[0]?.message ?? "These dates are not valid.",
  };
}

/** The address of the log with these filters (defaults left out), e.g. for the pagination links. */
export const auditLogHref = createSerializer(auditFilterParsers, { urlKeys: auditFilterUrlKeys });
