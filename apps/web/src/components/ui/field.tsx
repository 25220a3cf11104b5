import { forwardRef, useId, type InputHTMLAttributes, type ReactNode } from "react";
import { cn } from "@/lib/cn";

export interface FieldText {
  label: string;
  error?: string;
  hint?: ReactNode;
}

const CONTROL_CLASSES = "rounded-md border bg-surface px-3 py-2 text-sm shadow-xs placeholder:text-slate-400 focus:outline-2 focus:outline-offset-0";

export function controlClasses(error: string | undefined): string {
  return cn(CONTROL_CLASSES, error ? "border-red-500 focus:outline-red-500" : "border-slate-300 focus:outline-brand-500");
}

/** The ids that tie a control to its hint and error, so a screen reader announces them with it. */
export function useFieldIds(id: string | undefined, { hint, error }: Pick<FieldText, "hint" | "error">) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return { controlId, hintId, errorId, describedBy };
}

export function FieldFrame({ label, hint, error, className, ids, children }: FieldText & { className?: string; ids: ReturnType<typeof useFieldIds>; children: ReactNode }) {
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={ids.controlId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={ids.hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={ids.errorId} className="text-xs font-medium text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & FieldText;

/** A labelled input whose error and hint are announced with it. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField({ label, error, hint, className, id, ...props }, ref) {
  const ids = useFieldIds(id, { hint, error });
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className} ids={ids}>
      <input ref={ref} id={ids.controlId} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} className={controlClasses(error)} {...props} />
    </FieldFrame>
  );
});
