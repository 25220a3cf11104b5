import type { NotificationKind, Prisma } from "@tally/db";

export interface Notice {
  recipientMembershipId: string;
  kind: NotificationKind;
  title: string;
  body?: string;
  /** The app path inside the organization that the notification opens, e.g. `/kpis/{id}`. */
  link: string;
  kpiId?: string | null;
  /** The same event for the same member has the same key: notifying twice writes once. */
  dedupeKey: string;
}

type Writer = Pick<Prisma.TransactionClient, "notification">;

/**
 * Notifies members inside the caller's transaction. A notice whose key the member already has is left out.
 * Resolves to the number of notifications written.
 */
export async function notify(tx: Writer, orgId: string, notices: readonly Notice[]): Promise<number> {
  if (!notices.length) return 0;
  const written = await tx.notification.createMany({
    data: notices.map((notice) => ({
      orgId,
      recipientMembershipId: notice.recipientMembershipId,
      kind: notice.kind,
      title: notice.title,
      body: notice.body ?? "",
      link: notice.link,
      kpiId: notice.kpiId ?? null,
      dedupeKey: notice.dedupeKey,
    })),
    skipDuplicates: true,
  });
  return written.count;
}
