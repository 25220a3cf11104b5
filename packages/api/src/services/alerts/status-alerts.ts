import type { PeriodStatus, Prisma } from "@tally/db";
import { periodLabel, KPI_STATUS_LABELS } from "@tally/domain";
import type { Actor } from "../actor";
import { isoDateOrNull } from "../kpi/decimal";
import { notify, type Notice } from "../notifications/notify";
import { followersOf } from "./followers";

/** A KPI's latest status from before a change of values. */
export interface StatusBefore {
  id: string;
  latestStatus: PeriodStatus | null;
}

/** Worth an alert: turning at risk or off track, and coming back on track from either. */
export function isAlertingChange(from: PeriodStatus | null, to: PeriodStatus | null): to is PeriodStatus {
  if (to === null || from === to) return false;
  if (to === "on_track") return from === "at_risk" || from === "off_track";
  return true;
}

/**
 * Tells a KPI's followers, in the transaction of the change, when its latest status turned at risk or off track
 * or came back on track. The person who made the change is not told of their own change.
 */
export async function alertStatusChanges(tx: Prisma.TransactionClient, actor: Actor, before: readonly StatusBefore[], weekStart: number): Promise<number> {
  if (!before.length) return 0;
  const after = await tx.kpi.findMany({
    where: { orgId: actor.orgId, id: { in: before.map((kpi) => kpi.id) } },
    select: { id: true, name: true, cadence: true, latestStatus: true, latestPeriodStart: true },
  });
  const previous = new Map(before.map((kpi) => [kpi.id, kpi.latestStatus]));
  const changed = after.filter((kpi) => isAlertingChange(previous.get(kpi.id) ?? null, kpi.latestStatus));
  if (!changed.length) return 0;
  const followers = await followersOf(tx, actor.orgId, changed.map((kpi) => kpi.id));
  const self = actor.kind === "member" ? actor.membershipId : null;
  const notices: Notice[] = [];
  for (const kpi of changed) {
    const from = previous.get(kpi.id) ?? null;
    const to = kpi.latestStatus as PeriodStatus;
    const period = isoDateOrNull(kpi.latestPeriodStart);
    const periodText = period ? periodLabel(period, kpi.cadence, weekStart) : "the latest period";
    const title = to === "on_track" ? `${kpi.name} is back on track` : `${kpi.name} is now ${KPI_STATUS_LABELS[to].toLowerCase()}`;
    const body = `Its value for ${periodText} moved it from ${from ? KPI_STATUS_LABELS[from].toLowerCase() : "no status"} to ${KPI_STATUS_LABELS[to].toLowerCase()}.`;
    for (const membershipId of followers.get(kpi.id) ?? []) {
      if (membershipId === self) continue;
      notices.push({
        recipientMembershipId: membershipId,
        kind: "status_changed",
        title,
        body,
        link: `/kpis/${kpi.id}`,
        kpiId: kpi.id,
        dedupeKey: `status:${kpi.id}:${period ?? "none"}:${from ?? "none"}:${to}`,
      });
    }
  }
  return notify(tx, actor.orgId, notices);
}
