import { apiKeyRefSchema, createApiKeyShape } from "@tally/domain";
import { createApiKey, listApiKeys, revokeApiKey } from "../services/api-keys/manage";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

const manageKeys = permissionProcedure("apiKey.manage");

export const apiKeyRouter = router({
  list: manageKeys.input(orgInput({})).query(({ ctx }) => listApiKeys(ctx.db, ctx.actor)),

  create: manageKeys.input(orgInput(createApiKeyShape)).mutation(({ ctx, input }) =>
    createApiKey(ctx.db, ctx.actor, { name: input.name, scope: input.scope, teamId: input.teamId, expiresOn: input.expiresOn }),
  ),

  revoke: manageKeys.input(orgInput(apiKeyRefSchema.shape)).mutation(({ ctx, input }) => revokeApiKey(ctx.db, ctx.actor, input.apiKeyId)),
});
