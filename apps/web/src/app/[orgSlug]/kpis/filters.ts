import { createLoader, createSerializer, type SearchParams, type UrlKeys } from "nuqs/server";
import { listKpisSchema } from "@tally/domain";
import { parseAsField, parseAsFlagField, parseAsPageField, withoutNulls } from "@/lib/filters/parsers";

const fields = listKpisSchema.shape;
const defaults = listKpisSchema.parse({});

/** The KPI list's filters in the address, read by the server page and written by the filter bar. */
export const kpiFilterParsers = {
  search: parseAsField(fields.search),
  status: parseAsField(fields.status),
  category: parseAsField(fields.category),
  ownerMembershipId: parseAsField(fields.ownerMembershipId),
  teamId: parseAsField(fields.teamId),
  objectiveId: parseAsField(fields.objectiveId),
  archived: parseAsFlagField(fields.archived).withDefault(defaults.archived),
  sort: parseAsField(fields.sort).withDefault(defaults.sort),
  order: parseAsField(fields.order).withDefault(defaults.order),
  page: parseAsPageField(fields.page).withDefault(defaults.page),
};

/** Short, stable parameter names: links from the overview and bookmarks use them. */
export const kpiFilterUrlKeys: UrlKeys<typeof kpiFilterParsers> = {
  ownerMembershipId: "owner",
  teamId: "team",
  objectiveId: "objective",
};

const loadParams = createLoader(kpiFilterParsers, { urlKeys: kpiFilterUrlKeys });

/** The page's filters as kpi.list input; a value that does not parse is dropped. */
export async function loadKpiFilters(searchParams: Promise<SearchParams>) {
  return withoutNulls(await loadParams(searchParams));
}

/** The address of the list with these filters (defaults left out), e.g. for the pagination links. */
export const kpiListHref = createSerializer(kpiFilterParsers, { urlKeys: kpiFilterUrlKeys });
