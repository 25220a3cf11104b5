"use client";

import Link from "next/link";
import { Check, ChevronsUpDown, Plus } from "lucide-react";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";

interface OrgOption {
  slug: string;
  name: string;
}

export function OrgSwitcher({ current, organizations }: { current: OrgOption; organizations: OrgOption[] }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className="flex w-full items-center justify-between gap-2 rounded-md border border-slate-200 bg-surface px-3 py-2 text-left text-sm hover:bg-slate-50"
        aria-label={`Organization: ${current.name}. Switch organization`}
      >
        <span className="truncate font-medium text-slate-900">{current.name}</span>
        <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-slate-500" />
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
