"use client";

import Link from "@/components/ui/link";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { NOTIFICATION_KIND_LABELS, type NotificationKind } from "@tally/domain";
import { NotificationTime } from "@/components/notifications/notification-time";
import { useTRPC } from "@/lib/trpc/client";

interface Entry {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  read: boolean;
  createdAt: Date;
}

/** The notification centre's list: unread ones stand out, and opening one marks it read. */
export function NotificationList({ orgSlug, entries }: { orgSlug: string; entries: Entry[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const markRead = useMutation(
    trpc.notification.markRead.mutationOptions({ onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() }) }),
  );
  return (
    <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-surface">
      {entries.map((entry) => (
        <li key={entry.id} className={entry.read ? undefined : "bg-brand-50/40"}>
          <Link
            href={`/${orgSlug}${entry.link}`}
            onClick={() => {
              if (!entry.read) markRead.mutate({ orgSlug, notificationId: entry.id });
            }}
            className="flex gap-3 px-4 py-3 hover:bg-slate-50"
          >
            <span aria-hidden className={`mt-1.5 size-2 shrink-0 rounded-full ${entry.read ? "bg-transparent" : "bg-brand-600"}`} />
            <span className="min-w-0 flex-1">
              <span className={entry.read ? "block text-sm text-slate-800" : "block text-sm font-semibold text-slate-900"}>
                {!entry.read && <span className="sr-only">Unread: </span>}
                {entry.title}
              </span>
              {entry.body && <span className="mt-0.5 block text-sm text-slate-600">{entry.body}</span>}
              <span className="mt-1 block text-xs text-slate-500">
                {NOTIFICATION_KIND_LABELS[entry.kind]} · <NotificationTime at={entry.createdAt} />
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
