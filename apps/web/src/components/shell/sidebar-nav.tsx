"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { CalendarCheck, ClipboardCheck, Gauge, History, LayoutDashboard, ListChecks, Presentation, Settings, Target, Users, UsersRound } from "lucide-react";
import { cn } from "@/lib/cn";
import { NavPending } from "./nav-pending";
import type { NavItem } from "./nav-items";

const ICONS = { overview: LayoutDashboard, mine: ListChecks, kpis: Gauge, due: CalendarCheck, objectives: Target, actions: ClipboardCheck, reviews: Presentation, teams: UsersRound, members: Users, audit: History, settings: Settings };

export function SidebarNav({ orgSlug, items }: { orgSlug: string; items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Organization">
      <ul className="flex flex-col gap-1">
        {items.map((item) => {
          const href = `/${orgSlug}${item.href}`;
          const active = item.href === "" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
          const Icon = ICONS[item.icon];
          return (
            <li key={item.icon}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center gap-3 whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium",
                  active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100",
                )}
              >
                <Icon aria-hidden className="size-4" />
                {item.label}
                <NavPending />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
