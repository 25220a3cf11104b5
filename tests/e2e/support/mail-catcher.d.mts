export interface MailCatcher {
  smtpUrl: string;
  stop(): Promise<void>;
}
export declare function startMailCatcher(options: { mailboxPort: number }): Promise<MailCatcher>;
