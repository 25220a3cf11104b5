import { ACTIONS, canWrite, grantsFor } from "./permissions";
import type { Grant } from "./permissions";
import type { Role } from "./roles";

/**
 * Guard rail of PRODUCT.md §2: no one may grant a role they could not hold themselves. The granter
 * must be allowed to change roles at all, and every grant of the new role must already be covered
 * by the granter's own grants, so a role change can never hand out more power than the granter has.
 */
export function canGrantRole(granter: Role, role: Role): boolean {
  if (!canWrite(granter, "member.update")) return false;
  return ACTIONS.every((action) =>
    grantsFor(role, action).every((grant) => isCoveredBy(grant, grantsFor(granter, action))),
  );
}

function isCoveredBy(grant: Grant, held: readonly Grant[]): boolean {
  return held.includes("any") || held.includes(grant);
}
