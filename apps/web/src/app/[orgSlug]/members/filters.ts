import { createLoader, createSerializer, type SearchParams, type UrlKeys } from "nuqs/server";
import { listMembersSchema } from "@tally/domain";
import { parseAsField, parseAsPageField, withoutNulls } from "@/lib/filters/parsers";

const fields = listMembersSchema.shape;
const defaults = listMembersSchema.parse({});

/** The members list's filters in the address, read by the server page and written by the filter bar. */
export const memberFilterParsers = {
  search: parseAsField(fields.search),
  role: parseAsField(fields.role),
  status: parseAsField(fields.status),
  teamId: parseAsField(fields.teamId),
  page: parseAsPageField(fields.page).withDefault(defaults.page),
};

export const memberFilterUrlKeys: UrlKeys<typeof memberFilterParsers> = { teamId: "team" };

const loadParams = createLoader(memberFilterParsers, { urlKeys: memberFilterUrlKeys });

/** The page's filters as member.list input; a value that does not parse is dropped. */
export async function loadMemberFilters(searchParams: Promise<SearchParams>) {
  return withoutNulls(await loadParams(searchParams));
}

/** The address of the list with these filters (defaults left out), e.g. for the pagination links. */
export const memberListHref = createSerializer(memberFilterParsers, { urlKeys: memberFilterUrlKeys });
