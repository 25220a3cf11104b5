/** The drawing's height in pixels; the placeholder shown while it loads has the same (Tailwind h-72). */
export const CHART_HEIGHT = 288;
export const CHART_HEIGHT_CLASS = "h-72";
export const CHART_MARGIN = { top: 20, right: 8, bottom: 4, left: 4 } as const;
export const CHART_FONT_SIZE = 12;
/** Enough rows of values for a 230 px tall plot, about 45 px apart. */
export const MAX_Y_TICKS = 6;
