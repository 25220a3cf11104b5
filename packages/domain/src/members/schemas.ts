import { z } from "zod";
import { emailSchema, personNameSchema } from "../auth/schemas";
import { newPasswordSchema } from "../auth/password";
import { roleSchema } from "../auth/roles";
import { MEMBERSHIP_STATUSES } from "./status";
import { idSchemaWith, textSchema } from "../input/text";

export const MAX_INVITATIONS_AT_ONCE = 50;

const idSchema = idSchemaWith();

/** Links carry 32 random bytes in base64url: exactly 43 characters. */
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid.");

/**
 * An invitation link names its organization before the secret, `<orgId>.<secret>`, so the invitation is found
 * by organization and token hash together, the way every tenant row is found.
 */
const INVITATION_TOKEN_PATTERN = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/;
export const INVITATION_TOKEN_MAX_LENGTH = 64 + 1 + 43;

export const invitationLinkTokenSchema = z
  .string()
  .max(INVITATION_TOKEN_MAX_LENGTH, "This link is not valid.")
  .regex(INVITATION_TOKEN_PATTERN, "This link is not valid.");

export function invitationToken(orgId: string, secret: string): string {
  return `${orgId}.${secret}`;
}

/** The organization and the secret of an invitation link, or null for anything that is not one. */
export function parseInvitationToken(token: string): { orgId: string; secret: string } | null {
  if (token.length > INVITATION_TOKEN_MAX_LENGTH) return null;
  const match = INVITATION_TOKEN_PATTERN.exec(token);
  if (!match?.[1] || !match[2]) return null;
  return { orgId: match[1], secret: match[2] };
}

/** Invitation mails (new invitations and resends) one organization may send in 24 hours. */
export const ORG_INVITATION_MAILS_PER_DAY = 200;
/** Invitation mails one admin may send in 24 hours. */
export const ADMIN_INVITATION_MAILS_PER_DAY = 50;
/** How long after an invitation was mailed it may be sent again. */
export const INVITATION_RESEND_COOLDOWN_MINUTES = 10;

export const invitationEntrySchema = z.strictObject({
  email: emailSchema,
  role: roleSchema,
  teamIds: z.array(idSchema).max(50, "Choose at most 50 teams.").default([]),
});

export const inviteMembersSchema = z.strictObject({
  invitations: z
    .array(invitationEntrySchema)
    .min(1, "Add at least one email address.")
    .max(MAX_INVITATIONS_AT_ONCE, `Invite at most ${MAX_INVITATIONS_AT_ONCE} people at once.`)
    .superRefine((entries, context) => {
      const seen = new Map<string, number>();
      entries.forEach((entry, index) => {
        const first = seen.get(entry.email);
        if (first !== undefined) {
          context.addIssue({ code: "custom", path: [index, "email"], message: "This address is already in the list." });
        } else seen.set(entry.email, index);
      });
    }),
});

export type InviteMembersInput = z.infer<typeof inviteMembersSchema>;

export const invitationIdSchema = z.strictObject({ invitationId: idSchema });

/** Malformed tokens pass here and are answered as links that lead nowhere, not as bad requests. */
export const invitationTokenSchema = z.strictObject({ token: z.string().max(200) });

export const acceptAsNewUserSchema = z.strictObject({
  token: invitationLinkTokenSchema,
  name: personNameSchema,
  password: newPasswordSchema,
});

export type AcceptAsNewUserInput = z.infer<typeof acceptAsNewUserSchema>;

export const membershipIdSchema = z.strictObject({ membershipId: idSchema });

export const changeRoleSchema = z.strictObject({ membershipId: idSchema, role: roleSchema });

export const MEMBER_PAGE_SIZE = 25;

export const listMembersSchema = z.strictObject({
  search: textSchema({ max: 100 }).trim().optional(),
  role: roleSchema.optional(),
  status: z.enum(MEMBERSHIP_STATUSES).optional(),
  teamId: idSchema.optional(),
  page: z.number().int().min(1).max(10_000).default(1),
});

export type ListMembersInput = z.infer<typeof listMembersSchema>;
