import { buttonClasses } from "@/components/ui/button-classes";
import { controlClasses } from "@/components/ui/field";

/**
 * The "As of" day of a page: a plain GET form, so it works with the keyboard and without script, and the address
 * (`?asOf=YYYY-MM-DD`) can be shared and linked to. Days after `today` cannot be picked.
 */
export function AsOfControl({ action, asOf, today, error }: { action: string; asOf: string | null; today: string; error?: string }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2" aria-label="Show as of a past day">
      <div className="flex flex-col gap-1">
        <label htmlFor="as-of-date" className="text-sm font-medium text-slate-700">
          As of
        </label>
        <input
          id="as-of-date"
          name="asOf"
          type="date"
          required
          max={today}
          defaultValue={asOf ?? today}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "as-of-error" : undefined}
          className={controlClasses(error)}
        />
      </div>
      <button type="submit" className={buttonClasses("secondary")}>
        Show
      </button>
      {error && (
        <p id="as-of-error" role="alert" className="basis-full text-sm text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
