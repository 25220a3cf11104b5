import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Inbox } from "lucide-react";
import { devMailboxAvailable, listRecentMail } from "@tally/api/server";
import { Logo } from "@/components/brand/logo";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format";
import { MailStatus } from "./mail-status";
import { MailText } from "./mail-text";

export const metadata: Metadata = { title: "Development mailbox" };

/**
 * Every mail the app queued, readable without a mail server, so invitation and password-reset links can
 * be followed while developing. It shows everyone's links, so it does not exist in production.
 */
export default async function DevMailboxPage() {
  if (!devMailboxAvailable()) notFound();
  const mails = await listRecentMail(50);

  return (
    <div className="mx-auto flex min-h-screen max-w-3xl flex-col px-4 py-12">
      <div className="mb-8">
        <Logo />
      </div>
      <main>
        <PageHeader
          title="Development mailbox"
          description="The latest 50 mails the app queued, newest first. Without SMTP_URL they are printed to the server log and shown here instead of being sent."
        />
        {mails.length === 0 ? (
          <EmptyState icon={Inbox} title="No mail yet">
            Invitations and password resets appear here as soon as the app queues them.
          </EmptyState>
        ) : (
          <ol className="flex flex-col gap-4">
            {mails.map((mail) => (
              <li key={mail.id}>
                <Card>
                  <article aria-label={mail.subject}>
                    <header className="flex flex-wrap items-start justify-between gap-2">
                      <div className="min-w-0">
                        <h2 className="text-base font-semibold text-slate-900">{mail.subject}</h2>
                        <p className="mt-0.5 text-sm text-slate-600">
                          To <span className="font-medium text-slate-800">{mail.to}</span> ·{" "}
                          <time dateTime={mail.createdAt.toISOString()}>{formatDateTime(mail.createdAt)}</time>
                        </p>
                      </div>
                      <MailStatus mail={mail} />
                    </header>
                    {mail.lastError && mail.status !== "sent" && (
                      <p className="mt-3 rounded-md bg-red-50 px-3 py-2 text-xs text-red-700">Last error: {mail.lastError}</p>
                    )}
                    <div className="mt-4 border-t border-slate-100 pt-4">
                      <MailText text={mail.text} />
                    </div>
                  </article>
                </Card>
              </li>
            ))}
          </ol>
        )}
      </main>
    </div>
  );
}
