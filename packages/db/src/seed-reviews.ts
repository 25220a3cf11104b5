import type { Prisma } from "./generated/prisma/client";
import type { Cadence, KpiDirection, PeriodStatus } from "./generated/prisma/enums";

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Attention first, as a review's agenda is ordered. */
const STATUS_ORDER: readonly (PeriodStatus | "no_data")[] = ["off_track", "at_risk", "on_track", "no_data"];
const VERDICTS: Record<PeriodStatus | "no_data", string> = { off_track: "likely_to_miss", at_risk: "too_close_to_call", on_track: "likely_to_meet", no_data: "not_enough_data" };

/** The KPIs of the closed demo review, reviewed last month by the customer-success people. */
const CLOSED_REVIEW_KPIS = ["CSAT", "CHURN", "NPS"] as const;
const OPEN_REVIEW_TEAM = "Sales";

const iso = (date: Date) => date.toISOString().slice(0, 10);
const text = (value: { toString(): string } | null) => (value === null ? null : value.toString());

function periodLabel(start: Date, cadence: Cadence): string {
  const month = start.getUTCMonth();
  return cadence === "quarterly" ? `Q${Math.floor(month / 3) + 1} ${start.getUTCFullYear()}` : `${MONTHS[month]} ${start.getUTCFullYear()}`;
}

const agendaKpiSelect = {
  id: true,
  code: true,
  name: true,
  unit: true,
  currency: true,
  decimals: true,
  direction: true,
  cadence: true,
  version: true,
  latestPeriodStart: true,
  latestValue: true,
  latestStatus: true,
  ownerMembershipId: true,
  owner: { select: { user: { select: { name: true } } } },
  targets: { orderBy: { effectiveFrom: "desc" }, take: 1 },
  checkIns: { orderBy: { periodStart: "desc" }, take: 12, select: { periodStart: true, value: true, status: true } },
  actionKpis: { where: { action: { status: "open" } }, select: { actionId: true } },
} satisfies Prisma.KpiSelect;

type AgendaKpi = Prisma.KpiGetPayload<{ select: typeof agendaKpiSelect }>;

function explanation(kpi: AgendaKpi, direction: KpiDirection): string {
  if (!kpi.latestPeriodStart || !kpi.latestValue) return "No value recorded yet";
  const target = kpi.targets[0];
  const label = `${periodLabel(kpi.latestPeriodStart, kpi.cadence)}: ${kpi.latestValue.toString()}`;
  if (direction === "range") return `${label} against the range ${text(target?.targetMin ?? null)}–${text(target?.targetMax ?? null)}`;
  const side = direction === "increase" ? "below" : "above";
  if (kpi.latestStatus === "on_track") return `${label} meets the target ${text(target?.target ?? null)}`;
  if (kpi.latestStatus === "at_risk") return `${label} is ${side} the target ${text(target?.target ?? null)}, within the warning ${text(target?.warning ?? null)}`;
  return `${label} is ${side} the warning ${text(target?.warning ?? null)}`;
}

/** A KPI as a closed review keeps it (the API's agenda item), from what the seed itself wrote. */
function frozenItem(kpi: AgendaKpi, position: number, periodStart: Date, periodEnd: Date): Prisma.InputJsonValue {
  const status = kpi.latestStatus ?? "no_data";
  const target = kpi.targets[0] ?? null;
  const inPeriod = kpi.checkIns.filter((c) => c.periodStart >= periodStart && c.periodStart <= periodEnd).reverse();
  return {
    kpiId: kpi.id,
    position,
    name: kpi.name,
    ownerMembershipId: kpi.ownerMembershipId,
    ownerName: kpi.owner.user.name,
    unit: kpi.unit,
    currency: kpi.currency,
    decimals: kpi.decimals,
    direction: kpi.direction,
    cadence: kpi.cadence,
    archived: false,
    version: kpi.version,
    status,
    explanation: explanation(kpi, kpi.direction),
    trend: [...kpi.checkIns].reverse().map((c) => Number(c.value)),
    forecast: { verdict: VERDICTS[status], period: null, value: null },
    noOpenAction: status === "off_track" && kpi.actionKpis.length === 0,
    latest: kpi.latestPeriodStart && kpi.latestValue ? { periodStart: iso(kpi.latestPeriodStart), periodLabel: periodLabel(kpi.latestPeriodStart, kpi.cadence), value: kpi.latestValue.toString() } : null,
    target: target
      ? { effectiveFrom: iso(target.effectiveFrom), target: text(target.target), targetMin: text(target.targetMin), targetMax: text(target.targetMax), warning: text(target.warning), tolerance: text(target.tolerance) }
      : null,
    values: inPeriod.map((c) => ({
      periodStart: iso(c.periodStart),
      periodLabel: periodLabel(c.periodStart, kpi.cadence),
      value: c.value.toString(),
      status: c.status,
      target: target ? { target: text(target.target), targetMin: text(target.targetMin), targetMax: text(target.targetMax) } : null,
    })),
  };
}

const byAttention = (a: AgendaKpi, b: AgendaKpi) =>
  STATUS_ORDER.indexOf(a.latestStatus ?? "no_data") - STATUS_ORDER.indexOf(b.latestStatus ?? "no_data") || a.name.localeCompare(b.name);

