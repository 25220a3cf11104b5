import { PASSWORD_RESET_LIFETIME_MINUTES } from "@tally/domain";
import type { OutgoingMail } from "../outbox";

export function passwordResetMail({ to, link }: { to: string; link: string }): OutgoingMail {
  return {
    to,
    subject: "Reset your Tally password",
    text: [
      "Someone asked to reset the password of your Tally account.",
      "",
      "Open this link to choose a new password:",
      link,
      "",
      `The link works once and expires in ${PASSWORD_RESET_LIFETIME_MINUTES} minutes. If you did not ask for this, ignore this mail: your password stays as it is.`,
    ].join("\n"),
  };
}
