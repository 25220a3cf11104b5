import type { PrismaClient } from "@tally/db";
import { briefingSummary, type BriefingScope } from "@tally/domain";
import type { OrgActor } from "../actor";
import { briefingSections } from "./kpi-sections";
import { resolveBriefingScope } from "./scope";
import type { Briefing } from "./types";

/**
 * The briefing pack of a dashboard scope — the organization, a team or an objective — over exactly the KPIs the
 * member sees on that page: a cover, the status summary and a section per KPI, worst first.
 */
export async function loadBriefing(db: PrismaClient, actor: OrgActor, scope: BriefingScope, now: Date = new Date()): Promise<Briefing & { subject: string | null }> {
  const resolved = await resolveBriefingScope(db, actor, scope, now);
  const { kpis, statuses } = await briefingSections(db, actor.orgId, resolved.where, resolved.today, resolved.weekStart);
  return {
    cover: {
      orgName: actor.orgName,
      orgSlug: actor.orgSlug,
      scope,
      title: resolved.title,
      today: resolved.today,
      generatedAt: now.toISOString(),
      weekStart: resolved.weekStart,
      format: { locale: actor.locale, timeZone: actor.timeZone, currency: actor.currency },
    },
    summary: briefingSummary(statuses),
    kpis,
    omitted: statuses.length - kpis.length,
    subject: resolved.subject,
  };
}
