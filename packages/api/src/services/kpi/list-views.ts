import type { PrismaClient } from "@tally/db";
import { resolveKpiListColumns, savedViewFiltersSchema, type KpiListColumn, type SavedViewFilters } from "@tally/domain";
import type { OrgActor } from "../actor";
import { domainError, fieldError, notFound } from "../errors";
import { isUniqueViolation } from "../unique-violation";

/** Enough for every way one person looks at the list; more signals a script, not a person. */
export const MAX_SAVED_VIEWS = 50;

type Db = Pick<PrismaClient, "membership" | "savedKpiView">;

/** The KPI list's columns as this member chose them, or the default set. */
export async function kpiListColumnsOf(db: Db, actor: OrgActor): Promise<KpiListColumn[]> {
  const membership = await db.membership.findUniqueOrThrow({
    where: { orgId_id: { orgId: actor.orgId, id: actor.membershipId } },
    select: { kpiListColumns: true },
  });
  return resolveKpiListColumns(membership.kpiListColumns);
}

export async function setKpiListColumns(db: Db, actor: OrgActor, columns: KpiListColumn[]): Promise<KpiListColumn[]> {
  const resolved = resolveKpiListColumns(columns);
  await db.membership.update({ where: { orgId_id: { orgId: actor.orgId, id: actor.membershipId } }, data: { kpiListColumns: resolved } });
  return resolved;
}

const viewSelect = { id: true, name: true, filters: true, columns: true } as const;

/** A stored view as the list applies it; filters written by an older release fall back to the defaults. */
function toSavedView(row: { id: string; name: string; filters: unknown; columns: string[] }) {
  const filters = savedViewFiltersSchema.safeParse(row.filters);
  return {
    id: row.id,
    name: row.name,
    filters: filters.success ? filters.data : savedViewFiltersSchema.parse({}),
    columns: resolveKpiListColumns(row.columns),
  };
}

export type SavedKpiView = ReturnType<typeof toSavedView>;

const duplicateName = () => fieldError("name", "You already have a view with this name. Choose another.", "conflict");

/** The member's own views, by name; nobody else's, whatever their role. */
export async function listSavedViews(db: Db, actor: OrgActor): Promise<SavedKpiView[]> {
  const rows = await db.savedKpiView.findMany({
    where: { orgId: actor.orgId, membershipId: actor.membershipId },
    orderBy: { name: "asc" },
    select: viewSelect,
  });
  return rows.map(toSavedView);
}

export async function createSavedView(
  db: Db,
  actor: OrgActor,
  input: { name: string; filters: SavedViewFilters; columns: KpiListColumn[] },
): Promise<SavedKpiView> {
  const count = await db.savedKpiView.count({ where: { orgId: actor.orgId, membershipId: actor.membershipId } });
  if (count >= MAX_SAVED_VIEWS) throw domainError("invalid", `You have ${MAX_SAVED_VIEWS} saved views, the most there can be. Delete one first.`);
  try {
    const row = await db.savedKpiView.create({
      data: { orgId: actor.orgId, membershipId: actor.membershipId, name: input.name, filters: input.filters, columns: input.columns },
      select: viewSelect,
    });
    return toSavedView(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName();
    throw error;
  }
}

/** Renames a view, or replaces its filters and columns; a view of another member is not found, as if it did not exist. */
export async function updateSavedView(
  db: Db,
  actor: OrgActor,
  input: { viewId: string; name?: string; filters?: SavedViewFilters; columns?: KpiListColumn[] },
): Promise<SavedKpiView> {
  try {
    const { count } = await db.savedKpiView.updateMany({
      where: { orgId: actor.orgId, id: input.viewId, membershipId: actor.membershipId },
      data: { name: input.name, filters: input.filters, columns: input.columns },
    });
    if (count === 0) throw notFound("This view");
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName();
    throw error;
  }
  const row = await db.savedKpiView.findUniqueOrThrow({ where: { orgId_id: { orgId: actor.orgId, id: input.viewId } }, select: viewSelect });
  return toSavedView(row);
}

export async function deleteSavedView(db: Db, actor: OrgActor, viewId: string): Promise<{ id: string }> {
  const { count } = await db.savedKpiView.deleteMany({ where: { orgId: actor.orgId, id: viewId, membershipId: actor.membershipId } });
  if (count === 0) throw notFound("This view");
  return { id: viewId };
}
