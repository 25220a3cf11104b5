import { idSchemaWith, listNotificationsShape, markNotificationsReadShape, setFollowingShape, updateNotificationPreferencesShape } from "@tally/domain";
import { listNotifications, markNotificationsRead, unreadNotificationCount } from "../services/notifications/centre";
import { followingOf, setFollowing } from "../services/notifications/following";
import { notificationPreferences, updateNotificationPreferences } from "../services/notifications/preferences";
import { orgInput, orgProcedure, permissionProcedure, router } from "../trpc/procedures";

/** A member's own notification centre, their preferences, and the KPIs they follow. */
export const notificationRouter = router({
  list: orgProcedure.input(orgInput(listNotificationsShape)).query(({ ctx, input }) => listNotifications(ctx.db, ctx.actor, input)),

  unreadCount: orgProcedure.input(orgInput({})).query(({ ctx }) => unreadNotificationCount(ctx.db, ctx.actor)),

  markRead: orgProcedure
    .input(orgInput(markNotificationsReadShape).refine((input) => input.all === true || input.notificationId !== undefined, "Choose a notification, or all."))
    .mutation(({ ctx, input }) => markNotificationsRead(ctx.db, ctx.actor, input)),

  preferences: orgProcedure.input(orgInput({})).query(({ ctx }) => notificationPreferences(ctx.db, ctx.actor)),

  updatePreferences: orgProcedure
    .input(orgInput(updateNotificationPreferencesShape))
    .mutation(({ ctx, input }) => updateNotificationPreferences(ctx.db, ctx.actor, { channels: input.channels, digest: input.digest })),

  following: permissionProcedure("kpi.view")
    .input(orgInput({ kpiId: idSchemaWith("Choose a KPI.") }))
    .query(({ ctx, input }) => followingOf(ctx.db, ctx.actor, input.kpiId)),

  setFollowing: permissionProcedure("kpi.view")
    .input(orgInput(setFollowingShape))
    .mutation(({ ctx, input }) => setFollowing(ctx.db, ctx.actor, input.kpiId, input.following)),
});