/**
 * Two reviews of last month, so the reviews pages show something on first start: the customer KPIs' review,
 * closed yesterday with a note and a decision and its figures frozen, and the sales team's, still open. Seeded
 * once: an organization that already has reviews is left alone.
 */
export async function seedReviews(tx: Prisma.TransactionClient, orgId: string, membershipIds: Map<string, string>, today: Date) {
  if ((await tx.review.count({ where: { orgId } })) > 0) return;
  const member = (email: string) => {
    const id = membershipIds.get(email);
    if (!id) throw new Error(`Demo review names unknown user ${email}`);
    return id;
  };
  const periodStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  const periodEnd = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
  const month = `${MONTHS[periodStart.getUTCMonth()]} ${periodStart.getUTCFullYear()}`;
  const now = Date.now();
  const manager = member("manager@acme.test");
  const executive = member("executive@acme.test");
  const viewer = member("viewer@acme.test");

  const customerKpis = (await tx.kpi.findMany({ where: { orgId, archivedAt: null, code: { in: [...CLOSED_REVIEW_KPIS] } }, select: agendaKpiSelect })).sort(byAttention);
  if (customerKpis.length) {
    const closedAt = new Date(now - DAY_MS);
    const createdAt = new Date(closedAt.getTime() - 2 * HOUR_MS);
    const review = await tx.review.create({
      data: {
        orgId,
        title: `Customer review, ${month}`,
        scope: "kpis",
        scopeLabel: `${customerKpis.length} chosen KPIs`,
        periodStart,
        periodEnd,
        status: "closed",
        createdByMembershipId: manager,
        closedByMembershipId: manager,
        closedAt,
        createdAt,
        participants: { createMany: { data: [manager, executive, viewer].map((membershipId) => ({ membershipId })) } },
        items: { createMany: { data: customerKpis.map((kpi, position) => ({ kpiId: kpi.id, position, frozen: frozenItem(kpi, position, periodStart, periodEnd) })) } },
      },
      select: { id: true },
    });
    const first = customerKpis[0]!;
    await tx.reviewEntry.createMany({
      data: [
        { orgId, reviewId: review.id, kpiId: first.id, kind: "note", text: "Most complaints were about delivery times, not the product.", authorMembershipId: viewer, createdAt: new Date(createdAt.getTime() + 20 * 60_000) },
        { orgId, reviewId: review.id, kpiId: first.id, kind: "decision", text: "Keep the target; look again after the new support rota has run a month.", authorMembershipId: manager, createdAt: new Date(createdAt.getTime() + 45 * 60_000) },
        { orgId, reviewId: review.id, kpiId: null, kind: "decision", text: "Review the customer KPIs every month from now on.", authorMembershipId: executive, createdAt: new Date(createdAt.getTime() + 80 * 60_000) },
      ],
    });
    // The period's values as they stood at the close, with the target then in force, as closing a review copies them.
    await tx.$executeRaw`
      INSERT INTO "ReviewValue" ("orgId", "reviewId", "kpiId", "periodStart", value, status, target, "targetMin", "targetMax", "recordedAt")
      SELECT c."orgId", ${review.id}, c."kpiId", c."periodStart", c.value, c.status, t.target, t."targetMin", t."targetMax", c."updatedAt"
        FROM "CheckIn" c
        JOIN "ReviewItem" ri ON ri."orgId" = c."orgId" AND ri."reviewId" = ${review.id} AND ri."kpiId" = c."kpiId"
        LEFT JOIN LATERAL (
          SELECT kt.target, kt."targetMin", kt."targetMax" FROM "KpiTarget" kt
           WHERE kt."orgId" = c."orgId" AND kt."kpiId" = c."kpiId" AND kt."effectiveFrom" <= c."periodStart"
           ORDER BY kt."effectiveFrom" DESC LIMIT 1
        ) t ON true
       WHERE c."orgId" = ${orgId} AND c."periodStart" BETWEEN ${periodStart} AND ${periodEnd}`;
  }

  const team = await tx.team.findUnique({ where: { orgId_name: { orgId, name: OPEN_REVIEW_TEAM } }, select: { id: true, name: true } });
  const salesKpis = team ? (await tx.kpi.findMany({ where: { orgId, archivedAt: null, team: { teamId: team.id } }, select: agendaKpiSelect })).sort(byAttention) : [];
  if (team && salesKpis.length) {
    const createdAt = new Date(now - 3 * HOUR_MS);
    const review = await tx.review.create({
      data: {
        orgId,
        title: `Sales review, ${month}`,
        scope: "team",
        scopeId: team.id,
        scopeLabel: team.name,
        periodStart,
        periodEnd,
        createdByMembershipId: manager,
        createdAt,
        participants: { createMany: { data: [manager, executive, viewer].map((membershipId) => ({ membershipId })) } },
        items: { createMany: { data: salesKpis.map((kpi, position) => ({ kpiId: kpi.id, position })) } },
      },
      select: { id: true },
    });
    await tx.reviewEntry.create({
      data: { orgId, reviewId: review.id, kpiId: null, kind: "note", text: "Agenda: the KPIs needing attention first, then the rest.", authorMembershipId: manager, createdAt: new Date(createdAt.getTime() + 5 * 60_000) },
    });
  }
}
