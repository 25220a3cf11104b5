export const MEMBERSHIP_STATUSES = ["active", "deactivated"] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const INVITATION_LIFETIME_DAYS = 7;
export const PASSWORD_RESET_LIFETIME_MINUTES = 30;

/** What an invitation link leads to, as the invitation page explains it. */
export type InvitationState = "valid" | "expired" | "revoked" | "used" | "unknown" | "malformed";

export function invitationState(
  invitation: { status: "pending" | "accepted" | "revoked"; expiresAt: Date } | null,
  now: Date,
): Exclude<InvitationState, "malformed"> {
  if (!invitation) return "unknown";
  if (invitation.status === "accepted") return "used";
  if (invitation.status === "revoked") return "revoked";
  return invitation.expiresAt.getTime() <= now.getTime() ? "expired" : "valid";
}

/**
 * The last active admin holds the organization together: they cannot be demoted, deactivated or leave.
 * `activeAdminIds` are the organization's active admins at the moment of the change.
 */
export function wouldRemoveLastAdmin(activeAdminIds: readonly string[], targetMembershipId: string): boolean {
  return activeAdminIds.includes(targetMembershipId) && activeAdminIds.length <= 1;
}
