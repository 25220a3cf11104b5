"use client";

import { ErrorPanel } from "@/components/feedback/error-panel";

/** A page of the organization failed to render: the navigation stays, the page says so and offers a retry. */
export default function OrganizationErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel error={error} reset={reset} />;
}
