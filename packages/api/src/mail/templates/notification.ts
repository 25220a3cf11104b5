import type { OutgoingMail } from "../outbox";

type MailMessage = Omit<OutgoingMail, "orgId">;

export interface NotificationMailInput {
  to: string;
  orgName: string;
  title: string;
  body: string;
  /** The absolute address the notification opens. */
  url: string;
  /** The absolute address of the member's notification preferences. */
  preferencesUrl: string;
}

/** One notification by e-mail: what happened, and the link to the page it is about. */
export function notificationMail({ to, orgName, title, body, url, preferencesUrl }: NotificationMailInput): MailMessage {
  return {
    to,
    subject: `${title} · ${orgName}`.replace(/\s+/g, " ").trim(),
    text: [
      title,
      ...(body ? ["", body] : []),
      "",
      "Open it in Tally:",
      url,
      "",
      `You get this by e-mail because of your notification preferences in ${orgName}. Change them here:`,
      preferencesUrl,
    ].join("\n"),
  };
}

export interface DigestEntry {
  title: string;
  body: string;
  url: string;
  read: boolean;
  /** When it happened, already written in the organization's time zone and format. */
  when: string;
}

export interface DigestMailInput {
  to: string;
  orgName: string;
  frequency: "daily" | "weekly";
  /** Unread first, then read, each newest first. */
  entries: readonly DigestEntry[];
  /** How many more the window held than `entries` lists. */
  more: number;
  notificationsUrl: string;
  preferencesUrl: string;
}

/** A member's daily or weekly summary of their notifications, unread ones first, each with its link. */
export function digestMail({ to, orgName, frequency, entries, more, notificationsUrl, preferencesUrl }: DigestMailInput): MailMessage {
  const unread = entries.filter((entry) => !entry.read);
  const read = entries.filter((entry) => entry.read);
  const total = entries.length + more;
  const section = (heading: string, list: readonly DigestEntry[]) =>
    list.length ? ["", heading, ...list.flatMap((entry) => [`- ${entry.title} (${entry.when})`, ...(entry.body ? [`  ${entry.body}`] : []), `  ${entry.url}`])] : [];
  return {
    to,
    subject: `Your ${frequency} digest · ${orgName}: ${total} notification${total === 1 ? "" : "s"}`,
    text: [
      `What happened in ${orgName} since your last digest.`,
      ...section(`Unread (${unread.length})`, unread),
      ...section(`Already read (${read.length})`, read),
      ...(more > 0 ? ["", `… and ${more} more.`] : []),
      "",
      "All your notifications:",
      notificationsUrl,
      "",
      "Change how often you get a digest, or stop it:",
      preferencesUrl,
    ].join("\n"),
  };
}
