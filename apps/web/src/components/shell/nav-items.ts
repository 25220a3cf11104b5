import type { Action } from "@tally/domain";

export interface NavItem {
  href: string;
  label: string;
  icon: "overview" | "mine" | "kpis" | "due" | "objectives" | "actions" | "reviews" | "teams" | "members" | "audit" | "settings";
  /** The action a role must hold to see the item; none means every member. */
  requires?: Action;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "", label: "Overview", icon: "overview" },
  { href: "/my", label: "My KPIs", icon: "mine", requires: "kpi.view" },
  { href: "/kpis", label: "KPIs", icon: "kpis", requires: "kpi.view" },
  { href: "/due", label: "Due", icon: "due", requires: "checkin.record" },
  { href: "/objectives", label: "Objectives", icon: "objectives", requires: "objective.view" },
  { href: "/actions", label: "Actions", icon: "actions", requires: "action.view" },
  { href: "/reviews", label: "Reviews", icon: "reviews", requires: "review.view" },
  { href: "/teams", label: "Teams", icon: "teams", requires: "team.list" },
  { href: "/members", label: "Members", icon: "members", requires: "member.list" },
  { href: "/audit", label: "Audit log", icon: "audit", requires: "audit.view" },
  { href: "/settings", label: "Settings", icon: "settings", requires: "org.view" },
];

export function visibleNavItems(permissions: readonly Action[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.requires || permissions.includes(item.requires));
}
