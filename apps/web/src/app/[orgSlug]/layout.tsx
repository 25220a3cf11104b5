import type { ReactNode } from "react";
import Link from "next/link";
import { LogOut, UserRound } from "lucide-react";
import { ROLE_LABELS } from "@tally/domain";
import { Logo } from "@/components/brand/logo";
import { visibleNavItems } from "@/components/shell/nav-items";
import { OrgSwitcher } from "@/components/shell/org-switcher";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgContext } from "@/server/org-context";
import { signOutAction } from "@/server/sign-out";

export default async function OrganizationLayout({ children, params }: { children: ReactNode; params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const caller = await getCaller();
  const current = await getOrgContext(orgSlug);
  const [organizations, me] = await loadForPage(() => Promise.all([caller.organization.mine(), caller.account.me()]), `/${orgSlug}`);
  const org = current.organization;

  return (
    <div className="min-h-screen md:flex">
      <aside className="border-b border-slate-200 bg-white md:sticky md:top-0 md:flex md:h-screen md:w-64 md:shrink-0 md:flex-col md:border-b-0 md:border-r">
        <div className="flex items-center justify-between px-4 py-4 md:block">
          <Logo href={`/${org.slug}`} />
        </div>
        <div className="px-3 pb-3">
          <OrgSwitcher current={{ slug: org.slug, name: org.name }} organizations={organizations} />
        </div>
        <div className="px-3 pb-3 md:flex-1">
          <SidebarNav orgSlug={org.slug} items={visibleNavItems(current.permissions)} />
        </div>
        <div className="hidden border-t border-slate-200 px-4 py-4 md:block">
          <p className="truncate text-sm font-medium text-slate-900">{me.name}</p>
          <p className="truncate text-xs text-slate-500">
            {me.email} · {ROLE_LABELS[current.membership.role]}
          </p>
          <Link href="/account" className="mt-3 inline-flex items-center gap-2 text-sm text-slate-600 hover:text-slate-900">
            <UserRound aria-hidden className="size-4" />
            Your account
          </Link>
          <form action={signOutAction} className="mt-2">
            <button type="submit" className="inline-flex items-center gap-2 text-sm text-slate-600 hover:text-slate-900">
              <LogOut aria-hidden className="size-4" />
              Sign out
            </button>
          </form>
        </div>
      </aside>
      <main className="flex-1 px-4 py-8 md:px-10">
        <div className="mx-auto max-w-5xl">{children}</div>
        <form action={signOutAction} className="mt-10 md:hidden">
          <button type="submit" className="text-sm text-slate-600">
            Sign out ({me.email})
          </button>
        </form>
      </main>
    </div>
  );
}
