/** The XmR chart's marks: limits in the signal colour, dashed; two-sigma lines dotted; the centre solid. */
export const SIGNAL_COLORS = {
  limit: "var(--color-rose-700)",
  twoSigma: "var(--color-slate-400)",
  centre: "var(--color-slate-700)",
  flagged: "var(--color-rose-700)",
} as const;
export const SIGNAL_DASHES = { limit: "6 3", twoSigma: "2 3" } as const;
