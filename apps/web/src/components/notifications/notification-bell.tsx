"use client";

import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Bell } from "lucide-react";
import { NOTIFICATION_PREVIEW_SIZE } from "@tally/domain";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Spinner } from "@/components/ui/spinner";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import { NotificationTime } from "./notification-time";

// New notifications come from the background (reminders, alerts): a look now and then is enough.
const UNREAD_POLL_MS = 60_000;

/** The bell of the app shell: the unread count, the latest notifications, each a link to its page. */
export function NotificationBell({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const unread = useQuery({ ...trpc.notification.unreadCount.queryOptions({ orgSlug }), refetchInterval: UNREAD_POLL_MS });
  const latest = useQuery({ ...trpc.notification.list.queryOptions({ orgSlug, pageSize: NOTIFICATION_PREVIEW_SIZE }), enabled: open });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() });
  const markRead = useMutation(trpc.notification.markRead.mutationOptions({ onSettled: refresh }));
  const count = unread.data ?? 0;
  const label = count > 0 ? `Notifications, ${count} unread` : "Notifications";

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger
        aria-label={label}
        title={label}
        className="relative inline-flex size-10 shrink-0 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100"
      >
        <Bell aria-hidden className="size-5" />
        {count > 0 && (
          <span aria-hidden className="absolute top-1 right-1 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] leading-4 font-semibold text-white">
            {count > 99 ? "99+" : count}
          </span>
        )}
      </PopoverTrigger>
      <PopoverContent align="start" className="w-80 p-0">
        <div className="flex items-center justify-between border-b border-slate-100 px-4 py-3">
          <h2 className="text-sm font-semibold">Notifications</h2>
          {count > 0 && (
            <button
              type="button"
              className="text-xs font-medium text-brand-700 hover:underline"
              onClick={() => markRead.mutate({ orgSlug, all: true })}
              disabled={markRead.isPending}
            >
              Mark all read
            </button>
          )}
        </div>
        <div className="max-h-96 overflow-y-auto">
          {latest.isPending ? (
            <div className="p-4">
              <Spinner label="Loading notifications…" />
            </div>
          ) : latest.isError ? (
            <p role="alert" className="p-4 text-sm text-red-700">
              {clientFailure(latest.error).message}
            </p>
          ) : latest.data.entries.length === 0 ? (
            <p className="p-4 text-sm text-slate-600">Nothing yet. Reminders, alerts and invitations to reviews will appear here.</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {latest.data.entries.map((entry) => (
                <li key={entry.id}>
                  <Link
                    href={`/${orgSlug}${entry.link}`}
                    onClick={() => {
                      if (!entry.read) markRead.mutate({ orgSlug, notificationId: entry.id });
                      setOpen(false);
                    }}
                    className="block px-4 py-3 hover:bg-slate-50"
                  >
                    <span className={entry.read ? "block text-sm text-slate-700" : "block text-sm font-semibold text-slate-900"}>
                      {!entry.read && <span className="sr-only">Unread: </span>}
                      {entry.title}
                    </span>
                    <NotificationTime at={entry.createdAt} className="mt-0.5 block text-xs text-slate-500" />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="flex justify-between border-t border-slate-100 px-4 py-3 text-xs font-medium">
          <Link href={`/${orgSlug}/notifications`} onClick={() => setOpen(false)} className="text-brand-700 hover:underline">
            All notifications
          </Link>
          <Link href={`/${orgSlug}/notifications/settings`} onClick={() => setOpen(false)} className="text-brand-700 hover:underline">
            Preferences
          </Link>
        </div>
      </PopoverContent>
    </Popover>
  );
}
