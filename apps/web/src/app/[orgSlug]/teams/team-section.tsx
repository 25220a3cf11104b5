import { TeamRow, type TeamSummary } from "./team-row";

interface Props {
  orgSlug: string;
  title: string;
  emptyText: string;
  teams: TeamSummary[];
  isAdmin: boolean;
}

export function TeamSection({ orgSlug, title, emptyText, teams, isAdmin }: Props) {
  const headingId = `teams-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId} className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">
        {title} <span className="font-normal">({teams.length})</span>
      </h2>
      {teams.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-surface px-4 py-6 text-center text-sm text-slate-600">{emptyText}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-surface shadow-xs">
          {teams.map((team) => (
            <TeamRow key={team.id} orgSlug={orgSlug} team={team} isAdmin={isAdmin} />
          ))}
        </ul>
      )}
    </section>
  );
}
