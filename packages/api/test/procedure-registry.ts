import type { ProcedurePermission } from "../src/trpc/init";
import type { Role } from "@tally/db";
import { teamManagedBy } from "./support/team-world";
import type { OrgWorld } from "./support/world";
import { kpiDefinition } from "./support/kpi-world";
import { WORLD_WEBHOOK_URL } from "./support/webhook-world";

export interface RegisteredProcedure {
  permission: ProcedurePermission;
  /**
   * A valid input for a member of `world`'s organization; org-scoped procedures name its ids. `role` is the
   * caller's, for procedures whose scope depends on it (a manager manages a department, a project lead a project).
   */
  input?: (world: OrgWorld, role: Role) => unknown;
}

/**
 * Every procedure of the app router with the permission it must enforce. The sweep fails for a procedure
 * that is missing here, so a new procedure cannot ship without a declared permission and the sweeps.
 */
export const PROCEDURE_REGISTRY: Record<string, RegisteredProcedure> = {
  "auth.signUp": { permission: "public" },
  "auth.slugAvailability": { permission: "public" },
  "account.me": { permission: "authed" },
  "organization.mine": { permission: "authed" },
  "organization.create": { permission: "authed" },
  "organization.current": { permission: "member", input: (w) => ({ orgSlug: w.org.slug }) },
  "organization.settings": { permission: "org.view", input: (w) => ({ orgSlug: w.org.slug }) },
  "organization.updateSettings": {
    permission: "org.update",
    input: (w) => ({ orgSlug: w.org.slug, name: `${w.org.name} renamed`, currency: "EUR", locale: "de-DE", timeZone: "Europe/Berlin", weekStart: 1 }),
  },
  "auth.requestPasswordReset": { permission: "public" },
  "auth.passwordResetLink": { permission: "public" },
  "auth.resetPassword": { permission: "public" },
  "account.updateProfile": { permission: "authed" },
  "account.changePassword": { permission: "authed" },
  "account.securityLog": { permission: "authed" },
  "account.preferences": { permission: "authed" },
  "account.updatePreferences": { permission: "authed" },
  "invitation.preview": { permission: "public" },
  "invitation.acceptAsNewUser": { permission: "public" },
  "invitation.accept": { permission: "authed" },
  "invitation.create": {
    permission: "member.invite",
    input: (w) => ({ orgSlug: w.org.slug, invitations: [{ email: `new-${w.org.slug}@example.test`, role: "viewer", teamIds: [] }] }),
  },
  "invitation.list": { permission: "member.invite", input: (w) => ({ orgSlug: w.org.slug }) },
  "invitation.resend": { permission: "member.invite", input: (w) => ({ orgSlug: w.org.slug, invitationId: w.invitationId }) },
  "invitation.revoke": { permission: "member.invite", input: (w) => ({ orgSlug: w.org.slug, invitationId: w.invitationId }) },
  "member.list": { permission: "member.list", input: (w) => ({ orgSlug: w.org.slug }) },
  "member.changeRole": {
    permission: "member.update",
    input: (w) => ({ orgSlug: w.org.slug, membershipId: w.members.viewer.membershipId, role: "manager" }),
  },
  "member.deactivate": { permission: "member.update", input: (w) => ({ orgSlug: w.org.slug, membershipId: w.members.viewer.membershipId }) },
  "member.reactivate": { permission: "member.update", input: (w) => ({ orgSlug: w.org.slug, membershipId: w.members.viewer.membershipId }) },
  "member.leave": { permission: "member.leave", input: (w) => ({ orgSlug: w.org.slug }) },
  "audit.list": { permission: "audit.view", input: (w) => ({ orgSlug: w.org.slug }) },
  "audit.actors": { permission: "audit.view", input: (w) => ({ orgSlug: w.org.slug }) },
  "team.list": { permission: "team.list", input: (w) => ({ orgSlug: w.org.slug }) },
  "team.get": { permission: "team.list", input: (w) => ({ orgSlug: w.org.slug, teamId: w.teams.department.id }) },
  "team.kpis": { permission: "team.list", input: (w) => ({ orgSlug: w.org.slug, teamId: w.teams.department.id }) },
  "team.healthHistory": { permission: "team.list", input: (w) => ({ orgSlug: w.org.slug, teamId: w.teams.department.id }) },
  "team.create": { permission: "team.manage", input: (w) => ({ orgSlug: w.org.slug, name: "Customer success", kind: "department" }) },
  "team.rename": { permission: "team.manage", input: (w) => ({ orgSlug: w.org.slug, teamId: w.teams.project.id, name: "Data migration" }) },
  "team.delete": { permission: "team.manage", input: (w) => ({ orgSlug: w.org.slug, teamId: w.teams.project.id }) },
  "team.setLead": {
    permission: "team.manage",
    input: (w) => ({ orgSlug: w.org.slug, teamId: w.teams.department.id, membershipId: w.members.viewer.membershipId, isLead: true }),
  },
  "team.candidates": {
    permission: "team.manageMembers",
    input: (w, role) => ({ orgSlug: w.org.slug, teamId: teamManagedBy(w.teams, role).id }),
  },
  "team.addMember": {
    permission: "team.manageMembers",
    input: (w, role) => ({ orgSlug: w.org.slug, teamId: teamManagedBy(w.teams, role).id, membershipId: w.members.hr.membershipId }),
  },
  "team.removeMember": {
    permission: "team.manageMembers",
    input: (w, role) => ({ orgSlug: w.org.slug, teamId: teamManagedBy(w.teams, role).id, membershipId: w.members.viewer.membershipId }),
  },
  "kpi.list": { permission: "kpi.view", input: (w) => ({ orgSlug: w.org.slug }) },
  // The world's organization keeps the UTC zone: today there is a day its KPIs existed on.
  "kpi.asOf": { permission: "kpi.view", input: (w, role) => ({ orgSlug: w.org.slug, kpiId: w.kpis.ownedBy[role], asOf: new Date().toISOString().slice(0, 10) }) },
  "kpi.get": { permission: "kpi.view", input: (w, role) => ({ orgSlug: w.org.slug, kpiId: w.kpis.ownedBy[role] }) },
  "kpi.analysis": { permission: "kpi.view", input: (w, role) => ({ orgSlug: w.org.slug, kpiId: w.kpis.ownedBy[role] }) },
  "kpi.formOptions": { permission: "kpi.create", input: (w) => ({ orgSlug: w.org.slug }) },
  "kpi.filterOptions": { permission: "kpi.view", input: (w) => ({ orgSlug: w.org.slug }) },
  "kpi.listColumns": { permission: "kpi.view", input: (w) => ({ orgSlug: w.org.slug }) },
  "kpi.setListColumns": { permission: "kpi.view", input: (w) => ({ orgSlug: w.org.slug, columns: ["status", "deltaPrevious", "deltaYear"] }) },
  "savedView.list": { permission: "kpi.view", input: (w) => ({ orgSlug: w.org.slug }) },
  "savedView.create": {
    permission: "kpi.view",
    input: (w) => ({ orgSlug: w.org.slug, name: "Sales off track", filters: { category: "sales", status: "off_track" }, columns: ["status", "latest"] }),
  },
  "savedView.update": { permission: "kpi.view", input: (w, role) => ({ orgSlug: w.org.slug, viewId: w.savedViews[role], name: "Renamed view" }) },
  "savedView.delete": { permission: "kpi.view", input: (w, role) => ({ orgSlug: w.org.slug, viewId: w.savedViews[role] }) },
  "kpi.statusHistory": { permission: "kpi.view", input: (w, role) => ({ orgSlug: w.org.slug, kpiId: w.kpis.ownedBy[role] }) },
  "dashboard.overview": { permission: "kpi.view", input: (w) => ({ orgSlug: w.org.slug }) },
  "dashboard.mine": { permission: "kpi.view", input: (w) => ({ orgSlug: w.org.slug }) },
  "notification.list": { permission: "member", input: (w) => ({ orgSlug: w.org.slug }) },
  "notification.unreadCount": { permission: "member", input: (w) => ({ orgSlug: w.org.slug }) },
  "notification.markRead": { permission: "member", input: (w, role) => ({ orgSlug: w.org.slug, notificationId: w.reviewing.notifications[role] }) },
  "notification.preferences": { permission: "member", input: (w) => ({ orgSlug: w.org.slug }) },
  "notification.updatePreferences": {
    permission: "member",
    input: (w) => ({ orgSlug: w.org.slug, channels: { status_changed: "email", value_due: "off" }, digest: "daily" }),
  },
  "notification.following": { permission: "kpi.view", input: (w, role) => ({ orgSlug: w.org.slug, kpiId: w.kpis.ownedBy[role] }) },
  "notification.setFollowing": { permission: "kpi.view", input: (w, role) => ({ orgSlug: w.org.slug, kpiId: w.kpis.ownedBy[role], following: false }) },
  "reminder.ofKpi": { permission: "kpi.view", input: (w, role) => ({ orgSlug: w.org.slug, kpiId: w.kpis.ownedBy[role] }) },
  "briefing.get": { permission: "kpi.view", input: (w) => ({ orgSlug: w.org.slug, scope: "organization" }) },
  "kpi.checkFormula": {
    permission: "kpi.create",
    input: (w, role) => ({ orgSlug: w.org.slug, formula: "REVENUE / HEADCOUNT", cadence: "monthly", code: null, kpiId: w.kpis.ownedBy[role], startDate: "2025-01-01" }),
  },
  "kpi.create": { permission: "kpi.create", input: (w, role) => ({ orgSlug: w.org.slug, ...creatableKpi(w, role) }) },
  "kpi.update": {
    permission: "kpi.update",
    // The edit keeps the world KPI where it is (owner, category, team, visibility, contributors), so every role
    // that may edit it may make it.
    input: (w, role) => ({
      orgSlug: w.org.slug,
      kpiId: w.kpis.ownedBy[role],
      version: 1,
      ...kpiDefinition({
        name: `Renamed ${role}`,
        category: "operational",
        ownerMembershipId: w.members[role].membershipId,
        contributorMembershipIds: [w.members[role].membershipId],
      }),
    }),
  },
  "kpi.archive": { permission: "kpi.update", input: (w, role) => ({ orgSlug: w.org.slug, kpiId: w.kpis.ownedBy[role] }) },
  "kpi.restore": { permission: "kpi.update", input: (w, role) => ({ orgSlug: w.org.slug, kpiId: w.kpis.ownedBy[role] }) },
  "checkIn.record": {
    permission: "checkin.record",
    input: (w, role) => ({ orgSlug: w.org.slug, kpiId: w.kpis.ownedBy[role], date: "2025-03-15", value: "87.5" }),
  },
  "checkIn.recordMany": {
    permission: "checkin.record",
    input: (w, role) => ({ orgSlug: w.org.slug, entries: [{ kpiId: w.kpis.ownedBy[role], date: "2025-04-02", value: "91" }] }),
  },
  "checkIn.due": { permission: "checkin.record", input: (w) => ({ orgSlug: w.org.slug }) },
  "review.list": { permission: "review.view", input: (w) => ({ orgSlug: w.org.slug }) },
  "review.get": { permission: "review.view", input: (w, role) => ({ orgSlug: w.org.slug, reviewId: w.reviewing.reviews[role] }) },
  "review.briefing": { permission: "review.view", input: (w, role) => ({ orgSlug: w.org.slug, reviewId: w.reviewing.reviews[role] }) },
  "review.formOptions": { permission: "review.create", input: (w) => ({ orgSlug: w.org.slug }) },
  "review.create": {
    permission: "review.create",
    input: (w, role) => ({
      orgSlug: w.org.slug,
      title: "Monthly review",
      scope: "kpis",
      kpiIds: [w.kpis.ownedBy[role]],
      period: "month",
      periodStart: "2026-01-15",
      participantMembershipIds: [w.members.viewer.membershipId],
    }),
  },
  "review.addNote": { permission: "review.note", input: (w, role) => ({ orgSlug: w.org.slug, reviewId: w.reviewing.reviews[role], text: "Looked at the trend." }) },
  "review.addDecision": { permission: "review.create", input: (w, role) => ({ orgSlug: w.org.slug, reviewId: w.reviewing.reviews[role], text: "Keep the target." }) },
  "review.adjust": {
    permission: "review.create",
    input: (w, role) => ({ orgSlug: w.org.slug, reviewId: w.reviewing.reviews[role], kpiId: w.kpis.ownedBy[role], change: "target", effectiveFrom: "2026-01-01", target: "110", warning: "90" }),
  },
  "review.close": { permission: "review.create", input: (w, role) => ({ orgSlug: w.org.slug, reviewId: w.reviewing.reviews[role] }) },
  "objective.list": { permission: "objective.view", input: (w) => ({ orgSlug: w.org.slug }) },
  "objective.create": {
    permission: "objective.create",
    input: (w) => ({ orgSlug: w.org.slug, name: "Delight customers", ownerMembershipId: w.members.executive.membershipId }),
  },
  "objective.update": {
    permission: "objective.update",
    input: (w) => ({ orgSlug: w.org.slug, objectiveId: w.kpis.objectiveId, name: "Grow recurring revenue 20%", ownerMembershipId: w.members.admin.membershipId }),
  },
  "objective.get": { permission: "objective.view", input: (w) => ({ orgSlug: w.org.slug, objectiveId: w.kpis.linkedObjective.id }) },
  "objective.healthHistory": { permission: "objective.view", input: (w) => ({ orgSlug: w.org.slug, objectiveId: w.kpis.linkedObjective.id }) },
  "objective.setWeight": {
    permission: "objective.update",
    input: (w) => ({ orgSlug: w.org.slug, objectiveId: w.kpis.linkedObjective.id, kpiId: w.kpis.linkedObjective.kpiId, weight: "2.5" }),
  },
  "action.list": { permission: "action.view", input: (w) => ({ orgSlug: w.org.slug }) },
  "action.get": { permission: "action.view", input: (w, role) => ({ orgSlug: w.org.slug, actionId: w.reviewing.actions[role] }) },
  "action.formOptions": { permission: "action.manage", input: (w, role) => ({ orgSlug: w.org.slug, kpiIds: [w.kpis.ownedBy[role]] }) },
  "action.create": {
    permission: "action.manage",
    input: (w, role) => ({
      orgSlug: w.org.slug,
      title: "Call the churned accounts",
      ownerMembershipId: w.members[role].membershipId,
      dueDate: "2025-05-31",
      kpiIds: [w.kpis.ownedBy[role]],
      reviewId: w.reviewing.reviews[role],
    }),
  },
  "action.update": {
    permission: "action.manage",
    input: (w, role) => ({
      orgSlug: w.org.slug,
      actionId: w.reviewing.actions[role],
      title: "Call every churned account",
      ownerMembershipId: w.members[role].membershipId,
      dueDate: "2025-06-30",
      kpiIds: [w.kpis.ownedBy[role]],
    }),
  },
  "action.setStatus": { permission: "action.updateStatus", input: (w, role) => ({ orgSlug: w.org.slug, actionId: w.reviewing.actions[role], status: "done" }) },
  "apiKey.list": { permission: "apiKey.manage", input: (w) => ({ orgSlug: w.org.slug }) },
  "apiKey.create": {
    permission: "apiKey.manage",
    input: (w) => ({ orgSlug: w.org.slug, name: "Warehouse sync", scope: "read_write", teamId: w.teams.department.id, expiresOn: "2999-12-31" }),
  },
  "apiKey.revoke": { permission: "apiKey.manage", input: (w) => ({ orgSlug: w.org.slug, apiKeyId: w.apiKey.id }) },
  "webhook.list": { permission: "webhook.manage", input: (w) => ({ orgSlug: w.org.slug }) },
  "webhook.create": {
    permission: "webhook.manage",
    // An IP literal: registering it needs no DNS lookup.
    input: (w) => ({ orgSlug: w.org.slug, url: "https://93.184.215.14/new-hooks", description: "Data warehouse", events: ["checkin.recorded"] }),
  },
  "webhook.update": {
    permission: "webhook.manage",
    input: (w) => ({ orgSlug: w.org.slug, endpointId: w.webhooks.endpointId, url: WORLD_WEBHOOK_URL, description: "Renamed", events: ["kpi.created"], enabled: false }),
  },
  "webhook.delete": { permission: "webhook.manage", input: (w) => ({ orgSlug: w.org.slug, endpointId: w.webhooks.endpointId }) },
  "webhook.rotateSecret": { permission: "webhook.manage", input: (w) => ({ orgSlug: w.org.slug, endpointId: w.webhooks.endpointId }) },
  "webhook.deliveries": { permission: "webhook.manage", input: (w) => ({ orgSlug: w.org.slug, endpointId: w.webhooks.endpointId }) },
  "webhook.sendTest": { permission: "webhook.manage", input: (w) => ({ orgSlug: w.org.slug, endpointId: w.webhooks.endpointId }) },
};

/** A KPI each creating role may create in the world: in its own team, or of its own category. */
function creatableKpi(w: OrgWorld, role: Role) {
  const base = { name: `Created by ${role}`, ownerMembershipId: w.members[role].membershipId };
  if (role === "manager") return kpiDefinition({ ...base, teamId: w.teams.department.id });
  if (role === "project_lead") return kpiDefinition({ ...base, teamId: w.teams.project.id, category: "project" });
  if (role === "hr") return kpiDefinition({ ...base, category: "employee" });
  return kpiDefinition(base);
}
