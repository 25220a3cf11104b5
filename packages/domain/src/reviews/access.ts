import { grantReachesKpi, type ActorScope, type KpiScope } from "../auth/kpi-access";
import { grantsFor, type Grant } from "../auth/permissions";
import type { Role } from "../auth/roles";

export type ReviewAction = "review.view" | "review.note" | "review.create";

/** What the rule needs of a review: who started it, who takes part, and the KPIs on its agenda. */
export interface ReviewSubject {
  createdByMembershipId: string;
  participantMembershipIds: readonly string[];
  kpis: readonly KpiScope[];
}

/** The grants that speak of a review itself rather than of the KPIs on its agenda. */
const REVIEW_GRANTS: ReadonlySet<Grant> = new Set(["any", "read", "own", "participant", "assignee"]);

/**
 * Whether the actor, holding the role, may perform the action on this review. The rule:
 *
 * - any: every review.
 * - own: reviews the member started.
 * - participant: reviews the member started or takes part in.
 * - a KPI-scoped grant (memberTeams, ledProjects, employeeCategory…): reviews whose agenda is not empty and whose
 *   every KPI the role's KPI-scoped grants reach, one grant per KPI. A manager thus runs the reviews of their
 *   team's KPIs, but not one that also covers another team's, unless they started it or were invited to it.
 */
export function canOnReview(role: Role, action: ReviewAction, actor: ActorScope, review: ReviewSubject): boolean {
  const grants = grantsFor(role, action);
  if (grants.includes("any")) return true;
  const isStarter = review.createdByMembershipId === actor.membershipId;
  if (grants.includes("own") && isStarter) return true;
  if (grants.includes("participant") && (isStarter || review.participantMembershipIds.includes(actor.membershipId))) return true;
  const kpiGrants = grants.filter((grant) => !REVIEW_GRANTS.has(grant));
  if (!kpiGrants.length || !review.kpis.length) return false;
  return review.kpis.every((kpi) => kpiGrants.some((grant) => grantReachesKpi(grant, actor, kpi)));
}
