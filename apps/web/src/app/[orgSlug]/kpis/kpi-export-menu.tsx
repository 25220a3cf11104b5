"use client";

import { useQueryStates } from "nuqs";
import { EXPORT_FORMAT_LABELS, EXPORT_FORMATS } from "@tally/domain";
import { ExportMenu } from "@/components/exports/export-menu";
import { kpiFilterParsers, kpiFilterUrlKeys, kpiListHref } from "./filters";

/** "Export": the KPI list as it is filtered and sorted now, read from the address as the list reads it. */
export function KpiExportMenu({ orgSlug }: { orgSlug: string }) {
  const [filters] = useQueryStates(kpiFilterParsers, { urlKeys: kpiFilterUrlKeys });
  const choices = EXPORT_FORMATS.map((format) => {
    const base = kpiListHref(`/api/orgs/${encodeURIComponent(orgSlug)}/exports/kpis`, { ...filters, page: null });
    return { label: `KPI list as ${EXPORT_FORMAT_LABELS[format]}`, href: `${base}${base.includes("?") ? "&" : "?"}format=${format}` };
  });
  return <ExportMenu label="Export" heading="The list as filtered" choices={choices} />;
}
