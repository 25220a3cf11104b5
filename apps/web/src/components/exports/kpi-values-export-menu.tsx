"use client";

import { EXPORT_FORMAT_LABELS, EXPORT_FORMATS } from "@tally/domain";
import { valuesExportHref } from "./export-links";
import { ExportMenu } from "./export-menu";

/** "Export values" on a KPI page: every recorded value of this KPI, as CSV or Excel. */
export function KpiValuesExportMenu({ orgSlug, kpiId }: { orgSlug: string; kpiId: string }) {
  const choices = EXPORT_FORMATS.map((format) => ({ label: `Values as ${EXPORT_FORMAT_LABELS[format]}`, href: valuesExportHref(orgSlug, format, { kpiId }) }));
  return <ExportMenu label="Export values" heading="Every recorded value" choices={choices} />;
}
