"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { useTRPC } from "@/lib/trpc/client";
import { BELL_TRIGGER_CLASS, BellFace, bellLabel } from "./bell-face";

// New notifications come from the background (reminders, alerts): a look now and then is enough.
const UNREAD_POLL_MS = 60_000;

const loadPanel = () => import("./notification-panel");
const NotificationPanel = lazy(() => loadPanel().then((module) => ({ default: module.NotificationPanel })));

/**
 * The bell of the app shell: the unread count, the latest notifications, each a link to its page. Every page
 * shows the count; the panel and its popover library load when the bell is first reached for.
 */
export function NotificationBell({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const unread = useQuery({ ...trpc.notification.unreadCount.queryOptions({ orgSlug }), refetchInterval: UNREAD_POLL_MS });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() });
  const count = unread.data ?? 0;
  const label = bellLabel(count);

  const button = (onClick?: () => void) => (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-haspopup="dialog"
      aria-expanded={false}
      className={BELL_TRIGGER_CLASS}
      onPointerEnter={() => void loadPanel()}
      onFocus={() => void loadPanel()}
      onClick={onClick}
    >
      <BellFace count={count} />
    </button>
  );

  if (!wanted) {
    return button(() => {
      setWanted(true);
      setOpen(true);
    });
  }
  return (
    <Suspense fallback={button()}>
      <NotificationPanel orgSlug={orgSlug} count={count} open={open} onOpenChange={setOpen} refresh={refresh} />
    </Suspense>
  );
}
