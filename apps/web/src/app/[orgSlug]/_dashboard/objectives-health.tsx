import Link from "@/components/ui/link";
import { TrendingDown, TrendingUp, MoveRight, Sparkles } from "lucide-react";
import type { HealthTrend } from "@tally/domain";
import { HealthBar } from "@/components/kpi/health-bar";
import type { Formatter } from "@/lib/format";
import type { ObjectiveHealth } from "./types";

const TREND = {
  improving: { icon: TrendingUp, text: "Improving", className: "text-emerald-700" },
  declining: { icon: TrendingDown, text: "Declining", className: "text-red-700" },
  steady: { icon: MoveRight, text: "Steady", className: "text-slate-700" },
  new: { icon: Sparkles, text: "Too new to compare", className: "text-slate-700" },
} satisfies Record<HealthTrend, unknown>;

/** Each objective with the health of its KPIs now and whether that is better or worse than a quarter ago. */
export function ObjectivesHealth({ orgSlug, objectives, since, formatter }: { orgSlug: string; objectives: ObjectiveHealth[]; since: string; formatter: Formatter }) {
  if (objectives.length === 0) return null;
  return (
    <section aria-labelledby="objectives-heading">
      <h2 id="objectives-heading" className="mb-3 text-base font-semibold">
        Objectives
      </h2>
      <ul className="grid gap-4 md:grid-cols-2">
        {objectives.map((objective) => {
          const trend = TREND[objective.trend];
          const Icon = trend.icon;
          return (
            <li key={objective.id} className="rounded-xl border border-slate-200 bg-surface p-4 shadow-xs">
              <div className="flex items-start justify-between gap-3">
                <Link href={`/${orgSlug}/kpis?objective=${objective.id}`} className="min-w-0 break-words font-medium text-slate-900 hover:underline">
                  {objective.name}
                </Link>
                <span className={`flex shrink-0 items-center gap-1 text-xs font-medium ${trend.className}`}>
                  <Icon aria-hidden className="size-3.5" />
                  {trend.text}
                  <span className="sr-only"> since {formatter.formatDate(since)}</span>
                </span>
              </div>
              <p className="mt-0.5 text-xs text-slate-600">
                {objective.ownerName}
                {objective.dueDate ? ` · due ${formatter.formatDate(objective.dueDate)}` : ""}
              </p>
              <div className="mt-3">
                <HealthBar health={objective.health} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
