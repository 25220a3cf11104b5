import { briefingScopeShape, type BriefingScope } from "@tally/domain";
import { loadBriefing } from "../services/briefing";
import { fieldError } from "../services/errors";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

function scopeOf(input: { scope: BriefingScope["scope"]; id?: string | undefined }): BriefingScope {
  if (input.scope === "organization") return { scope: "organization" };
  if (!input.id) throw fieldError("id", `Name the ${input.scope} to brief on.`);
  return { scope: input.scope, id: input.id };
}

export const briefingRouter = router({
  /** The briefing pack of the organization, a team or an objective, for the print page; the PDF route gives the same. */
  get: permissionProcedure("kpi.view")
    .input(orgInput(briefingScopeShape))
    .query(async ({ ctx, input }) => {
      const { subject: _subject, ...briefing } = await loadBriefing(ctx.db, ctx.actor, scopeOf(input));
      return briefing;
    }),
});
