import { E2E_MAILBOX_PORT } from "./settings.mjs";

export interface ReceivedMail {
  subject: string;
  text: string;
  /** The http(s) links in the text, in order. */
  links: string[];
}

interface StoredMessage {
  subject: string;
  text: string;
  receivedAt: string;
}

export interface WaitForMailOptions {
  /** Only mail received at or after this time, e.g. to skip an earlier mail with the same subject. */
  since?: Date;
  timeoutMs?: number;
}

/**
 * The newest mail the app sent to `to` (whose subject matches, if given), as the SMTP server of the e2e
 * server received it: the app delivers from its outbox a moment after the action, so this waits.
 */
export async function waitForMail(to: string, subject?: RegExp, options: WaitForMailOptions = {}): Promise<ReceivedMail> {
  const { since, timeoutMs = 15_000 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`http://127.0.0.1:${E2E_MAILBOX_PORT}/messages?to=${encodeURIComponent(to)}`);
    if (!response.ok) throw new Error(`The e2e mailbox answered ${response.status}.`);
    const messages = (await response.json()) as StoredMessage[];
    const match = messages.findLast(
      (message) => (!subject || subject.test(message.subject)) && (!since || new Date(message.receivedAt) >= since),
    );
    if (match) return { subject: match.subject, text: match.text, links: match.text.match(/https?:\/\/[^\s<>"')]+/g) ?? [] };
    if (Date.now() > deadline) {
      const subjects = messages.map((message) => `"${message.subject}"`).join(", ") || "none";
      throw new Error(`No mail to ${to}${subject ? ` with a subject like ${subject}` : ""} within ${timeoutMs} ms (received: ${subjects}).`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
