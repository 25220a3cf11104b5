"use client";

import { useEffect, useRef } from "react";
import { AlertTriangle } from "lucide-react";
import { OrgHomeLink } from "./org-home-link";
import { RetryButton } from "./retry-button";

/** What a page that failed to render says: what happened, a retry, and a way home. */
export function ErrorPanel({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The content the person was looking at is gone; the heading that replaces it takes the focus.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="flex min-h-[50vh] flex-col items-center justify-center px-4 text-center">
      <title>Something went wrong · Tally</title>
      <span className="mb-4 flex size-12 items-center justify-center rounded-full bg-red-50 text-red-700">
        <AlertTriangle aria-hidden className="size-6" />
      </span>
      <h1 ref={headingRef} tabIndex={-1} className="text-xl font-semibold text-slate-900 focus:outline-none">
        Something went wrong
      </h1>
      <p className="mt-2 max-w-md text-sm text-slate-600">
        The page could not be shown. Try again; if it keeps happening, contact your admin
        {error.digest ? (
          <>
            {" "}and mention the reference <code className="font-mono text-xs">{error.digest}</code>
          </>
        ) : null}
        .
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <RetryButton reset={reset} />
        <OrgHomeLink variant="secondary" />
      </div>
    </div>
  );
}
