/**
 * Every KPI input schema in one place. Each strict object also has its plain shape (…Shape) so the API
 * can add `orgSlug`: spread the shape into a new z.strictObject, and for KPI definitions wrap the result
 * in withKpiRules, which carries the rules that span several fields.
 */
export {
  MAX_CONTRIBUTORS,
  MAX_OBJECTIVES_PER_KPI,
  createKpiSchema,
  kpiDefinitionSchema,
  kpiDefinitionShape,
  kpiIdSchema,
  updateKpiSchema,
  updateKpiShape,
} from "./definition-schema";
export type { CreateKpiInput, KpiDefinitionFormValues, KpiDefinitionInput, KpiIdInput, UpdateKpiInput } from "./definition-schema";
export { withKpiRules } from "./kpi-rules";
export type { KpiRuleSubject } from "./kpi-rules";
export { MAX_TARGET_ENTRIES, targetEntryFromInput, targetEntrySchema } from "./target-schema";
export type { TargetEntryInput } from "./target-schema";
export { isoDateSchema, optionalIsoDateSchema } from "./date-schema";
export { DESCRIPTION_MAX, KPI_CODE_PATTERN, KPI_NAME_MAX, KPI_NAME_MIN, kpiCodeSchema, kpiNameSchema } from "./fields";
export {
  COMMENT_MAX,
  MAX_CHECK_INS_AT_ONCE,
  recordCheckInSchema,
  recordCheckInShape,
  recordCheckInsSchema,
  recordCheckInsShape,
} from "./check-in-schemas";
export type { RecordCheckInInput, RecordCheckInsInput } from "./check-in-schemas";
export {
  objectiveIdSchema,
  objectiveSchema,
  objectiveShape,
  updateObjectiveSchema,
  updateObjectiveShape,
} from "./objective-schemas";
export type { ObjectiveIdInput, ObjectiveInput, UpdateObjectiveInput } from "./objective-schemas";
export { KPI_PAGE_SIZE, KPI_SORTS, SORT_ORDERS, listKpisSchema, listKpisShape } from "./list-schema";
export type { KpiSort, ListKpisInput, SortOrder } from "./list-schema";
