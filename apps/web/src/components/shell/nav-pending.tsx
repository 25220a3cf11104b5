"use client";

import { useLinkStatus } from "next/link";

/**
 * Shown inside a navigation link while the page it leads to loads. Pages render whole on the server (so a page
 * the member may not see answers 404, not a streamed 200), and this is the sign that the click was taken.
 */
export function NavPending() {
  const { pending } = useLinkStatus();
  return (
    <span
      aria-hidden
      className={`ml-auto size-3.5 rounded-full border-2 border-current border-r-transparent ${pending ? "animate-spin opacity-70" : "opacity-0"}`}
    />
  );
}
