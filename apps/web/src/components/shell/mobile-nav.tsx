"use client";

import type { MouseEvent, ReactNode } from "react";
import { lazy, Suspense, useState } from "react";
import { usePathname } from "next/navigation";
import { Logo } from "@/components/brand/logo";
import { NAV_BUTTON_CLASS, NavButtonFace } from "./nav-button";
import type { NavItem } from "./nav-items";
import type { OrgOption } from "./org-switcher-face";

const loadDrawer = () => import("./nav-drawer");
const NavDrawer = lazy(() => loadDrawer().then((module) => ({ default: module.NavDrawer })));

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
 * a link to the page already shown closes it at once. The drawer and its dialog library load when the menu
 * button is first reached for, not with every page.
 */
export function MobileNav({ org, organizations, items, account, bell }: MobileNavProps) {
  const pathname = usePathname();
  // The page the drawer was opened on: once the address moves on, the drawer is closed.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const open = openedOn !== null && openedOn === pathname;
  const [wanted, setWanted] = useState(false);

  const closeOnSamePageLink = (event: MouseEvent<HTMLElement>) => {
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    if (link && link.origin === window.location.origin && link.pathname === pathname) setOpenedOn(null);
  };

  const button = (onClick?: () => void) => (
    <button
      type="button"
      aria-label="Open navigation"
      aria-haspopup="dialog"
      aria-expanded={false}
      className={NAV_BUTTON_CLASS}
      onPointerEnter={() => void loadDrawer()}
      onFocus={() => void loadDrawer()}
      onClick={onClick}
    >
      <NavButtonFace />
    </button>
  );

  return (
    <header className="sticky top-0 z-30 flex items-center gap-3 border-b border-slate-200 bg-surface px-4 py-2.5 md:hidden">
      <Logo href={`/${org.slug}`} />
      <p className="min-w-0 flex-1 truncate text-sm font-medium text-slate-700">{org.name}</p>
      {bell}
      {wanted ? (
        <Suspense fallback={button()}>
          <NavDrawer
            org={org}
            organizations={organizations}
            items={items}
            account={account}
            open={open}
            onOpenChange={(next) => setOpenedOn(next ? pathname : null)}
            onLinkClick={closeOnSamePageLink}
          />
        </Suspense>
      ) : (
        button(() => {
          setWanted(true);
          setOpenedOn(pathname);
        })
      )}
    </header>
  );
}
