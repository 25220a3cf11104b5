import { z } from "zod";
import { teamKindSchema } from "./kinds";
import { idSchemaWith, textSchema } from "../input/text";

export const TEAM_NAME_MIN = 2;
export const TEAM_NAME_MAX = 60;

export const teamNameSchema = textSchema({ max: 1000, tooLong: `Use at most ${TEAM_NAME_MAX} characters.` })
  .trim()
  .min(TEAM_NAME_MIN, `Use at least ${TEAM_NAME_MIN} characters.`)
  .max(TEAM_NAME_MAX, `Use at most ${TEAM_NAME_MAX} characters.`);

// Ids are opaque; the bound only keeps absurd input away from the database.
const idSchema = idSchemaWith();

export const createTeamSchema = z.strictObject({
  name: teamNameSchema,
  kind: teamKindSchema,
});

export const renameTeamSchema = z.strictObject({
  teamId: idSchema,
  name: teamNameSchema,
});

/** Names one team: to read it, delete it or list who could join it. */
export const teamRefSchema = z.strictObject({
  teamId: idSchema,
});

export const deleteTeamSchema = teamRefSchema;

export const setTeamLeadSchema = z.strictObject({
  teamId: idSchema,
  membershipId: idSchema,
  isLead: z.boolean(),
});

/** Adding a member to a team or removing one. */
export const teamMemberSchema = z.strictObject({
  teamId: idSchema,
  membershipId: idSchema,
});

export type CreateTeamInput = z.infer<typeof createTeamSchema>;
export type RenameTeamInput = z.infer<typeof renameTeamSchema>;
export type TeamRefInput = z.infer<typeof teamRefSchema>;
export type DeleteTeamInput = z.infer<typeof deleteTeamSchema>;
export type SetTeamLeadInput = z.infer<typeof setTeamLeadSchema>;
export type TeamMemberInput = z.infer<typeof teamMemberSchema>;
