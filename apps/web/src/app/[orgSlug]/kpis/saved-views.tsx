"use client";

import { useMutation } from "@tanstack/react-query";
import { Bookmark, Pencil, RefreshCw, Trash2 } from "lucide-react";
import type { KpiListColumn, SavedViewFilters } from "@tally/domain";
import { useUrlFilters } from "@/components/filters/use-url-filters";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";
import { useRefresh, useRefreshingMutation } from "@/lib/use-refreshing-mutation";
import { kpiFilterParsers, kpiFilterUrlKeys } from "./filters";
import { ViewNameDialog } from "./view-name-dialog";

type SavedView = RouterOutputs["savedView"]["list"][number];

type UrlFilters = ReturnType<typeof useUrlFilters<typeof kpiFilterParsers>>[0];

/** The list as it is on screen, as a view keeps it: its filters and sort, not the page. */
function viewFiltersOf(filters: UrlFilters): SavedViewFilters {
  const { page: _page, ...rest } = filters;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== null)) as SavedViewFilters;
}

function sameView(view: SavedView, filters: SavedViewFilters, columns: readonly KpiListColumn[]): boolean {
  const keys = new Set([...Object.keys(view.filters), ...Object.keys(filters)]) as Set<keyof SavedViewFilters>;
  return [...keys].every((key) => view.filters[key] === filters[key]) && view.columns.join() === columns.join();
}

const ICON_BUTTON = "px-2 py-1.5";

/**
 * The member's saved views of the KPI list, beside its filters: apply one (its filters, sort and columns), save
 * the list as it is now under a name, rename, replace or delete a view. Nobody else sees them.
 */
export function SavedViews({ orgSlug, views, columns }: { orgSlug: string; views: SavedView[]; columns: readonly KpiListColumn[] }) {
  const trpc = useTRPC();
  const [filters, update] = useUrlFilters(kpiFilterParsers, kpiFilterUrlKeys);
  const { refresh } = useRefresh();
  const current = viewFiltersOf(filters);

  const create = useRefreshingMutation(trpc.savedView.create.mutationOptions({ onSuccess: (view) => toast.success(`View “${view.name}” saved.`) }));
  const change = useRefreshingMutation(trpc.savedView.update.mutationOptions({ onSuccess: (view) => toast.success(`View “${view.name}” saved.`) }));
  const remove = useRefreshingMutation(
    trpc.savedView.delete.mutationOptions({
      onSuccess: () => toast.success("View deleted."),
      onError: (error) => toast.error(clientFailure(error).message),
    }),
  );
  // No refresh after it: the change of address that follows renders the page again with the saved columns, and a
  // refresh racing that navigation could land on the address before it.
  const apply = useMutation(
    trpc.kpi.setListColumns.mutationOptions({
      onError: (error) => toast.error(clientFailure(error).message),
    }),
  );

  const applyView = (view: SavedView) => {
    apply.mutate(
      { orgSlug, columns: view.columns },
      {
        onSuccess: () => {
          // The same filters change no address, so only a refresh shows the view's columns.
          if (sameView({ ...view, columns: [...columns] }, current, columns)) {
            refresh();
            return;
          }
          update({
            search: view.filters.search ?? null,
            status: view.filters.status ?? null,
            category: view.filters.category ?? null,
            ownerMembershipId: view.filters.ownerMembershipId ?? null,
            teamId: view.filters.teamId ?? null,
            objectiveId: view.filters.objectiveId ?? null,
            archived: view.filters.archived,
            sort: view.filters.sort,
            order: view.filters.order,
          });
        },
      },
    );
  };

  return (
    <section aria-labelledby="saved-views-heading" className="flex flex-wrap items-center gap-2">
      <h2 id="saved-views-heading" className="mr-1 text-sm font-medium text-slate-700">
        Saved views
      </h2>
      {views.length === 0 && <p className="text-sm text-slate-500">None yet: set the filters and columns you want, then save them as a view.</p>}
      <ul className="flex flex-wrap items-center gap-2">
        {views.map((view) => {
          const active = sameView(view, current, columns);
          return (
            <li key={view.id} className="flex items-center rounded-md border border-slate-200 bg-surface">
              <Button
                variant="ghost"
                className="px-3 py-1.5"
                aria-pressed={active}
                aria-label={`Apply view ${view.name}`}
                pending={apply.isPending && apply.variables?.columns === view.columns}
                onClick={() => applyView(view)}
              >
                <Bookmark aria-hidden className={active ? "size-4 fill-current" : "size-4"} />
                {view.name}
              </Button>
              <ViewNameDialog
                trigger={
                  <Button variant="ghost" className={ICON_BUTTON} aria-label={`Rename view ${view.name}`} title="Rename">
                    <Pencil aria-hidden className="size-4" />
                  </Button>
                }
                title="Rename the view"
                description={`A new name for “${view.name}”.`}
                submitLabel="Rename"
                initialName={view.name}
                onSave={(name) => change.mutateAsync({ orgSlug, viewId: view.id, name })}
              />
              {!active && (
                <Button
                  variant="ghost"
                  className={ICON_BUTTON}
                  aria-label={`Replace view ${view.name} with the list as it is now`}
                  title="Replace with the list as it is now"
                  pending={change.pending && change.variables?.viewId === view.id && !change.variables.name}
                  onClick={() => change.mutate({ orgSlug, viewId: view.id, filters: current, columns: [...columns] })}
                >
                  <RefreshCw aria-hidden className="size-4" />
                </Button>
              )}
              <ConfirmDialog
                trigger={
                  <Button variant="ghost" className={ICON_BUTTON} aria-label={`Delete view ${view.name}`} title="Delete">
                    <Trash2 aria-hidden className="size-4" />
                  </Button>
                }
                title={`Delete the view “${view.name}”?`}
                description="The KPIs stay as they are; only this saved set of filters and columns goes."
                confirmLabel="Delete view"
                onConfirm={() => remove.mutate({ orgSlug, viewId: view.id })}
              />
            </li>
          );
        })}
      </ul>
      <ViewNameDialog
        trigger={
          <Button variant="secondary" className="px-3 py-1.5">
            Save view
          </Button>
        }
        title="Save this view"
        description="Keeps the list's filters, sort and columns under a name, for you alone."
        submitLabel="Save view"
        onSave={(name) => create.mutateAsync({ orgSlug, name, filters: current, columns: [...columns] })}
      />
    </section>
  );
}
