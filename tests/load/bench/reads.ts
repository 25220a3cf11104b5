/**
 * The signed-in reads the benchmark measures: each with the request the app answers, the raw-SQL read it is compared
 * with (or the read that is its reference), and a check that the answer is the one a person would see, not an empty
 * or refused one.
 */
import type { BenchFixture } from "./generate.ts";
import type { SqlRead } from "./sql-server.ts";
import { trpcData, trpcQuery } from "./trpc.ts";

export type Reference = { kind: "sql"; read: SqlRead; org?: string } | { kind: "read"; name: string } | { kind: "none" };

export interface Read {
  name: string;
  /** Who reads: a role of the big organization, or nobody. */
  as: "admin" | "manager" | null;
  path: string;
  reference: Reference;
  /** Why the answer is not the expected one, or null when it is. */
  check(body: string): string | null;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const nonEmptyArray = (value: unknown) => Array.isArray(value) && value.length > 0;

function trpcCheck(test: (data: Record<string, unknown> | unknown[]) => string | null) {
  return (body: string) => {
    let data: unknown;
    try {
      data = trpcData(body);
    } catch (error) {
      return (error as Error).message;
    }
    return isObject(data) || Array.isArray(data) ? test(data) : `unexpected answer ${JSON.stringify(data).slice(0, 200)}`;
  };
}

const field = (data: unknown, name: string): unknown => (isObject(data) ? data[name] : undefined);

export function benchReads(fixture: BenchFixture): Read[] {
  const org = fixture.orgSlug;
  return [
    { name: "/api/health", as: null, path: "/api/health", reference: { kind: "none" }, check: (body) => (body.includes('"ok"') ? null : body.slice(0, 200)) },
    {
      name: "account.me (reads nothing)",
      as: "admin",
      path: trpcQuery("account.me"),
      reference: { kind: "read", name: "/api/health" },
      check: trpcCheck((data) => (field(data, "email") === fixture.roles.admin.email ? null : `not the admin: ${JSON.stringify(data)}`)),
    },
    {
      name: "organization.current",
      as: "admin",
      path: trpcQuery("organization.current", { orgSlug: org }),
      reference: { kind: "read", name: "/api/health" },
      check: trpcCheck((data) => (field(field(data, "organization"), "slug") === org ? null : `not ${org}: ${JSON.stringify(data).slice(0, 200)}`)),
    },
    {
      name: "kpi.list page 1",
      as: "admin",
      path: trpcQuery("kpi.list", { orgSlug: org }),
      reference: { kind: "sql", read: "kpi.list" },
      check: trpcCheck((data) => (nonEmptyArray(field(data, "kpis")) && Number(field(data, "total")) > 0 ? null : "no KPIs listed")),
    },
    {
      name: "kpi.get (156 values)",
      as: "admin",
      path: trpcQuery("kpi.get", { orgSlug: org, kpiId: fixture.fullKpiId }),
      reference: { kind: "sql", read: "kpi.get" },
      check: trpcCheck((data) => (field(data, "id") === fixture.fullKpiId && nonEmptyArray(field(data, "checkIns")) ? null : "not the KPI with its values")),
    },
    {
      name: "dashboard.overview",
      as: "admin",
      path: trpcQuery("dashboard.overview", { orgSlug: org }),
      reference: { kind: "sql", read: "dashboard.overview" },
      check: trpcCheck((data) => {
        const totals = field(data, "totals");
        const sum = isObject(totals) ? Object.values(totals).reduce<number>((total, count) => total + Number(count), 0) : 0;
        return sum > 0 ? null : `no KPIs counted: ${JSON.stringify(data).slice(0, 200)}`;
      }),
    },
    {
      name: "checkIn.due (Due)",
      as: "admin",
      path: trpcQuery("checkIn.due", { orgSlug: org }),
      reference: { kind: "sql", read: "checkIn.due" },
      check: trpcCheck((data) => (nonEmptyArray(data) ? null : "nothing due")),
    },
    {
      name: "dashboard.mine (My KPIs)",
      as: "manager",
      path: trpcQuery("dashboard.mine", { orgSlug: org }),
      reference: { kind: "sql", read: "dashboard.mine" },
      check: trpcCheck((data) => (nonEmptyArray(field(data, "kpis")) ? null : `no KPIs: ${JSON.stringify(data).slice(0, 200)}`)),
    },
    {
      name: "review.briefing",
      as: "admin",
      path: trpcQuery("review.briefing", { orgSlug: org, reviewId: fixture.reviewId }),
      reference: { kind: "sql", read: "review.briefing" },
      check: trpcCheck((data) => (JSON.stringify(data).includes("KPI ") ? null : `no KPI on the agenda: ${JSON.stringify(data).slice(0, 200)}`)),
    },
    {
      name: `page /${org}`,
      as: "admin",
      path: `/${org}`,
      reference: { kind: "read", name: "dashboard.overview" },
      check: (body) => (body.includes("<html") && body.includes("KPI ") ? null : `not the overview page: ${body.slice(0, 200)}`),
    },
    {
      name: `page /${org}/kpis`,
      as: "admin",
      path: `/${org}/kpis`,
      reference: { kind: "read", name: "kpi.list page 1" },
      check: (body) => (body.includes("<html") && body.includes("KPI 1") ? null : `not the KPI list: ${body.slice(0, 200)}`),
    },
  ];
}

/** kpi.get, kpi.list and the overview on the two organizations that differ only by ten times the history. */
export function historyReads(fixture: BenchFixture): { name: string; slug: string; path: string; check: Read["check"] }[] {
  return fixture.history.flatMap(({ slug, kpiId }) => [
    { name: "kpi.get", slug, path: trpcQuery("kpi.get", { orgSlug: slug, kpiId }), check: trpcCheck((data) => (field(data, "id") === kpiId ? null : "not the KPI")) },
    { name: "kpi.list page 1", slug, path: trpcQuery("kpi.list", { orgSlug: slug }), check: trpcCheck((data) => (nonEmptyArray(field(data, "kpis")) ? null : "no KPIs")) },
    { name: "dashboard.overview", slug, path: trpcQuery("dashboard.overview", { orgSlug: slug }), check: trpcCheck((data) => (isObject(field(data, "totals")) ? null : "no totals")) },
  ]);
}
