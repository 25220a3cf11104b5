import { z } from "zod";

export const TEAM_KINDS = ["department", "project"] as const;

export type TeamKind = (typeof TEAM_KINDS)[number];

export const TEAM_KIND_LABELS: Readonly<Record<TeamKind, string>> = {
  department: "Department",
  project: "Project",
};

export const teamKindSchema = z.enum(TEAM_KINDS, { error: "Choose department or project." });
