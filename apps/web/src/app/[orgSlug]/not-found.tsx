import type { Metadata } from "next";
import { SearchX } from "lucide-react";
import { OrgHomeLink } from "@/components/feedback/org-home-link";

export const metadata: Metadata = { title: "Page not found" };

/** A missing KPI, team or page inside an organization: the navigation stays, so the way on is one click. */
export default function OrganizationNotFound() {
  return (
    <div className="flex min-h-[50vh] flex-col items-center justify-center px-4 text-center">
      <span className="mb-4 flex size-12 items-center justify-center rounded-full bg-brand-50 text-brand-700">
        <SearchX aria-hidden className="size-6" />
      </span>
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">Page not found</h1>
      <p className="mt-2 max-w-md text-sm text-slate-600">
        This page does not exist, or you do not have access to it. It may have been deleted or archived; check the address, or go back.
      </p>
      <div className="mt-6">
        <OrgHomeLink />
      </div>
    </div>
  );
}
