import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link: a client-side navigation that does not prefetch. Every page here is rendered per request for the
 * person reading it, so Next's default prefetch renders each linked page on the server as soon as its link scrolls
 * into view — some thirty renders for one view of the overview, most never visited. A link that should prefetch
 * says so with `prefetch`.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
