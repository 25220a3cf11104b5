/** What the worker hands to a transport: one row of the outbox. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
}

/** Delivers one mail or throws; the worker turns a throw into a retry. */
export interface MailTransport {
  /** Named in the start-up line, e.g. "SMTP smtp.example.com:587" or "server log". */
  readonly description: string;
  send(mail: MailMessage): Promise<void>;
  close(): void;
}
