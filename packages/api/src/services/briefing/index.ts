export { loadBriefing } from "./load-briefing";
export { BRIEFING_CHART_PERIODS, BRIEFING_MAX_KPIS, briefingSections } from "./kpi-sections";
export type { Briefing, BriefingAction, BriefingCover, BriefingKpi, BriefingPoint } from "./types";
