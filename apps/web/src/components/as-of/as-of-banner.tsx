import Link from "@/components/ui/link";
import { History } from "lucide-react";

/**
 * Says plainly that the page shows the past: nothing on it can be changed from here, and one link goes back to
 * the page of today.
 */
export function AsOfBanner({ what, dayLabel, todayHref, note }: { what: string; dayLabel: string; todayHref: string; note?: string }) {
  return (
    <div role="status" className="mb-6 flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <History aria-hidden className="size-4 shrink-0" />
      <p className="min-w-0 flex-1">
        Showing {what} as it stood at the end of <strong>{dayLabel}</strong>. Values recorded or corrected later are not
        shown, and nothing can be changed here.
        {note && <span className="mt-1 block">{note}</span>}
      </p>
      <Link href={todayHref} className="font-medium underline underline-offset-2">
        Back to today
      </Link>
    </div>
  );
}
