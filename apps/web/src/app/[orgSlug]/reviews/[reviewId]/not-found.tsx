import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { SearchX } from "lucide-react";

export const metadata: Metadata = { title: "Review not found" };

/** An unknown review, or one the reader takes no part in: the same answer, so neither is told apart. */
export default function ReviewNotFound() {
  return (
    <div className="flex min-h-[50vh] flex-col items-center justify-center px-4 text-center">
      <span className="mb-4 flex size-12 items-center justify-center rounded-full bg-brand-50 text-brand-700">
        <SearchX aria-hidden className="size-6" />
      </span>
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">Review not found</h1>
      <p className="mt-2 max-w-md text-sm text-slate-600">This review does not exist, or you do not take part in it.</p>
      <div className="mt-6">
        {/* Relative to the review's address, so the link needs no organization from the route. */}
        <Link href="../reviews" className="text-sm font-medium text-brand-700 underline underline-offset-2">
          See all reviews
        </Link>
      </div>
    </div>
  );
}
