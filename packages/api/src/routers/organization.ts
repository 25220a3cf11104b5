import { createOrganizationSchema, orgSettingsSchema, permissionsOf } from "@tally/domain";
import {
  createOrganization,
  getOrganization,
  listOrganizationsOf,
  updateOrganizationSettings,
} from "../services/organizations";
import { authedProcedure, orgInput, orgProcedure, permissionProcedure, router } from "../trpc/procedures";

export const organizationRouter = router({
  mine: authedProcedure.query(({ ctx }) => listOrganizationsOf(ctx.db, ctx.user.id)),

  create: authedProcedure.input(createOrganizationSchema).mutation(({ ctx, input }) => createOrganization(ctx.db, ctx.user.id, input)),

  /** What the signed-in shell needs: the organization, the caller's role and what that role may do. */
  current: orgProcedure.input(orgInput({})).query(({ ctx }) => ({
    organization: {
      id: ctx.actor.orgId,
      name: ctx.actor.orgName,
      slug: ctx.actor.orgSlug,
      currency: ctx.actor.currency,
      weekStart: ctx.actor.weekStart,
      timeZone: ctx.actor.timeZone,
      /** The format this member reads in: their own choice, or the organization's. */
      locale: ctx.actor.locale,
      orgLocale: ctx.actor.orgLocale,
    },
    membership: { id: ctx.actor.membershipId, role: ctx.actor.role },
    permissions: permissionsOf(ctx.actor.role),
  })),

  settings: permissionProcedure("org.view")
    .input(orgInput({}))
    .query(({ ctx }) => getOrganization(ctx.db, ctx.actor)),

  updateSettings: permissionProcedure("org.update")
    .input(orgInput(orgSettingsSchema.shape))
    .mutation(({ ctx, input }) =>
      updateOrganizationSettings(ctx.db, ctx.actor, {
        name: input.name,
        currency: input.currency,
        locale: input.locale,
        timeZone: input.timeZone,
        weekStart: input.weekStart,
        escalateToLeadsAfterDays: input.escalateToLeadsAfterDays,
        escalateToAdminsAfterDays: input.escalateToAdminsAfterDays,
      }),
    ),
});
