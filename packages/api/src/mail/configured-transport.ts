import { apiEnv } from "../env";
import { createLogTransport } from "./log-transport";
import { createSmtpTransport } from "./smtp-transport";
import type { MailTransport } from "./transport";

export const MAIL_OFF_NOTICE = "Mail is off: set SMTP_URL to send invitations and password resets.";

/** The transport this environment asks for, and the line to print about it when the server starts. */
export function configuredMailTransport(): { transport: MailTransport; notice: string } {
  if (apiEnv.smtpUrl) {
    const transport = createSmtpTransport(apiEnv.smtpUrl, apiEnv.mailFrom);
    return { transport, notice: `Mail is sent through ${transport.description} from ${apiEnv.mailFrom}.` };
  }
  // Even with mail off, every mail is printed to the log, so no invitation or reset link is lost.
  const transport = createLogTransport();
  if (apiEnv.nodeEnv === "production") return { transport, notice: MAIL_OFF_NOTICE };
  const where = apiEnv.devMailbox ? "printed to this log and listed at /dev/mailbox" : "printed to this log";
  return { transport, notice: `Mail is ${where} (set SMTP_URL to send it).` };
}
