import { listMembersSchema, type ListMembersInput } from "@tally/domain";

type SearchParams = Record<string, string | string[] | undefined>;

/** Filters from the address bar; a value that does not parse is dropped rather than failing the page. */
export function memberFiltersFrom(params: SearchParams): ListMembersInput {
  const pick = (key: string) => (typeof params[key] === "string" && params[key] !== "" ? params[key] : undefined);
  const candidate = {
    search: pick("search"),
    role: pick("role"),
    status: pick("status"),
    teamId: pick("team"),
    page: Number(pick("page") ?? 1),
  };
  const result: ListMembersInput = { page: 1 };
  for (const [key, value] of Object.entries(candidate)) {
    if (value === undefined) continue;
    const single = listMembersSchema.safeParse({ [key]: value });
    if (single.success) Object.assign(result, { [key]: single.data[key as keyof ListMembersInput] });
  }
  return result;
}

export function memberFiltersQuery(filters: ListMembersInput, page: number): string {
  const query = new URLSearchParams();
  if (filters.search) query.set("search", filters.search);
  if (filters.role) query.set("role", filters.role);
  if (filters.status) query.set("status", filters.status);
  if (filters.teamId) query.set("team", filters.teamId);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `?${text}` : "";
}
