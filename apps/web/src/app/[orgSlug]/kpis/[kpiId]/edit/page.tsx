import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { templateByKey } from "@tally/domain";
import { KpiForm } from "@/components/kpi/kpi-form";
import { kpiState } from "@/components/kpi/kpi-form-state";
import { personChoices } from "@/components/kpi/person-choices";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCaller, loadForPage } from "@/server/caller";
import { getFormatSettings } from "@/server/format";
import { requirePagePermission } from "@/server/org-context";

export const metadata: Metadata = { title: "Edit KPI" };

// Ids are short; anything longer is not an id, and asking the API would only earn a validation error.
const MAX_ID_LENGTH = 64;

/** The definition form, filled from the saved KPI and tied to its version so a concurrent save is refused, not overwritten. */
export default async function EditKpiPage({ params }: { params: Promise<{ orgSlug: string; kpiId: string }> }) {
  const { orgSlug, kpiId } = await params;
  if (kpiId.length > MAX_ID_LENGTH) notFound();
  await requirePagePermission(orgSlug, "kpi.update");
  const caller = await getCaller();
  const kpiHref = `/${orgSlug}/kpis/${kpiId}`;
  const [kpi, options] = await loadForPage(() => Promise.all([caller.kpi.get({ orgSlug, kpiId }), caller.kpi.formOptions({ orgSlug })]), `${kpiHref}/edit`);
  if (!kpi.permissions.canEdit) notFound();
  const { locale } = await getFormatSettings(orgSlug);

  return (
    <>
      <Link href={kpiHref} className="mb-4 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowLeft aria-hidden className="size-4" />
        {kpi.name}
      </Link>
      <PageHeader title={`Edit ${kpi.name}`} description="Every saved change is recorded in the KPI's definition history." />
      <Card>
        <KpiForm
          orgSlug={orgSlug}
          mode={{ kind: "edit", kpiId: kpi.id, version: kpi.version }}
          initial={kpiState(kpi, options.currency, locale)}
          options={options}
          people={personChoices(options, [kpi.owner, ...kpi.contributors])}
          formula={kpi.templateKey ? (templateByKey(kpi.templateKey)?.formula ?? null) : null}
          cancelHref={kpiHref}
        />
      </Card>
    </>
  );
}
