import {
  createTeamSchema,
  deleteTeamSchema,
  renameTeamSchema,
  setTeamLeadSchema,
  teamMemberSchema,
  teamRefSchema,
} from "@tally/domain";
import { addTeamMember, listTeamCandidates, removeTeamMember, setTeamLead } from "../services/team-members";
import type { TeamActor } from "../services/team-scope";
import { createTeam, deleteTeam, getTeam, listTeams, renameTeam } from "../services/teams";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

function actorOf(ctx: { user: { id: string }; membership: { id: string; role: TeamActor["role"] } }): TeamActor {
  return { userId: ctx.user.id, membershipId: ctx.membership.id, role: ctx.membership.role };
}

const viewTeams = permissionProcedure("team.list");
const manageTeams = permissionProcedure("team.manage");
// The gate admits every role that may manage some team's members; the service checks this team.
const manageMembers = permissionProcedure("team.manageMembers");

export const teamRouter = router({
  list: viewTeams.input(orgInput({})).query(({ ctx }) => listTeams(ctx.db, ctx.orgId, actorOf(ctx))),

  get: viewTeams.input(orgInput(teamRefSchema.shape)).query(({ ctx, input }) => getTeam(ctx.db, ctx.orgId, actorOf(ctx), input.teamId)),

  create: manageTeams
    .input(orgInput(createTeamSchema.shape))
    .mutation(({ ctx, input }) => createTeam(ctx.db, ctx.orgId, actorOf(ctx), { name: input.name, kind: input.kind })),

  rename: manageTeams
    .input(orgInput(renameTeamSchema.shape))
    .mutation(({ ctx, input }) => renameTeam(ctx.db, ctx.orgId, actorOf(ctx), { teamId: input.teamId, name: input.name })),

  delete: manageTeams
    .input(orgInput(deleteTeamSchema.shape))
    .mutation(({ ctx, input }) => deleteTeam(ctx.db, ctx.orgId, actorOf(ctx), input.teamId)),

  setLead: manageTeams
    .input(orgInput(setTeamLeadSchema.shape))
    .mutation(({ ctx, input }) =>
      setTeamLead(ctx.db, ctx.orgId, actorOf(ctx), { teamId: input.teamId, membershipId: input.membershipId, isLead: input.isLead }),
    ),

  candidates: manageMembers
    .input(orgInput(teamRefSchema.shape))
    .query(({ ctx, input }) => listTeamCandidates(ctx.db, ctx.orgId, actorOf(ctx), input.teamId)),

  addMember: manageMembers
    .input(orgInput(teamMemberSchema.shape))
    .mutation(({ ctx, input }) => addTeamMember(ctx.db, ctx.orgId, actorOf(ctx), { teamId: input.teamId, membershipId: input.membershipId })),

  removeMember: manageMembers
    .input(orgInput(teamMemberSchema.shape))
    .mutation(({ ctx, input }) => removeTeamMember(ctx.db, ctx.orgId, actorOf(ctx), { teamId: input.teamId, membershipId: input.membershipId })),
});
