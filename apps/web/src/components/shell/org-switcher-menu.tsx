"use client";

import Link from "@/components/ui/link";
import { Check, Plus } from "lucide-react";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { OrgSwitcherFace, orgSwitcherLabel, ORG_SWITCHER_TRIGGER_CLASS, type OrgOption } from "./org-switcher-face";

/** The switcher's menu, loaded the first time someone reaches for it; it opens as it mounts. */
export function OrgSwitcherMenu({ current, organizations }: { current: OrgOption; organizations: OrgOption[] }) {
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger className={ORG_SWITCHER_TRIGGER_CLASS} aria-label={orgSwitcherLabel(current)}>
        <OrgSwitcherFace current={current} />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" sideOffset={6} className="min-w-56">
        <DropdownMenuLabel>Switch organization</DropdownMenuLabel>
        {organizations.map((org) => (
          <DropdownMenuItem key={org.slug} asChild className="justify-between">
            <Link href={`/${org.slug}`}>
              <span className="truncate">{org.name}</span>
              {org.slug === current.slug && <Check aria-label="current" className="size-4 text-brand-600" />}
            </Link>
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/organizations?new">
            <Plus aria-hidden className="size-4" />
            Create organization
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
