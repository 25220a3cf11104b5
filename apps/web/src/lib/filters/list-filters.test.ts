import { describe, expect, it } from "vitest";
import { auditLogHref, loadAuditFilters } from "@/app/[orgSlug]/audit/filters";
import { kpiListHref, loadKpiFilters } from "@/app/[orgSlug]/kpis/filters";
import { loadMemberFilters, memberListHref } from "@/app/[orgSlug]/members/filters";

const from = (params: Record<string, string>) => Promise.resolve(params);

describe("the KPI list's filters", () => {
  it("reads every filter under its short name", async () => {
    const filters = await loadKpiFilters(from({ search: "Revenue", status: "overdue", category: "sales", owner: "m1", team: "t1", objective: "o1", archived: "1", sort: "status", order: "desc", page: "3" }));
    expect(filters).toEqual({ search: "Revenue", status: "overdue", category: "sales", ownerMembershipId: "m1", teamId: "t1", objectiveId: "o1", archived: true, sort: "status", order: "desc", page: 3 });
  });

  it("drops what does not parse and keeps the rest", async () => {
    const filters = await loadKpiFilters(from({ search: "a\u0000b", status: "sideways", category: "sales", owner: "not an id!", archived: "yes", sort: "size", page: "99999999999" }));
    expect(filters).toEqual({ search: undefined, status: undefined, category: "sales", ownerMembershipId: undefined, teamId: undefined, objectiveId: undefined, archived: false, sort: "name", order: "asc", page: 1 });
  });

  it.each(["0", "-2", "1e309", "2.5", "", " 2"])("page %j means the first page", async (page) => {
    expect((await loadKpiFilters(from({ page }))).page).toBe(1);
  });

  it("writes addresses that read back the same, leaving defaults out", async () => {
    const filters = await loadKpiFilters(from({ status: "at_risk", owner: "m1", archived: "1" }));
    const href = kpiListHref("/acme/kpis", { ...filters, page: 2 });
    expect(href).toBe("/acme/kpis?status=at_risk&owner=m1&archived=1&page=2");
    expect(await loadKpiFilters(from(Object.fromEntries(new URL(href, "http://x").searchParams)))).toEqual({ ...filters, page: 2 });
    expect(kpiListHref("/acme/kpis", { ...filters, status: undefined, ownerMembershipId: undefined, archived: false, page: 1 })).toBe("/acme/kpis");
  });
});

describe("the members list's filters", () => {
  it("reads valid filters and drops the others", async () => {
    expect(await loadMemberFilters(from({ search: "ana", role: "manager", status: "gone", team: "t1", page: "2" }))).toEqual({ search: "ana", role: "manager", status: undefined, teamId: "t1", page: 2 });
    expect(memberListHref("/acme/members", { role: "hr", teamId: "t1", page: 1 })).toBe("/acme/members?role=hr&team=t1");
  });
});

describe("the audit log's filters", () => {
  it("reads valid filters", async () => {
    const { filters, problem } = await loadAuditFilters(from({ action: "member.role_changed", actor: "u1", from: "2026-02-01", to: "2026-02-10" }));
    expect(problem).toBeNull();
    expect(filters).toMatchObject({ action: "member.role_changed", actorUserId: "u1", from: "2026-02-01", to: "2026-02-10", page: 1 });
  });

  it("drops a date that does not exist", async () => {
    const { filters, problem } = await loadAuditFilters(from({ from: "2026-02-30", to: "2026-03-01" }));
    expect(problem).toBeNull();
    expect(filters).toMatchObject({ from: undefined, to: "2026-03-01" });
  });

  it("sets aside dates that run backwards and says why", async () => {
    const { filters, problem } = await loadAuditFilters(from({ action: "team.created", from: "2026-02-10", to: "2026-02-01" }));
    expect(problem).toBe("The end date must not be before the start date.");
    expect(filters).toMatchObject({ action: "team.created", from: undefined, to: undefined });
  });

  it("keeps the filters in pagination links", () => {
    expect(auditLogHref("/acme/audit", { action: "team.created", actorUserId: "u1", page: 4 })).toBe("/acme/audit?action=team.created&actor=u1&page=4");
  });
});
