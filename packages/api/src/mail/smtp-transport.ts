import nodemailer from "nodemailer";
import type { MailMessage, MailTransport } from "./transport";

// nodemailer waits up to ten minutes on a silent socket by default; a stuck server should instead
// turn into a retry well within the worker's lease on the mail.
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

/** Sends through the SMTP server of `url` (smtp:// with STARTTLS when offered, or smtps://). */
export function createSmtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({ url, ...TIMEOUTS }, { from });
  const { hostname, port, protocol } = new URL(url);
  return {
    description: `SMTP ${protocol}//${hostname}${port ? `:${port}` : ""}`,
    async send(mail: MailMessage) {
      await transporter.sendMail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? undefined });
    },
    close() {
      transporter.close();
    },
  };
}
