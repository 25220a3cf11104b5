import { INVITATION_LIFETIME_DAYS, ROLE_LABELS, type Role } from "@tally/domain";
import type { OutgoingMail } from "../outbox";

interface InvitationMail {
  orgId: string;
  to: string;
  orgName: string;
  inviterName: string;
  role: Role;
  link: string;
}

export function invitationMail({ orgId, to, orgName, inviterName, role, link }: InvitationMail): OutgoingMail {
  const roleLabel = ROLE_LABELS[role];
  return {
    orgId,
    to,
    subject: `${inviterName} invited you to ${orgName} on Tally`,
    text: [
      `${inviterName} invited you to join ${orgName} on Tally as ${roleLabel}.`,
      "",
      "Open this link to accept the invitation:",
      link,
      "",
      `The link works once and expires in ${INVITATION_LIFETIME_DAYS} days. If you did not expect this invitation, ignore this mail.`,
    ].join("\n"),
  };
}
