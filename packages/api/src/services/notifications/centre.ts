import type { NotificationKind, PrismaClient } from "@tally/db";
import type { OrgActor } from "../actor";
import { notFound } from "../errors";

export interface NotificationEntry {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  read: boolean;
  createdAt: Date;
}

export interface NotificationPage {
  entries: NotificationEntry[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

/** The member's own notifications, newest first; nobody reads another member's. */
export async function listNotifications(
  db: PrismaClient,
  actor: OrgActor,
  { page, pageSize, unreadOnly }: { page: number; pageSize: number; unreadOnly: boolean },
): Promise<NotificationPage> {
  const mine = { orgId: actor.orgId, recipientMembershipId: actor.membershipId };
  const where = unreadOnly ? { ...mine, readAt: null } : mine;
  const [rows, total, unread] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
    }),
    db.notification.count({ where }),
    db.notification.count({ where: { ...mine, readAt: null } }),
  ]);
  return {
    entries: rows.map(({ readAt, ...row }) => ({ ...row, read: readAt !== null })),
    total,
    unread,
    page,
    pageSize,
  };
}

export async function unreadNotificationCount(db: PrismaClient, actor: OrgActor): Promise<number> {
  return db.notification.count({ where: { orgId: actor.orgId, recipientMembershipId: actor.membershipId, readAt: null } });
}

/**
 * Marks one of the member's notifications read, or all of them. Someone else's notification is NOT_FOUND, as if
 * it did not exist. Resolves to the unread count left.
 */
export async function markNotificationsRead(db: PrismaClient, actor: OrgActor, target: { notificationId?: string; all?: boolean }): Promise<{ unread: number }> {
  const mine = { orgId: actor.orgId, recipientMembershipId: actor.membershipId };
  if (target.all) {
    await db.notification.updateMany({ where: { ...mine, readAt: null }, data: { readAt: new Date() } });
  } else if (target.notificationId) {
    const found = await db.notification.findFirst({ where: { ...mine, id: target.notificationId }, select: { readAt: true } });
    if (!found) throw notFound("This notification");
    if (!found.readAt) await db.notification.updateMany({ where: { ...mine, id: target.notificationId, readAt: null }, data: { readAt: new Date() } });
  }
  return { unread: await unreadNotificationCount(db, actor) };
}
