import {
  createTeamSchema,
  deleteTeamSchema,
  renameTeamSchema,
  setTeamLeadSchema,
  teamMemberSchema,
  teamRefSchema,
} from "@tally/domain";
import { addTeamMember, listTeamCandidates, removeTeamMember, setTeamLead } from "../services/team-members";
import { teamHealthHistory, teamKpis } from "../services/groups/team-kpis";
import { createTeam, deleteTeam, getTeam, listTeams, renameTeam } from "../services/teams";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

const viewTeams = permissionProcedure("team.list");
const manageTeams = permissionProcedure("team.manage");
// The gate admits every role that may manage some team's members; the service checks this team.
const manageMembers = permissionProcedure("team.manageMembers");

export const teamRouter = router({
  list: viewTeams.input(orgInput({})).query(({ ctx }) => listTeams(ctx.db, ctx.actor)),

  get: viewTeams.input(orgInput(teamRefSchema.shape)).query(({ ctx, input }) => getTeam(ctx.db, ctx.actor, input.teamId)),

  kpis: viewTeams.input(orgInput(teamRefSchema.shape)).query(({ ctx, input }) => teamKpis(ctx.db, ctx.actor, input.teamId)),

  healthHistory: viewTeams.input(orgInput(teamRefSchema.shape)).query(({ ctx, input }) => teamHealthHistory(ctx.db, ctx.actor, input.teamId)),

  create: manageTeams
    .input(orgInput(createTeamSchema.shape))
    .mutation(({ ctx, input }) => createTeam(ctx.db, ctx.actor, { name: input.name, kind: input.kind })),

  rename: manageTeams
    .input(orgInput(renameTeamSchema.shape))
    .mutation(({ ctx, input }) => renameTeam(ctx.db, ctx.actor, { teamId: input.teamId, name: input.name })),

  delete: manageTeams
    .input(orgInput(deleteTeamSchema.shape))
    .mutation(({ ctx, input }) => deleteTeam(ctx.db, ctx.actor, input.teamId)),

  setLead: manageTeams
    .input(orgInput(setTeamLeadSchema.shape))
    .mutation(({ ctx, input }) =>
      setTeamLead(ctx.db, ctx.actor, { teamId: input.teamId, membershipId: input.membershipId, isLead: input.isLead }),
    ),

  candidates: manageMembers
    .input(orgInput(teamRefSchema.shape))
    .query(({ ctx, input }) => listTeamCandidates(ctx.db, ctx.actor, input.teamId)),

  addMember: manageMembers
    .input(orgInput(teamMemberSchema.shape))
    .mutation(({ ctx, input }) => addTeamMember(ctx.db, ctx.actor, { teamId: input.teamId, membershipId: input.membershipId })),

  removeMember: manageMembers
    .input(orgInput(teamMemberSchema.shape))
    .mutation(({ ctx, input }) => removeTeamMember(ctx.db, ctx.actor, { teamId: input.teamId, membershipId: input.membershipId })),
});
