import type { Role } from "@tally/db";

/** Who is acting, in which organization: what every org-scoped service needs besides its input. */
export interface OrgActor {
  orgId: string;
  userId: string;
  userName: string;
  membershipId: string;
  role: Role;
}
