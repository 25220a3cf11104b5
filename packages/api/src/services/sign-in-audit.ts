import type { Prisma, PrismaClient, SecurityEventKind } from "@tally/db";

/** How many entries of their own security log a person sees. */
export const SECURITY_LOG_LENGTH = 50;

const USER_AGENT_LENGTH = 400;

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Sign-ins and password changes belong to the person, not to any organization: they are kept in the
 * person's own security log, which no organization can read. The address is kept; the password never is.
 */
export async function recordSecurityEvent(
  db: Db,
  event: { userId: string; kind: SecurityEventKind; ip: string; userAgent?: string | null },
): Promise<void> {
  await db.userSecurityEvent.create({
    data: {
      userId: event.userId,
      kind: event.kind,
      ip: event.ip.slice(0, 100),
      userAgent: event.userAgent?.slice(0, USER_AGENT_LENGTH) ?? null,
    },
    select: { id: true },
  });
}

/** An address the person has signed in from before, successfully. An unknown address is nobody's usual one. */
export async function isUsualAddress(db: Db, userId: string, ip: string): Promise<boolean> {
  if (!ip || ip === "unknown") return false;
  const found = await db.userSecurityEvent.findFirst({ where: { userId, kind: "sign_in", ip }, select: { id: true } });
  return found !== null;
}

/** The latest entries of a person's own security log, newest first. */
export async function securityLog(db: Db, userId: string) {
  return db.userSecurityEvent.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SECURITY_LOG_LENGTH,
    select: { kind: true, ip: true, userAgent: true, createdAt: true },
  });
}
