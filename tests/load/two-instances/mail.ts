import { startMailCatcher, type MailCatcher } from "../../e2e/support/mail-catcher.mjs";

export interface CaughtMail {
  to: string[];
  subject: string;
}

/** An SMTP server that one instance sends to, and what it has received so far. */
export interface InstanceMailbox extends MailCatcher {
  messages(): Promise<CaughtMail[]>;
}

export async function startInstanceMailbox(mailboxPort: number): Promise<InstanceMailbox> {
  const catcher = await startMailCatcher({ mailboxPort });
  return {
    ...catcher,
    async messages() {
      const response = await fetch(`http://127.0.0.1:${mailboxPort}/messages`);
      return (await response.json()) as CaughtMail[];
    },
  };
}
