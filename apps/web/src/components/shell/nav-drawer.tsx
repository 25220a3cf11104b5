"use client";

import type { MouseEvent, ReactNode } from "react";
import { Logo } from "@/components/brand/logo";
import { Sheet, SheetContent, SheetFooter, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { NAV_BUTTON_CLASS, NavButtonFace } from "./nav-button";
import type { NavItem } from "./nav-items";
import type { OrgOption } from "./org-switcher-face";
import { OrgSwitcher } from "./org-switcher";
import { SidebarNav } from "./sidebar-nav";

interface NavDrawerProps {
  org: OrgOption;
  organizations: OrgOption[];
  items: NavItem[];
  account: ReactNode;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onLinkClick: (event: MouseEvent<HTMLElement>) => void;
}

/** The phone's navigation drawer with its menu button, loaded the first time someone reaches for it. */
export function NavDrawer({ org, organizations, items, account, open, onOpenChange, onLinkClick }: NavDrawerProps) {
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetTrigger aria-label="Open navigation" className={NAV_BUTTON_CLASS}>
        <NavButtonFace />
      </SheetTrigger>
      <SheetContent side="left" aria-describedby={undefined} closeLabel="Close navigation" onClickCapture={onLinkClick}>
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
  );
}
