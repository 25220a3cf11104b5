import type { ExportFormat } from "@tally/domain";

/** Where an export is downloaded from: the organization's export route with its parameters. */
export function exportHref(orgSlug: string, kind: "kpis" | "check-ins", params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  return `/api/orgs/${encodeURIComponent(orgSlug)}/exports/${kind}?${query.toString()}`;
}

/** The values of one KPI, or of every visible one, over a range of periods. */
export function valuesExportHref(orgSlug: string, format: ExportFormat, range: { kpiId?: string; from?: string; to?: string } = {}): string {
  return exportHref(orgSlug, "check-ins", { format, kpi: range.kpiId, from: range.from, to: range.to });
}

/**
 * Starts a download through a plain anchor, as if the person had clicked a link: the browser streams the file
 * to disk and the page stays where it is.
 */
export function startDownload(href: string): void {
  const anchor = document.createElement("a");
  anchor.href = href;
  anchor.download = "";
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
}
