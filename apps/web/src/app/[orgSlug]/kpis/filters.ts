import { listKpisSchema, type ListKpisInput } from "@tally/domain";

type SearchParams = Record<string, string | string[] | undefined>;

const PARAMS: Record<string, keyof ListKpisInput> = {
  search: "search",
  category: "category",
  status: "status",
  owner: "ownerMembershipId",
  team: "teamId",
  objective: "objectiveId",
  sort: "sort",
  order: "order",
};

/** Filters from the address bar; a value that does not parse is dropped rather than failing the page. */
export function kpiFiltersFrom(params: SearchParams): ListKpisInput {
  const result = listKpisSchema.parse({});
  for (const [param, key] of Object.entries(PARAMS)) {
    const value = params[param];
    if (typeof value !== "string" || value === "") continue;
    const single = listKpisSchema.safeParse({ [key]: value });
    if (single.success) Object.assign(result, { [key]: single.data[key] });
  }
  if (params.archived === "1") result.archived = true;
  const page = Number(params.page);
  if (Number.isInteger(page) && page > 1 && page <= 10_000) result.page = page;
  return result;
}

export function kpiFiltersQuery(filters: ListKpisInput, page: number): string {
  const query = new URLSearchParams();
  for (const [param, key] of Object.entries(PARAMS)) {
    const value = filters[key];
    if (value === undefined || value === null || value === "") continue;
    if ((key === "sort" && value === "name") || (key === "order" && value === "asc")) continue;
    query.set(param, String(value));
  }
  if (filters.archived) query.set("archived", "1");
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `?${text}` : "";
}
