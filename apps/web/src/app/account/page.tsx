import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ArrowLeft } from "lucide-react";
import { Logo } from "@/components/brand/logo";
import { SkipLink } from "@/components/shell/skip-link";
import { Card } from "@/components/ui/card";
import { accountTheme } from "@/server/account-theme";
import { getCaller, loadForPage } from "@/server/caller";
import { ChangePasswordForm } from "./change-password-form";
import { LeaveOrganizationButton, ORGANIZATIONS_HEADING_ID } from "./leave-organization-button";
import { LocalePreference } from "./locale-preference";
import { ProfileForm } from "./profile-form";
import { SecurityLog } from "./security-log";
import { ThemeForm } from "./theme-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const caller = await getCaller();
  const [me, organizations, securityLog, theme] = await loadForPage(
    () => Promise.all([caller.account.me(), caller.organization.mine(), caller.account.securityLog(), accountTheme()]),
    "/account",
  );
  return (
    <div className="mx-auto flex min-h-screen max-w-2xl flex-col px-4 py-10">
      <SkipLink />
      <div className="mb-8 flex items-center justify-between">
        <Logo href="/organizations" />
        <Link href="/organizations" className="inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
          <ArrowLeft aria-hidden className="size-4" /> Your organizations
        </Link>
      </div>
      <main id="main" tabIndex={-1} className="flex min-w-0 flex-col gap-6 focus:outline-none">
        <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
        <Card>
          <h2 className="text-base font-semibold">Profile</h2>
          <p className="mb-4 mt-1 break-words text-sm text-slate-600">Signed in as {me.email}.</p>
          <ProfileForm initialName={me.name} />
        </Card>
        <Card>
          <h2 className="text-base font-semibold">Appearance</h2>
          <p className="mb-4 mt-1 text-sm text-slate-600">Saved with your account, so every browser you sign in on uses it.</p>
          <ThemeForm savedTheme={theme ?? "system"} />
          <LocalePreference />
        </Card>
        <Card>
          <h2 className="text-base font-semibold">Password</h2>
          <p className="mb-4 mt-1 text-sm text-slate-600">Changing it signs you out on every other device.</p>
          <ChangePasswordForm />
        </Card>
        <Card>
          <h2 id={ORGANIZATIONS_HEADING_ID} tabIndex={-1} className="text-base font-semibold focus:outline-none">
            Organizations
          </h2>
          {organizations.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">You do not belong to any organization.</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100">
              {organizations.map((org) => (
                <li key={org.id} className="flex items-center justify-between gap-3 py-3">
                  <Link href={`/${org.slug}`} className="min-w-0 break-words font-medium text-slate-900 hover:underline">
                    {org.name}
                  </Link>
                  <LeaveOrganizationButton orgSlug={org.slug} orgName={org.name} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <h2 className="text-base font-semibold">Recent sign-ins and security events</h2>
          <p className="mt-1 text-sm text-slate-600">
            Only you see this list. If you do not recognise a sign-in, change your password.
          </p>
          <SecurityLog entries={securityLog} />
        </Card>
      </main>
    </div>
  );
}
