import { ACTION_STATUSES, type ActionStatus } from "@tally/domain";

export interface ActionFilters {
  status: ActionStatus | null;
  mine: boolean;
  page: number;
}

type Params = Record<string, string | string[] | undefined>;

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The actions page's filters from its address; anything unknown means "no filter", never an error page. */
export function parseActionFilters(params: Params): ActionFilters {
  const status = one(params.status);
  const page = Number(one(params.page) ?? "1");
  return {
    status: ACTION_STATUSES.includes(status as ActionStatus) ? (status as ActionStatus) : null,
    mine: one(params.mine) === "1",
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

export function actionsHref(orgSlug: string, filters: ActionFilters): string {
  const query = new URLSearchParams();
  if (filters.status) query.set("status", filters.status);
  if (filters.mine) query.set("mine", "1");
  if (filters.page > 1) query.set("page", String(filters.page));
  const text = query.toString();
  return `/${orgSlug}/actions${text ? `?${text}` : ""}`;
}
