import { apiEnv } from "../env";
import type { MailMessage, MailTransport } from "./transport";

export interface LogTransportOptions {
  /**
   * In production the text is never printed: its links carry live tokens (password resets, invitations), and
   * a server log is read by more people and kept longer than a mailbox. Only who gets what is printed.
   */
  production?: boolean;
}

/**
 * "Delivers" by printing the mail to the server log. Outside production the text is printed, links included,
 * so that without a mail server an invitation or password reset can still be followed; in production only the
 * recipient and subject are, with a reminder that mail is off.
 */
export function createLogTransport(
  write: (line: string) => void = (line) => console.log(line),
  { production = apiEnv.nodeEnv === "production" }: LogTransportOptions = {},
): MailTransport {
  return {
    description: "server log",
    async send(mail: MailMessage) {
      if (production) {
        write(`Mail is off (set SMTP_URL to send it): a mail to ${mail.to} with the subject "${mail.subject}" was not sent.`);
        return;
      }
      const body = mail.text.replace(/^/gm, "  ");
      write(`\n── Mail to ${mail.to} ──\n  Subject: ${mail.subject}\n\n${body}\n──\n`);
    },
    close() {},
  };
}
