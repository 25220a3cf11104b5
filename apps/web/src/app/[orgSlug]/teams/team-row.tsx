import Link from "@/components/ui/link";
import type { RouterOutputs } from "@/lib/trpc/types";
import { KindBadge } from "./kind-badge";
import { TeamAdminActions } from "./team-admin-actions";

export type TeamSummary = RouterOutputs["team"]["list"][number];

function membersText(count: number): string {
  return count === 1 ? "1 member" : `${count} members`;
}

function leadsText(leads: TeamSummary["leads"]): string {
  if (leads.length === 0) return "No lead yet";
  return `${leads.length === 1 ? "Lead" : "Leads"}: ${leads.map((lead) => lead.name).join(", ")}`;
}

export function TeamRow({ orgSlug, team, isAdmin }: { orgSlug: string; team: TeamSummary; isAdmin: boolean }) {
  return (
    <li aria-label={team.name} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
      <div className="min-w-0">
        <div className="flex items-center gap-2">
          <Link href={`/${orgSlug}/teams/${team.id}`} className="truncate font-medium text-slate-900 hover:text-brand-700 hover:underline">
            {team.name}
          </Link>
          <KindBadge kind={team.kind} />
        </div>
        <p className="mt-0.5 text-sm text-slate-600">
          {membersText(team.memberCount)} · {leadsText(team.leads)}
          {team.canManageMembers && !isAdmin && <span className="text-brand-700"> · you manage its members</span>}
        </p>
      </div>
      {isAdmin && <TeamAdminActions orgSlug={orgSlug} team={team} afterDelete="refresh" />}
    </li>
  );
}
