import { beforeAll, describe, expect, it } from "vitest";
import { handleReviewBriefingPdf, type ReviewPack } from "../src/http/review-briefing";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createOrgWorld, createUserWithSession, type OrgWorld } from "./support/world";

const db = useTestDatabase();
let world: OrgWorld;
let other: OrgWorld;
let reviewId: string;

beforeAll(async () => {
  [world, other] = await Promise.all([createOrgWorld(db(), "review-pack"), createOrgWorld(db(), "review-pack-other")]);
  const admin = callerFor(db(), world.members.admin.sessionId);
  ({ id: reviewId } = await admin.review.create({
    orgSlug: world.org.slug,
    title: "March business review",
    scope: "kpis",
    kpiIds: [world.kpis.ownedBy.admin, world.kpis.ownedBy.manager],
    period: "month",
    periodStart: "2026-03-01",
    participantMembershipIds: [world.members.viewer.membershipId],
  }));
  await admin.review.addDecision({ orgSlug: world.org.slug, reviewId, kpiId: world.kpis.ownedBy.manager, text: "Hire two more packers." });
  await admin.review.addNote({ orgSlug: world.org.slug, reviewId, text: "Quarter close is near." });
}, 120_000);

describe("the review briefing PDF route", () => {
  let rendered: ReviewPack | undefined;
  const render = async (pack: ReviewPack) => {
    rendered = pack;
    return new TextEncoder().encode("%PDF-fake");
  };
  const get = (id: string, sessionId: string | null) => handleReviewBriefingPdf({ orgSlug: world.org.slug, reviewId: id, sessionId }, render, { db: db(), now: new Date("2026-04-02T10:00:00Z") });

  it("renders the review's pack for a participant, with its KPIs, entries and the reader's format", async () => {
    const response = await get(reviewId, world.members.viewer.sessionId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="[a-z0-9-]+-briefing-review-march-business-review-2026-03-31\.pdf"$/);
    expect(rendered!.review.title).toBe("March business review");
    expect(rendered!.kpis.map((kpi) => kpi.item.kpiId).sort()).toEqual([world.kpis.ownedBy.admin, world.kpis.ownedBy.manager].sort());
    const manager = rendered!.kpis.find((kpi) => kpi.item.kpiId === world.kpis.ownedBy.manager)!;
    expect(manager.decisions.map((entry) => entry.text)).toEqual(["Hire two more packers."]);
    expect(rendered!.generalNotes.map((entry) => entry.text)).toEqual(["Quarter close is near."]);
    expect(rendered!.cover).toMatchObject({ orgName: world.org.name, today: "2026-04-02" });
  });

  it("answers signed out 401, a stranger 404, a member who may not see the review 404, and another organization's review 404", async () => {
    expect((await get(reviewId, null)).status).toBe(401);
    const stranger = await createUserWithSession(db(), "review-pack-stranger");
    expect((await get(reviewId, stranger.sessionId)).status).toBe(404);
    // The HR member neither started nor takes part in it, and the KPIs are not in HR's reach.
    const hidden = await get(reviewId, world.members.hr.sessionId);
    expect(hidden.status).toBe(404);
    expect(hidden.headers.get("content-type")).toBe("application/problem+json");
    expect((await get(other.reviewing.reviews.admin, world.members.admin.sessionId)).status).toBe(404);
    expect((await get("x".repeat(500), world.members.admin.sessionId)).status).toBe(404);
  });
});
