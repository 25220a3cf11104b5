import type { MailMessage, MailTransport } from "./transport";

/**
 * "Delivers" by printing the mail, links included, to the server log: without a mail server the link in
 * an invitation or password reset can still be followed. The outbox row is then marked sent, which is
 * what the development mailbox lists.
 */
export function createLogTransport(write: (line: string) => void = (line) => console.log(line)): MailTransport {
  return {
    description: "server log",
    async send(mail: MailMessage) {
      const body = mail.text.replace(/^/gm, "  ");
      write(`\n── Mail to ${mail.to} ──\n  Subject: ${mail.subject}\n\n${body}\n──\n`);
    },
    close() {},
  };
}
