"use client";

import { ErrorPanel } from "@/components/feedback/error-panel";

/** A page outside an organization failed to render; inside one, the organization's own error page keeps the shell. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="px-4 py-10">
      <ErrorPanel error={error} reset={reset} />
    </main>
  );
}
