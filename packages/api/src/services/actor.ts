import type { Role } from "@tally/db";

/**
 * Who is acting, in which organization, with that organization's settings: what every org-scoped service needs
 * besides its input. Built once per request by the org-scoped procedure (or, for machines, from an API key).
 */
export interface OrgActor {
  kind: "member";
  orgId: string;
  orgSlug: string;
  orgName: string;
  currency: string;
  /** 1 = Monday … 7 = Sunday */
  weekStart: number;
  userId: string;
  userName: string;
  userEmail: string;
  membershipId: string;
  role: Role;
}
