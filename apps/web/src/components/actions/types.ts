import type { RouterOutputs } from "@/lib/trpc/types";

export type ActionRow = RouterOutputs["action"]["list"]["items"][number];
export type ActionFormOptions = RouterOutputs["action"]["formOptions"];
