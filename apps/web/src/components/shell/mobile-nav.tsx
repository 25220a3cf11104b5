"use client";

import type { MouseEvent, ReactNode } from "react";
import { useState } from "react";
import { usePathname } from "next/navigation";
import { Menu } from "lucide-react";
import { Logo } from "@/components/brand/logo";
import { Sheet, SheetContent, SheetFooter, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import type { NavItem } from "./nav-items";
import { OrgSwitcher } from "./org-switcher";
import { SidebarNav } from "./sidebar-nav";

interface OrgOption {
  slug: string;
  name: string;
}

interface MobileNavProps {
  org: OrgOption;
  organizations: OrgOption[];
  items: NavItem[];
  /** The signed-in person's links (account, sign out), rendered at the foot of the drawer. */
  account: ReactNode;
  /** The notification bell, beside the menu button. */
  bell: ReactNode;
}

/**
 * The shell below the md breakpoint: a top bar whose menu button opens the navigation in a drawer.
 * A link to another page keeps the drawer open, its spinner turning, until that page is on screen (pages
 * render whole on the server, so closing at once would leave the old page showing with no sign of the click);
 * a link to the page already shown closes it at once.
 */
export function MobileNav({ org, organizations, items, account, bell }: MobileNavProps) {
  const pathname = usePathname();
  // The page the drawer was opened on: once the address moves on, the drawer is closed.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const open = openedOn !== null && openedOn === pathname;

  const closeOnSamePageLink = (event: MouseEvent<HTMLElement>) => {
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    if (link && link.origin === window.location.origin && link.pathname === pathname) setOpenedOn(null);
  };

  return (
    <header className="sticky top-0 z-30 flex items-center gap-3 border-b border-slate-200 bg-surface px-4 py-2.5 md:hidden">
      <Logo href={`/${org.slug}`} />
      <p className="min-w-0 flex-1 truncate text-sm font-medium text-slate-700">{org.name}</p>
      {bell}
      <Sheet open={open} onOpenChange={(next) => setOpenedOn(next ? pathname : null)}>
        <SheetTrigger
          aria-label="Open navigation"
          className="-mr-2 inline-flex size-11 shrink-0 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100"
        >
          <Menu aria-hidden className="size-6" />
        </SheetTrigger>
        <SheetContent side="left" aria-describedby={undefined} closeLabel="Close navigation" onClickCapture={closeOnSamePageLink}>
          <SheetHeader>
            <SheetTitle className="sr-only">Navigation</SheetTitle>
            <Logo href={`/${org.slug}`} />
          </SheetHeader>
          <div className="px-4 py-3">
            <OrgSwitcher current={org} organizations={organizations} />
          </div>
          <div className="px-4 pb-4">
            <SidebarNav orgSlug={org.slug} items={items} />
          </div>
          <SheetFooter>{account}</SheetFooter>
        </SheetContent>
      </Sheet>
    </header>
  );
}
