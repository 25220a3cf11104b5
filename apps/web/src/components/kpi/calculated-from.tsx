import Link from "@/components/ui/link";
import { Calculator } from "lucide-react";
import { formulaGapText, type Cadence } from "@tally/domain";
import type { Formatter } from "@/lib/format";
import type { KpiDetail } from "./types";

type Calculated = NonNullable<KpiDetail["calculated"]>;

/** The formula with each input's code linked to its KPI, where the reader may see it. */
function FormulaWithLinks({ orgSlug, calculated }: { orgSlug: string; calculated: Calculated }) {
  const inputs = new Map(calculated.inputs.map((input) => [input.code, input]));
  // Codes are capitals; function names are stored in lower case, so they never match.
  const parts = calculated.formula.split(/([A-Z][A-Z0-9_]*)/);
  return (
    <code className="font-mono text-sm text-slate-900">
      {parts.map((part, index) => {
        const input = inputs.get(part);
        if (!input) return <span key={index}>{part}</span>;
        return input.visible ? (
          <Link key={index} href={`/${orgSlug}/kpis/${input.kpiId}`} title={input.name} className="font-semibold text-brand-700 underline underline-offset-2">
            {part}
          </Link>
        ) : (
          <span key={index} className="font-semibold">
            {part}
          </span>
        );
      })}
    </code>
  );
}

interface CalculatedFromProps {
  orgSlug: string;
  calculated: Calculated;
  cadence: Cadence;
  formatter: Formatter;
}

/**
 * What a calculated KPI's page says instead of offering to record a value: its formula, linked to its inputs, and
 * why recent periods have no value.
 */
export function CalculatedFrom({ orgSlug, calculated, cadence, formatter }: CalculatedFromProps) {
  return (
    <section aria-labelledby="calculated-heading" className="flex flex-col gap-3">
      <h2 id="calculated-heading" className="flex items-center gap-2 text-base font-semibold text-slate-900">
        <Calculator aria-hidden className="size-4 text-slate-500" />
        Calculated from other KPIs
      </h2>
      <p className="text-sm text-slate-700" data-testid="kpi-formula">
        Calculated: <FormulaWithLinks orgSlug={orgSlug} calculated={calculated} />
      </p>
      <p className="text-sm text-slate-600">
        A period gets its value as soon as every input has one; values are recalculated when an input changes and cannot be entered by hand.
      </p>
      {calculated.inputs.length > 0 && (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600" aria-label="Inputs">
          {calculated.inputs.map((input) => (
            <li key={input.kpiId}>
              <span className="font-mono font-medium text-slate-800">{input.code}</span>
              {input.name !== input.code && " · "}
              {input.name !== input.code &&
                (input.visible ? (
                  <Link href={`/${orgSlug}/kpis/${input.kpiId}`} className="text-brand-700 underline underline-offset-2">
                    {input.name}
                  </Link>
                ) : (
                  input.name
                ))}
            </li>
          ))}
        </ul>
      )}
      {calculated.gaps.length > 0 && (
        <details className="text-sm" open={calculated.gaps.length <= 3}>
          <summary className="cursor-pointer font-medium text-slate-800">
            {calculated.gaps.length === 1 ? "1 recent period without a value" : `${calculated.gaps.length} recent periods without a value`}
          </summary>
          <ul className="mt-2 flex flex-col gap-1 border-l-2 border-slate-200 pl-3" aria-label="Periods without a value">
            {calculated.gaps.map((gap) => (
              <li key={gap.periodStart}>
                <span className="font-medium text-slate-800">{formatter.formatPeriod(gap.periodStart, cadence)}</span>: {formulaGapText(gap.gap)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
