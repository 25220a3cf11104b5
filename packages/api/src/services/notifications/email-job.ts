import type { PrismaClient } from "@tally/db";
import type { ClaimedJob, JobHandler } from "../../jobs";
import { notificationMail } from "../../mail/templates/notification";
import { enqueueMail } from "../../mail/outbox";
import { notificationLinks } from "./links";

export interface NotificationMailOptions {
  /** Where the app is reached, for the links in the mail. */
  appUrl: string;
}

function notificationIdOf(job: ClaimedJob): string | null {
  const payload = job.payload as { notificationId?: unknown } | null;
  return typeof payload?.notificationId === "string" ? payload.notificationId : null;
}

/**
 * Writes one notification's mail to the mail outbox, whose worker delivers it with its own retries: a mail server
 * that is down delays the mail and loses nothing, and the development mailbox shows it like any other mail.
 * A notification that is gone, or whose recipient was deactivated since, is not mailed.
 */
export function notificationEmailHandler(db: PrismaClient, { appUrl }: NotificationMailOptions): JobHandler {
  return {
    async run(job) {
      const notificationId = notificationIdOf(job);
      if (!job.orgId || !notificationId) return;
      const notification = await db.notification.findUnique({
        where: { orgId_id: { orgId: job.orgId, id: notificationId } },
        select: {
          title: true,
          body: true,
          link: true,
          org: { select: { name: true, slug: true } },
          recipient: { select: { status: true, user: { select: { email: true } } } },
        },
      });
      if (!notification || notification.recipient.status !== "active") return;
      const links = notificationLinks(appUrl, notification.org.slug);
      await enqueueMail(db, {
        orgId: job.orgId,
        ...notificationMail({
          to: notification.recipient.user.email,
          orgName: notification.org.name,
          title: notification.title,
          body: notification.body,
          url: links.open(notification.link),
          preferencesUrl: links.preferences,
        }),
      });
    },
  };
}
