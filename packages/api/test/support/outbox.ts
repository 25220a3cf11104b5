import type { PrismaClient } from "@tally/db";

/** The newest queued mail to an address, and the link it carries. */
export async function lastMailTo(db: PrismaClient, to: string): Promise<{ subject: string; text: string; link: string }> {
  const mail = await db.mailOutbox.findFirst({ where: { to }, orderBy: { createdAt: "desc" }, select: { subject: true, text: true } });
  if (!mail) throw new Error(`No mail was queued for ${to}.`);
  const link = mail.text.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`The mail to ${to} carries no link.`);
  return { ...mail, link };
}

export function tokenOf(link: string): string {
  const token = link.split("/").pop();
  if (!token) throw new Error(`No token in ${link}`);
  return token;
}
