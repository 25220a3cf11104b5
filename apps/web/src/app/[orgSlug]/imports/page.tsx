import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { decimalSeparatorOf, importDateFormat } from "@tally/domain";
import { PageHeader } from "@/components/ui/page-header";
import { getCaller, loadForPage } from "@/server/caller";
import { requirePagePermission } from "@/server/org-context";
import { ImportWorkbench } from "./import-workbench";

export const metadata: Metadata = { title: "Import values" };

// Ids are short; anything longer is not an id.
const MAX_ID_LENGTH = 64;

interface Props {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<{ kpi?: string | string[] }>;
}

export default async function ImportsPage({ params, searchParams }: Props) {
  const { orgSlug } = await params;
  const { organization } = await requirePagePermission(orgSlug, "checkin.record");
  const kpiId = (await searchParams).kpi;
  let kpi: { id: string; name: string; code: string | null } | null = null;
  if (typeof kpiId === "string" && kpiId) {
    if (kpiId.length > MAX_ID_LENGTH) notFound();
    const caller = await getCaller();
    const found = await loadForPage(() => caller.kpi.get({ orgSlug, kpiId }), `/${orgSlug}/imports?kpi=${encodeURIComponent(kpiId)}`);
    kpi = { id: found.id, name: found.name, code: found.code };
  }

  return (
    <>
      <Link href={kpi ? `/${orgSlug}/kpis/${kpi.id}` : `/${orgSlug}/kpis`} className="mb-4 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowLeft aria-hidden className="size-4" />
        {kpi ? kpi.name : "All KPIs"}
      </Link>
      <PageHeader
        title="Import values"
        description={
          kpi
            ? `Add or correct many values of ${kpi.name}${kpi.code ? ` (${kpi.code})` : ""} at once from a CSV or Excel file. Check the file first: nothing is written until you import it, and then every row or none.`
            : "Add or correct many values at once from a CSV or Excel file. Check the file first: nothing is written until you import it, and then every row or none."
        }
      />
      <ImportWorkbench orgSlug={orgSlug} defaultSeparator={decimalSeparatorOf(organization.orgLocale)} dateExample={importDateFormat(organization.orgLocale).example} kpi={kpi} />
    </>
  );
}
