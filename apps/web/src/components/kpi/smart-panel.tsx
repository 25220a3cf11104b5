import { CircleCheck, CircleX } from "lucide-react";
import { smartScore, SMART_KEYS, type SmartResult } from "@tally/domain";
import { Card } from "@/components/ui/card";

/** The five SMART checks of the KPI, each with why it passed or what to do. */
export function SmartPanel({ results }: { results: readonly SmartResult[] }) {
  const score = smartScore(results);
  return (
    <Card>
      <section aria-labelledby="smart-heading">
        <div className="flex items-baseline justify-between gap-3">
          <h2 id="smart-heading" className="text-base font-semibold text-slate-900">
            SMART check
          </h2>
          <p className="text-sm font-medium text-slate-700">
            {score} of {SMART_KEYS.length}
          </p>
        </div>
        <ul className="mt-4 flex flex-col gap-3">
          {results.map((check) => (
            <li key={check.key} className="flex gap-3">
              {check.passed ? (
                <CircleCheck aria-hidden className="mt-0.5 size-5 shrink-0 text-emerald-600" />
              ) : (
                <CircleX aria-hidden className="mt-0.5 size-5 shrink-0 text-red-600" />
              )}
              <div className="text-sm">
                <p className="font-medium text-slate-900">
                  {check.label}
                  <span className="sr-only">: {check.passed ? "passed" : "not yet"}</span>
                </p>
                <p className="text-slate-600">{check.reason}</p>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </Card>
  );
}
