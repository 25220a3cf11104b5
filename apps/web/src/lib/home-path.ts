import type { Role } from "@tally/domain";

/** Roles whose day starts with their own KPIs; admins, executives and viewers start with the overview. */
const MY_KPIS_FIRST: ReadonlySet<Role> = new Set<Role>(["manager", "hr", "project_lead"]);

/** The first page of an organization for a member of this role. */
export function homePath(orgSlug: string, role: Role): string {
  return MY_KPIS_FIRST.has(role) ? `/${orgSlug}/my` : `/${orgSlug}`;
}
