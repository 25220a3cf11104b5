import type { Formatter } from "@/lib/format";

/** "1 Mar 2026 – 31 Mar 2026": a review's period in the organization's date format. */
export function periodText(review: { periodStart: string; periodEnd: string }, formatter: Formatter): string {
  return `${formatter.formatDate(review.periodStart)} – ${formatter.formatDate(review.periodEnd)}`;
}
