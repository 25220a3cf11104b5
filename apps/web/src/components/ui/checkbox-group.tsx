"use client";

import { useId, type ReactNode } from "react";
import { cn } from "@/lib/cn";

interface CheckboxGroupProps {
  legend: string;
  choices: readonly { value: string; label: string }[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  onBlur?: () => void;
  error?: string;
  hint?: ReactNode;
  /** Shown instead of the boxes when there is nothing to choose. */
  empty: ReactNode;
  className?: string;
}

/** Several choices from a list, as a fieldset of checkboxes; keeps the order of the list. */
export function CheckboxGroup({ legend, choices, value, onChange, onBlur, error, hint, empty, className }: CheckboxGroupProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const toggle = (choice: string, checked: boolean) => {
    const chosen = new Set(value);
    if (checked) chosen.add(choice);
    else chosen.delete(choice);
    onChange(choices.map((option) => option.value).filter((option) => chosen.has(option)));
  };
  return (
    <fieldset className={cn("flex flex-col gap-1.5", className)} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="mb-1.5 text-sm font-medium text-slate-800">{legend}</legend>
      {choices.length === 0 ? (
        <p className="text-sm text-slate-500">{empty}</p>
      ) : (
        <div className={cn("flex max-h-48 flex-col gap-1 overflow-y-auto rounded-md border p-2", error ? "border-red-500" : "border-slate-200")}>
          {choices.map((choice) => (
            <label key={choice.value} className="flex items-center gap-2 rounded px-1 py-0.5 text-sm text-slate-800 hover:bg-slate-50">
              <input
                type="checkbox"
                className="size-4 accent-brand-600"
                checked={value.includes(choice.value)}
                onChange={(event) => toggle(choice.value, event.target.checked)}
                onBlur={onBlur}
              />
              {choice.label}
            </label>
          ))}
        </div>
      )}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-600">
          {error}
        </p>
      )}
    </fieldset>
  );
}
