import type { ReactNode } from "react";
import { ROLE_LABELS } from "@tally/domain";
import { Logo } from "@/components/brand/logo";
import { AccountLinks } from "@/components/shell/account-links";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { MobileNav } from "@/components/shell/mobile-nav";
import { visibleNavItems } from "@/components/shell/nav-items";
import { OrgSwitcher } from "@/components/shell/org-switcher";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { SkipLink } from "@/components/shell/skip-link";
import { FormatProvider } from "@/lib/format-context";
import { TrpcReactProvider } from "@/lib/trpc/client";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgContext } from "@/server/org-context";

export default async function OrganizationLayout({ children, params }: { children: ReactNode; params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const caller = await getCaller();
  const current = await getOrgContext(orgSlug);
  const [organizations, me] = await loadForPage(() => Promise.all([caller.organization.mine(), caller.account.me()]), `/${orgSlug}`);
  const org = current.organization;

  const items = visibleNavItems(current.permissions);
  const account = <AccountLinks name={me.name} email={me.email} role={ROLE_LABELS[current.membership.role]} />;

  const bell = <NotificationBell orgSlug={org.slug} />;

  return (
    <TrpcReactProvider>
      <FormatProvider settings={{ locale: org.locale, timeZone: org.timeZone, currency: org.currency }}>
        <div className="min-h-screen md:flex">
          <SkipLink />
          <MobileNav org={{ slug: org.slug, name: org.name }} organizations={organizations} items={items} account={account} bell={bell} />
          <aside className="hidden border-r border-slate-200 bg-surface md:sticky md:top-0 md:flex md:h-screen md:w-64 md:shrink-0 md:flex-col">
            <div className="flex items-center justify-between px-4 py-4">
              <Logo href={`/${org.slug}`} />
              {bell}
            </div>
            <div className="px-3 pb-3">
              <OrgSwitcher current={{ slug: org.slug, name: org.name }} organizations={organizations} />
            </div>
            {/* The padding inside the scrolling box leaves room for the links' focus rings, which it would clip. */}
            <div className="min-h-0 flex-1 overflow-y-auto px-3 py-2">
              <SidebarNav orgSlug={org.slug} items={items} />
            </div>
            <div className="border-t border-slate-200 px-4 py-4">{account}</div>
          </aside>
          <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 focus:outline-none md:px-10 md:py-8">
            <div className="mx-auto max-w-5xl">
              {children}
            </div>
          </main>
        </div>
      </FormatProvider>
    </TrpcReactProvider>
  );
}
