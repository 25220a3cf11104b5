import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Target } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgFormatter } from "@/server/format";
import { requirePagePermission } from "@/server/org-context";
import { HealthBar } from "@/components/kpi/health-bar";
import { ObjectiveDialog } from "./objective-dialog";

export const metadata: Metadata = { title: "Objectives" };

export default async function ObjectivesPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { permissions } = await requirePagePermission(orgSlug, "objective.view");
  const formatter = await getOrgFormatter(orgSlug);
  const canCreate = permissions.includes("objective.create");
  const canEdit = permissions.includes("objective.update");
  const caller = await getCaller();
  const [objectives, options] = await loadForPage(
    () => Promise.all([caller.objective.list({ orgSlug }), canCreate || canEdit ? caller.kpi.formOptions({ orgSlug }) : Promise.resolve(null)]),
    `/${orgSlug}/objectives`,
  );
  return (
    <>
      <PageHeader
        title="Objectives"
        description="The outcomes your KPIs serve, with the health of the KPIs linked to each."
        actions={canCreate && options ? <ObjectiveDialog orgSlug={orgSlug} members={options.members} /> : undefined}
      />
      {objectives.length === 0 ? (
        <EmptyState icon={Target} title="No objectives yet">
          Objectives such as “Grow recurring revenue 20% this year” give KPIs their purpose.
          {canCreate ? " Create the first one, then link KPIs to it from their edit page." : " Executives and admins create them."}
        </EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {objectives.map((objective) => {
            const total = Object.values(objective.health).reduce((sum, count) => sum + count, 0);
            return (
              <li key={objective.id} className="rounded-xl border border-slate-200 bg-surface p-5 shadow-xs" aria-label={objective.name}>
                <div className="flex items-start justify-between gap-2">
                  <h2 className="font-semibold text-slate-900">
                    <Link href={`/${orgSlug}/objectives/${objective.id}`} className="hover:underline">
                      {objective.name}
                    </Link>
                  </h2>
                  {canEdit && options && (
                    <ObjectiveDialog
                      orgSlug={orgSlug}
                      members={options.members}
                      objective={objective}
                    />
                  )}
                </div>
                <p className="mt-1 text-xs text-slate-500">
                  {objective.owner.name}
                  {objective.dueDate && ` · due ${formatter.formatDate(objective.dueDate)}`}
                </p>
                {objective.description && <p className="mt-3 text-sm text-slate-600">{objective.description}</p>}
                <div className="mt-4">
                  <HealthBar health={objective.health} />
                </div>
                <Link href={`/${orgSlug}/kpis?objective=${objective.id}`} className="mt-4 inline-block text-sm font-medium text-brand-600 hover:underline">
                  {total === 0 ? "No KPIs linked yet" : `See its ${total} KPI${total === 1 ? "" : "s"}`}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
