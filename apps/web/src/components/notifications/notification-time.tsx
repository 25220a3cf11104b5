"use client";

import { useFormatter } from "@/lib/format-context";

/** When a notification came, as "5 min. ago", with the full time in the organization's zone on hover. */
export function NotificationTime({ at, className }: { at: Date; className?: string }) {
  const format = useFormatter();
  return (
    <time dateTime={at.toISOString()} title={format.formatDateTime(at)} className={className}>
      {format.formatRelative(at, new Date())}
    </time>
  );
}
