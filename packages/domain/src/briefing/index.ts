export { BRIEFING_SCOPES, briefingQuery, briefingScopeSchema, briefingScopeShape } from "./scope";
export type { BriefingScope, BriefingScopeKind } from "./scope";
export { BRIEFING_STATUS_ORDER, briefingSummary, orderBriefingSections } from "./order";
export type { BriefingSummary } from "./order";
export { chartGeometry, chartScale, niceStep } from "./chart";
export type { ChartBox, ChartGeometry, ChartPoint, ChartScale, ChartSegment } from "./chart";
export { briefingFileName, pdfText } from "./pdf-text";
