export { DEFAULT_KPI_WEIGHT, KPI_WEIGHT_DECIMALS, MAX_KPI_WEIGHT, kpiWeightFormSchema, kpiWeightProblem, kpiWeightSchema, setKpiWeightSchema, setKpiWeightShape } from "./weight";
export type { SetKpiWeightInput } from "./weight";
export { emptyStatusWeights, linkProgress, objectiveRollup, weightedHealth } from "./rollup";
export type { ObjectiveRollup, ProgressInput, RollupLink, StatusWeights, WeightedHealth } from "./rollup";
