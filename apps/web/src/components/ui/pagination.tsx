import Link from "@/components/ui/link";
import { ChevronLeft, ChevronRight } from "lucide-react";

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** The URL of a page, keeping the current filters: build it with the list's filter serializer. */
  hrefFor: (page: number) => string;
}

export function Pagination({ page, pageSize, total, hrefFor }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const linkClass = "inline-flex items-center gap-1 rounded-md border border-slate-300 bg-surface px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
      <p>
        {first}–{last} of {total}
      </p>
      <div className="flex gap-2">
        {page > 1 && (
          <Link href={hrefFor(page - 1)} className={linkClass} rel="prev">
            <ChevronLeft aria-hidden className="size-4" /> Previous
          </Link>
        )}
        {page < pages && (
          <Link href={hrefFor(page + 1)} className={linkClass} rel="next">
            Next <ChevronRight aria-hidden className="size-4" />
          </Link>
        )}
      </div>
    </nav>
  );
}
