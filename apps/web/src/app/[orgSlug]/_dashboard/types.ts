import type { RouterOutputs } from "@/lib/trpc/types";

export type Dashboard = RouterOutputs["dashboard"]["overview"];
export type AttentionItem = Dashboard["needsAttention"][number];
export type RecentCheckIn = Dashboard["recentCheckIns"][number];
export type ObjectiveHealth = Dashboard["objectives"][number];
