import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ArrowLeft } from "lucide-react";
import { templateByKey } from "@tally/domain";
import { KpiForm } from "@/components/kpi/kpi-form";
import { newKpiState } from "@/components/kpi/kpi-form-state";
import { LibraryPicker } from "@/components/kpi/library-picker";
import { personChoices } from "@/components/kpi/person-choices";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgToday } from "@/server/format";
import { requirePagePermission } from "@/server/org-context";

export const metadata: Metadata = { title: "New KPI" };

interface Props {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<{ template?: string | string[] }>;
}

/** First a template from the library (or none), then the form pre-filled with it. */
export default async function NewKpiPage({ params, searchParams }: Props) {
  const { orgSlug } = await params;
  const { template: requested } = await searchParams;
  const context = await requirePagePermission(orgSlug, "kpi.create");
  const baseHref = `/${orgSlug}/kpis/new`;
  const key = typeof requested === "string" ? requested : null;
  const template = key ? templateByKey(key) : null;

  if (key !== "scratch" && !template) {
    return (
      <>
        <PageHeader title="New KPI" description="Start from a proven KPI of the library, or define your own. Every field stays editable." />
        <LibraryPicker baseHref={baseHref} />
      </>
    );
  }

  const caller = await getCaller();
  const options = await loadForPage(() => caller.kpi.formOptions({ orgSlug }), `${baseHref}?template=${key}`);
  const initial = newKpiState({ today: await getOrgToday(orgSlug), currency: options.currency, ownerMembershipId: context.membership.id }, template);

  return (
    <>
      <Link href={baseHref} className="mb-4 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowLeft aria-hidden className="size-4" />
        Choose another template
      </Link>
      <PageHeader
        title={template ? `New KPI: ${template.name}` : "New KPI"}
        description={template ? "Pre-filled from the library. Adjust it to how your organization measures it, set a target and save." : "Define what is measured, the target and who owns it."}
      />
      <Card>
        <KpiForm
          orgSlug={orgSlug}
          mode={{ kind: "create" }}
          initial={initial}
          options={options}
          people={personChoices(options)}
          formula={template?.formula ?? null}
          cancelHref={`/${orgSlug}/kpis`}
        />
      </Card>
    </>
  );
}
