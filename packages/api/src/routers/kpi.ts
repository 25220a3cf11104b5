import { z } from "zod";
import {
  asOfShape,
  checkFormulaShape,
  kpiDefinitionShape,
  kpiIdSchema,
  listKpisShape,
  setKpiListColumnsShape,
  slugSchema,
  updateKpiShape,
  withKpiRules,
} from "@tally/domain";
import { kpiAsOf } from "../services/as-of/kpi-as-of";
import { kpiStatusTimeline } from "../services/analysis/status-timeline";
import { createKpi, setKpiArchived, updateKpi } from "../services/kpi/definitions";
import { kpiAnalysis } from "../services/analysis/kpi-analysis";
import { getKpi } from "../services/kpi/detail";
import { checkFormula } from "../services/kpi/formula-check";
import { kpiFilterOptions, kpiFormOptions } from "../services/kpi/form-options";
import { listKpis } from "../services/kpi/list";
import { kpiListColumnsOf, setKpiListColumns } from "../services/kpi/list-views";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

const createInput = withKpiRules(z.strictObject({ orgSlug: slugSchema, ...kpiDefinitionShape }));
const updateInput = withKpiRules(z.strictObject({ orgSlug: slugSchema, ...updateKpiShape }));

function withoutSlug<T extends { orgSlug: string }>({ orgSlug: _orgSlug, ...rest }: T): Omit<T, "orgSlug"> {
  return rest;
}

export const kpiRouter = router({
  list: permissionProcedure("kpi.view")
    .input(orgInput(listKpisShape))
    .query(({ ctx, input }) => listKpis(ctx.db, ctx.actor, withoutSlug(input))),

  /** The list's columns as the member chose them, or the default set. */
  listColumns: permissionProcedure("kpi.view")
    .input(orgInput({}))
    .query(({ ctx }) => kpiListColumnsOf(ctx.db, ctx.actor)),

  setListColumns: permissionProcedure("kpi.view")
    .input(orgInput(setKpiListColumnsShape))
    .mutation(({ ctx, input }) => setKpiListColumns(ctx.db, ctx.actor, input.columns)),

  /** The KPI as it stood at the end of a past day in the organization's zone, for its page's `?asOf=`. */
  asOf: permissionProcedure("kpi.view")
    .input(orgInput({ ...kpiIdSchema.shape, asOf: asOfShape.asOf.unwrap() }))
    .query(({ ctx, input }) => kpiAsOf(ctx.db, ctx.actor, input.kpiId, input.asOf)),

  get: permissionProcedure("kpi.view")
    .input(orgInput(kpiIdSchema.shape))
    .query(({ ctx, input }) => getKpi(ctx.db, ctx.actor, input.kpiId)),

  /** Forecast, signal versus noise, change against earlier periods and comments: the KPI page's analysis. */
  analysis: permissionProcedure("kpi.view")
    .input(orgInput(kpiIdSchema.shape))
    .query(({ ctx, input }) => kpiAnalysis(ctx.db, ctx.actor, input.kpiId)),

  /** Every status change of the KPI with its cause ("Why this status"), newest first. */
  statusHistory: permissionProcedure("kpi.view")
    .input(orgInput(kpiIdSchema.shape))
    .query(({ ctx, input }) => kpiStatusTimeline(ctx.db, ctx.actor, input.kpiId)),

  /** People, teams and objectives the KPI form offers: only to those who may create or edit KPIs. */
  formOptions: permissionProcedure("kpi.create")
    .input(orgInput({}))
    .query(({ ctx }) => kpiFormOptions(ctx.db, ctx.actor)),

  /** Owners, teams and objectives the KPI list filters by. */
  filterOptions: permissionProcedure("kpi.view")
    .input(orgInput({}))
    .query(({ ctx }) => kpiFilterOptions(ctx.db, ctx.actor)),

  /** A formula judged as it is typed, with the values it would give over the last periods: what the form shows. */
  checkFormula: permissionProcedure("kpi.create")
    .input(orgInput(checkFormulaShape))
    .query(({ ctx, input }) => checkFormula(ctx.db, ctx.actor, withoutSlug(input))),

  create: permissionProcedure("kpi.create")
    .input(createInput)
    .mutation(({ ctx, input }) => createKpi(ctx.db, ctx.actor, withoutSlug(input))),

  update: permissionProcedure("kpi.update")
    .input(updateInput)
    .mutation(({ ctx, input }) => updateKpi(ctx.db, ctx.actor, withoutSlug(input))),

  archive: permissionProcedure("kpi.update")
    .input(orgInput(kpiIdSchema.shape))
    .mutation(({ ctx, input }) => setKpiArchived(ctx.db, ctx.actor, input.kpiId, true)),

  restore: permissionProcedure("kpi.update")
    .input(orgInput(kpiIdSchema.shape))
    .mutation(({ ctx, input }) => setKpiArchived(ctx.db, ctx.actor, input.kpiId, false)),
});
