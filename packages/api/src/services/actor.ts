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
  /** IANA time zone of the organization: its "today" and every period rule follow it. */
  timeZone: string;
  /** The organization's number and date format. */
  orgLocale: string;
  /** The format this person reads in: their own choice, or the organization's. */
  locale: string;
  userId: string;
  userName: string;
  userEmail: string;
  membershipId: string;
  role: Role;
}
