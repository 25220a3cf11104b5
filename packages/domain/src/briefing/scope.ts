import { z } from "zod";

export const BRIEFING_SCOPES = ["organization", "team", "objective"] as const;
export type BriefingScopeKind = (typeof BRIEFING_SCOPES)[number];

/** What a briefing covers: the whole organization, one team or one objective. */
export type BriefingScope = { scope: "organization" } | { scope: "team"; id: string } | { scope: "objective"; id: string };

const idSchema = z.string().trim().min(1, "Name the team or objective to brief on.").max(64, "This id is too long.");

/** The briefing's query string (?scope=team&id=…): a team or an objective needs its id, the organization none. */
export const briefingScopeShape = {
  scope: z.enum(BRIEFING_SCOPES, { error: "Choose organization, team or objective." }).default("organization"),
  id: idSchema.optional(),
};

export const briefingScopeSchema: z.ZodType<BriefingScope> = z
  .object(briefingScopeShape)
  .superRefine((value, context) => {
    if (value.scope !== "organization" && value.id === undefined) context.addIssue({ code: "custom", path: ["id"], message: `Name the ${value.scope} to brief on.` });
  })
  .transform((value): BriefingScope => (value.scope === "organization" ? { scope: "organization" } : { scope: value.scope, id: value.id! }));

/** The query string that asks for `scope`, for links to the PDF and the print page. */
export function briefingQuery(scope: BriefingScope): string {
  return scope.scope === "organization" ? "scope=organization" : `scope=${scope.scope}&id=${encodeURIComponent(scope.id)}`;
}
