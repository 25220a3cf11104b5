"use client";

import Link from "@/components/ui/link";
import { useMutation, useQuery } from "@tanstack/react-query";
import { NOTIFICATION_PREVIEW_SIZE } from "@tally/domain";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Spinner } from "@/components/ui/spinner";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import { BELL_TRIGGER_CLASS, BellFace, bellLabel } from "./bell-face";
import { NotificationTime } from "./notification-time";

interface Props {
  orgSlug: string;
  count: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Asks for the unread count and the list again, after something was marked read. */
  refresh: () => Promise<void>;
}

/** The bell's panel with the latest notifications, loaded the first time someone reaches for the bell. */
export function NotificationPanel({ orgSlug, count, open, onOpenChange, refresh }: Props) {
  const trpc = useTRPC();
  const latest = useQuery({ ...trpc.notification.list.queryOptions({ orgSlug, pageSize: NOTIFICATION_PREVIEW_SIZE }), enabled: open });
  const markRead = useMutation(trpc.notification.markRead.mutationOptions({ onSettled: refresh }));
  const label = bellLabel(count);

  return (
    <Popover open={open} onOpenChange={onOpenChange}>
      <PopoverTrigger aria-label={label} title={label} className={BELL_TRIGGER_CLASS}>
        <BellFace count={count} />
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
                      onOpenChange(false);
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
          <Link href={`/${orgSlug}/notifications`} onClick={() => onOpenChange(false)} className="text-brand-700 hover:underline">
            All notifications
          </Link>
          <Link href={`/${orgSlug}/notifications/settings`} onClick={() => onOpenChange(false)} className="text-brand-700 hover:underline">
            Preferences
          </Link>
        </div>
      </PopoverContent>
    </Popover>
  );
}
