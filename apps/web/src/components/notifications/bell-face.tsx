import { Bell } from "lucide-react";

export const BELL_TRIGGER_CLASS = "relative inline-flex size-10 shrink-0 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100";

export function bellLabel(count: number): string {
  return count > 0 ? `Notifications, ${count} unread` : "Notifications";
}

/** The bell and its unread badge, before and after the panel has loaded. */
export function BellFace({ count }: { count: number }) {
  return (
    <>
      <Bell aria-hidden className="size-5" />
      {count > 0 && (
        <span aria-hidden className="absolute top-1 right-1 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] leading-4 font-semibold text-white">
          {count > 99 ? "99+" : count}
        </span>
      )}
    </>
  );
}
