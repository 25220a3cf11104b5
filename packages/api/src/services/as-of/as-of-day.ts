import type { PrismaClient } from "@tally/db";
import { asOfCutoff, asOfProblem, todayIn } from "@tally/domain";
import type { OrgActor } from "../actor";
import { fieldError } from "../errors";

/** A past day the pages are shown as of, with the first instant after it in the organization's zone. */
export interface AsOfDay {
  asOf: string;
  cutoff: Date;
}

/**
 * Checks `asOf` against the organization's calendar: not a day still to come, not a day before the organization
 * existed. The error sits on the `asOf` field so the date control can show it.
 */
export async function resolveAsOf(db: Pick<PrismaClient, "organization">, actor: OrgActor, asOf: string, now: Date = new Date()): Promise<AsOfDay> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { createdAt: true } });
  const problem = asOfProblem(asOf, todayIn(actor.timeZone, now), todayIn(actor.timeZone, org.createdAt));
  if (problem) throw fieldError("asOf", problem);
  return { asOf, cutoff: asOfCutoff(actor.timeZone, asOf) };
}
