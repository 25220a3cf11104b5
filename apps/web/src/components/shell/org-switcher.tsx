"use client";

import Link from "next/link";
import { DropdownMenu } from "radix-ui";
import { Check, ChevronsUpDown, Plus } from "lucide-react";

interface OrgOption {
  slug: string;
  name: string;
}

export function OrgSwitcher({ current, organizations }: { current: OrgOption; organizations: OrgOption[] }) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="flex w-full items-center justify-between gap-2 rounded-md border border-slate-200 bg-surface px-3 py-2 text-left text-sm hover:bg-slate-50"
        aria-label={`Organization: ${current.name}. Switch organization`}
      >
        <span className="truncate font-medium text-slate-900">{current.name}</span>
        <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-slate-400" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={6}
          className="z-50 min-w-56 rounded-md border border-slate-200 bg-surface p-1 text-sm shadow-lg"
        >
          <DropdownMenu.Label className="px-2 py-1.5 text-xs font-medium text-slate-500">Switch organization</DropdownMenu.Label>
          {organizations.map((org) => (
            <DropdownMenu.Item key={org.slug} asChild>
              <Link
                href={`/${org.slug}`}
                className="flex items-center justify-between gap-2 rounded px-2 py-1.5 outline-none data-[highlighted]:bg-slate-100"
              >
                <span className="truncate">{org.name}</span>
                {org.slug === current.slug && <Check aria-label="current" className="size-4 text-brand-600" />}
              </Link>
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="my-1 h-px bg-slate-100" />
          <DropdownMenu.Item asChild>
            <Link href="/organizations?new" className="flex items-center gap-2 rounded px-2 py-1.5 outline-none data-[highlighted]:bg-slate-100">
              <Plus aria-hidden className="size-4" />
              Create organization
            </Link>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
