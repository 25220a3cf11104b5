import type { Role } from "@tally/db";

/**
 * Who is acting, in which organization, with that organization's settings: what every org-scoped service needs
 * besides its input. Built once per request by the org-scoped procedure (or, for machines, from an API key).
 */
export interface OrgActor extends OrgSettings {
  kind: "member";
  /** The format this person reads in: their own choice, or the organization's. */
  locale: string;
  userId: string;
  userName: string;
  userEmail: string;
  membershipId: string;
  role: Role;
}

/** The organization's settings every actor carries. */
export interface OrgSettings {
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
}

/**
 * A machine holding an API key: it reads (and, with a read-write key, records) the KPIs of the organization, or
 * of the key's team only, and nothing else. Values it records name the key; the key's creator is their recorder.
 */
export interface IntegrationActor extends OrgSettings {
  kind: "integration";
  apiKeyId: string;
  apiKeyName: string;
  scope: "read" | "read_write";
  teamId: string | null;
  /** The member who created the key. */
  membershipId: string;
}

export type Actor = OrgActor | IntegrationActor;

/** Who a value was recorded by and how, as stored on a check-in. */
export function recorderOf(actor: Actor, via: "manual" | "import" = "manual") {
  return actor.kind === "integration"
    ? { recordedByMembershipId: actor.membershipId, source: via === "import" ? ("import" as const) : ("api" as const), apiKeyId: actor.apiKeyId }
    : { recordedByMembershipId: actor.membershipId, source: via, apiKeyId: null };
}
