import { describe, expect, it } from "vitest";
import type { ReviewPack } from "@tally/api/review-briefing-http";
import { extractText, getDocumentProxy } from "unpdf";
import { renderReviewPackPdf } from "./review-pdf";

const at = new Date("2026-04-02T09:30:00Z");
const entry = (id: string, kind: "note" | "decision" | "adjustment", kpiId: string | null, text: string) => ({
  id,
  kind,
  kpiId,
  text,
  change: null,
  kpiVersion: null,
  authorMembershipId: "m1",
  authorName: "Ada Admin",
  createdAt: at,
});

const item = {
  kpiId: "k1",
  position: 0,
  name: "On-time delivery",
  ownerMembershipId: "m2",
  ownerName: "Max Manager",
  unit: "percent",
  durationUnit: null,
  currency: null,
  decimals: 1,
  direction: "increase",
  cadence: "monthly",
  archived: false,
  version: 3,
  status: "off_track",
  explanation: "Mar 2026: 81.5 % is below the warning 88 %",
  trend: [90, 88, 86, 81.5],
  forecast: { verdict: "likely_to_miss", period: "2026-04-01", value: 79 },
  noOpenAction: false,
  latest: { periodStart: "2026-03-01", periodLabel: "Mar 2026", value: "81.5" },
  target: { effectiveFrom: "2025-01-01", target: "95", targetMin: null, targetMax: null, warning: "88", tolerance: null },
  values: [{ periodStart: "2026-03-01", periodLabel: "Mar 2026", value: "81.5", status: "off_track", target: { target: "95", targetMin: null, targetMax: null } }],
} as const;

const pack = {
  review: {
    id: "r1",
    title: "March business review",
    scope: "kpis",
    scopeId: null,
    scopeLabel: "Chosen KPIs",
    periodStart: "2026-03-01",
    periodEnd: "2026-03-31",
    status: "closed",
    createdBy: { membershipId: "m1", name: "Ada Admin" },
    createdAt: at,
    closedBy: { membershipId: "m1", name: "Ada Admin" },
    closedAt: at,
    participants: [{ membershipId: "m2", name: "Max Manager", email: "max@example.test", role: "manager" }],
  },
  kpis: [
    {
      item,
      notes: [entry("e1", "note", "k1", "Two carriers failed in March.")],
      decisions: [entry("e2", "decision", "k1", "Switch the northern routes to a second carrier.")],
      adjustments: [],
      actions: [{ id: "a1", title: "Sign a second carrier", status: "open", dueDate: "2026-04-30", ownerName: "Max Manager", fromThisReview: true, kpiIds: ["k1"] }],
    },
  ],
  generalNotes: [entry("e3", "note", null, "Quarter close is near.")],
  generalDecisions: [],
  otherActions: [],
  restatements: [{ kpiId: "k1", kpiName: "On-time delivery", periodStart: "2026-03-01", kind: "corrected", oldValue: "81.5", newValue: "84", byMembershipId: "m2", byName: "Max Manager", at }],
  cover: { orgName: "Acme", orgSlug: "acme", generatedAt: at.toISOString(), today: "2026-04-02", format: { locale: "en-GB", timeZone: "Europe/London", currency: "EUR" } },
} as unknown as ReviewPack;

describe("the review briefing PDF", () => {
  it("holds the cover, the KPI's section with its decision and action, the restatement and the whole review's note", { timeout: 30_000 }, async () => {
    const bytes = await renderReviewPackPdf(pack);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    for (const expected of [
      "Review: March business review",
      "Closed 2 Apr 2026 by Ada Admin",
      "On-time delivery",
      "Off track",
      "Switch the northern routes to a second carrier.",
      "Sign a second carrier",
      "Quarter close is near.",
      "On-time delivery, Mar 2026: from 81.5% to 84.0% by Max Manager",
      "Forecast likely to miss",
    ]) {
      expect(flat).toContain(expected);
    }
  });
});
