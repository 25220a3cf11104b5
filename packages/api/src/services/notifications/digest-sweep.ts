import type { PrismaClient } from "@tally/db";
import { dueDigest } from "@tally/domain";
import { enqueueMail } from "../../mail/outbox";
import { digestMail } from "../../mail/templates/notification";
import { notificationLinks } from "./links";

/** A digest lists at most this many notifications and counts the rest. */
const DIGEST_ENTRIES = 30;

/**
 * Sends every digest that is due at `now`: one mail per member listing their notifications since their last
 * digest, unread first. A member is claimed by moving their `lastDigestAt` from the value read to `now` in the
 * transaction that queues the mail, so two sweeps (two instances) that both find a digest due send it once.
 * A window without notifications sends nothing but still counts as answered. Resolves to the mails queued.
 */
export async function digestSweep(db: PrismaClient, now: Date, appUrl: string): Promise<number> {
  const candidates = await db.membership.findMany({
    where: { status: "active", digest: { not: "none" } },
    select: {
      orgId: true,
      id: true,
      digest: true,
      lastDigestAt: true,
      user: { select: { email: true } },
      org: { select: { name: true, slug: true, timeZone: true, weekStart: true, locale: true } },
    },
  });
  let sent = 0;
  for (const member of candidates) {
    if (member.digest === "none") continue;
    const due = dueDigest({ frequency: member.digest, timeZone: member.org.timeZone, weekStart: member.org.weekStart }, member.lastDigestAt, now);
    if (!due) continue;
    const frequency = member.digest;
    const queued = await db.$transaction(async (tx) => {
      const claimed = await tx.membership.updateMany({
        where: { orgId: member.orgId, id: member.id, digest: frequency, lastDigestAt: member.lastDigestAt },
        data: { lastDigestAt: due.windowEnd },
      });
      if (claimed.count !== 1) return false;
      const window = { orgId: member.orgId, recipientMembershipId: member.id, createdAt: { gte: due.windowStart, lt: due.windowEnd } };
      const [rows, total] = await Promise.all([
        tx.notification.findMany({
          where: window,
          // Unread first (a null readAt sorts first ascending), each group newest first.
          orderBy: [{ readAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
          take: DIGEST_ENTRIES,
          select: { title: true, body: true, link: true, readAt: true, createdAt: true },
        }),
        tx.notification.count({ where: window }),
      ]);
      if (!rows.length) return false;
      const links = notificationLinks(appUrl, member.org.slug);
      const when = new Intl.DateTimeFormat(member.org.locale, { dateStyle: "medium", timeStyle: "short", timeZone: member.org.timeZone });
      await enqueueMail(tx, {
        orgId: member.orgId,
        ...digestMail({
          to: member.user.email,
          orgName: member.org.name,
          frequency,
          entries: rows.map((row) => ({ title: row.title, body: row.body, url: links.open(row.link), read: row.readAt !== null, when: when.format(row.createdAt) })),
          more: total - rows.length,
          notificationsUrl: links.centre,
          preferencesUrl: links.preferences,
        }),
      });
      return true;
    });
    if (queued) sent += 1;
  }
  return sent;
}
