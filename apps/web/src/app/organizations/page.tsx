import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { ChevronRight } from "lucide-react";
import { ROLE_LABELS } from "@tally/domain";
import { Logo } from "@/components/brand/logo";
import { SkipLink } from "@/components/shell/skip-link";
import { Card } from "@/components/ui/card";
import { homePath } from "@/lib/home-path";
import { getCaller, loadForPage } from "@/server/caller";
import { signOutAction } from "@/server/sign-out";
import { CreateOrganizationForm } from "./create-organization-form";

export const metadata: Metadata = { title: "Your organizations" };

export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<{ new?: string }> }) {
  const caller = await getCaller();
  const [me, organizations] = await loadForPage(() => Promise.all([caller.account.me(), caller.organization.mine()]), "/organizations");
  const { new: creating } = await searchParams;
  const only = organizations.length === 1 ? organizations[0] : undefined;
  if (only && creating === undefined) redirect(homePath(only.slug, only.role));

  return (
    <div className="mx-auto flex min-h-screen max-w-lg flex-col px-4 py-12">
      <SkipLink />
      <div className="mb-8 flex items-center justify-between">
        <Logo href="/organizations" />
        <div className="flex items-center gap-4">
          <Link href="/account" className="text-sm text-slate-600 hover:text-slate-900">
            Your account
          </Link>
          <form action={signOutAction}>
            <button type="submit" className="text-sm text-slate-600 hover:text-slate-900">
              Sign out
            </button>
          </form>
        </div>
      </div>
      <main id="main" tabIndex={-1} className="flex min-w-0 flex-col gap-6 focus:outline-none">
        <Card>
          <h1 className="text-xl font-semibold">Your organizations</h1>
          <p className="mt-1 break-words text-sm text-slate-600">Signed in as {me.email}.</p>
          {organizations.length === 0 ? (
            <p className="mt-4 text-sm text-slate-600">You do not belong to any organization yet. Create one below, or ask an admin to invite you.</p>
          ) : (
            <ul className="mt-4 divide-y divide-slate-100">
              {organizations.map((org) => (
                <li key={org.id}>
                  <Link href={homePath(org.slug, org.role)} className="flex items-center justify-between gap-3 rounded-md px-2 py-3 hover:bg-slate-50">
                    <span className="min-w-0 break-words">
                      <span className="block font-medium text-slate-900">{org.name}</span>
                      <span className="text-xs text-slate-500">
                        /{org.slug} · {ROLE_LABELS[org.role]}
                      </span>
                    </span>
                    <ChevronRight aria-hidden className="size-4 text-slate-400" />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <h2 className="text-base font-semibold">Create another organization</h2>
          <p className="mb-4 mt-1 text-sm text-slate-600">You will be its first admin.</p>
          <CreateOrganizationForm />
        </Card>
      </main>
    </div>
  );
}
