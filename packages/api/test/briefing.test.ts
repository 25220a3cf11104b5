import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "@tally/domain";
import { handleBriefingPdf } from "../src/http/briefing";
import { loadBriefing } from "../src/services/briefing";
import { loadSessionActor } from "../src/services/memberships";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createOrgWorld, createUserWithSession, type OrgWorld } from "./support/world";

const db = useTestDatabase();
let world: OrgWorld;
let other: OrgWorld;

beforeAll(async () => {
  world = await createOrgWorld(db(), "briefing");
  other = await createOrgWorld(db(), "briefing-other");
}, 120_000);

async function actorOf(role: Role, on: OrgWorld = world) {
  const loaded = await loadSessionActor(db(), on.members[role].sessionId, on.org.slug);
  return loaded!.actor!;
}

describe("the briefing of a dashboard scope", () => {
  it("holds exactly the KPIs each role sees in its KPI list, worst first, with the summary over them", { timeout: 60_000 }, async () => {
    for (const role of ROLES) {
      const briefing = await loadBriefing(db(), await actorOf(role), { scope: "organization" });
      const list = await callerFor(db(), world.members[role].sessionId).kpi.list({ orgSlug: world.org.slug });
      expect(briefing.kpis.map((kpi) => kpi.id).sort(), role).toEqual(list.kpis.map((kpi) => kpi.id).sort());
      expect(briefing.summary.total).toBe(list.total);
      expect(briefing.cover).toMatchObject({ orgName: world.org.name, title: world.org.name });
    }
  });

  it("lists the open actions on a KPI", async () => {
    const briefing = await loadBriefing(db(), await actorOf("admin"), { scope: "organization" });
    const own = briefing.kpis.find((kpi) => kpi.id === world.kpis.ownedBy.admin)!;
    expect(own.actions.map((action) => action.id)).toContain(world.reviewing.actions.admin);
  });

  it("covers an objective's linked KPIs and a team's KPIs only", async () => {
    const actor = await actorOf("admin");
    const objective = await loadBriefing(db(), actor, { scope: "objective", id: world.kpis.linkedObjective.id });
    expect(objective.kpis.map((kpi) => kpi.id)).toEqual([world.kpis.linkedObjective.kpiId]);
    expect(objective.cover.title).toMatch(/^Objective /);
    const team = await loadBriefing(db(), actor, { scope: "team", id: world.teams.department.id });
    expect(team.cover.title).toMatch(/^Team /);
  });

  it("does not find a team or objective of another organization", async () => {
    const actor = await actorOf("admin");
    await expect(loadBriefing(db(), actor, { scope: "team", id: other.teams.department.id })).rejects.toMatchObject({ kind: "not_found" });
    await expect(loadBriefing(db(), actor, { scope: "objective", id: other.kpis.objectiveId })).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("the briefing PDF route", () => {
  const render = async () => new TextEncoder().encode("%PDF-fake");
  const get = (query: string, sessionId: string | null) =>
    handleBriefingPdf({ request: new Request(`http://tally.test/api/orgs/${world.org.slug}/briefing.pdf?${query}`), orgSlug: world.org.slug, sessionId }, render, { db: db() });

  it("downloads the PDF under a safe name", async () => {
    const response = await get("scope=organization", world.members.viewer.sessionId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="[a-z0-9-]+-briefing-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe("%PDF-fake");
  });

  it("answers signed out 401, a stranger 404, a bad scope 400 and another organization's team 404, as problems", async () => {
    expect((await get("scope=organization", null)).status).toBe(401);
    const stranger = await createUserWithSession(db(), "briefing-stranger");
    expect((await get("scope=organization", stranger.sessionId)).status).toBe(404);
    const bad = await get("scope=team", world.members.admin.sessionId);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toBe("application/problem+json");
    expect(await bad.json()).toMatchObject({ errors: [{ field: "id", message: "Name the team to brief on." }] });
    expect((await get(`scope=team&id=${other.teams.department.id}`, world.members.admin.sessionId)).status).toBe(404);
  });
});
