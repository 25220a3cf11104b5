import type { RouterOutputs } from "@/lib/trpc/types";

export type ReviewListRow = RouterOutputs["review"]["list"][number];
export type ReviewBriefing = RouterOutputs["review"]["briefing"];
export type ReviewBriefingKpi = ReviewBriefing["kpis"][number];
export type ReviewEntry = ReviewBriefing["generalNotes"][number];
export type ReviewFormOptions = RouterOutputs["review"]["formOptions"];
