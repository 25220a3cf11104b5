"use client";

import { useId, useImperativeHandle, useRef, type ComponentProps, type ReactNode, type Ref } from "react";
import { RadioGroup as RadioGroupPrimitive } from "radix-ui";
import { cn } from "@/lib/cn";

export function RadioGroup({ className, ...props }: ComponentProps<typeof RadioGroupPrimitive.Root>) {
  return <RadioGroupPrimitive.Root className={cn("flex flex-col gap-2", className)} {...props} />;
}

export function RadioGroupItem({ className, ...props }: ComponentProps<typeof RadioGroupPrimitive.Item>) {
  return (
    <RadioGroupPrimitive.Item
      className={cn(
        "flex size-4 shrink-0 items-center justify-center rounded-full border border-slate-400 bg-surface focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 disabled:opacity-50 data-[state=checked]:border-brand-600",
        className,
      )}
      {...props}
    >
      <RadioGroupPrimitive.Indicator className="size-2 rounded-full bg-brand-600" />
    </RadioGroupPrimitive.Item>
  );
}

export interface RadioChoice {
  value: string;
  label: string;
  /** A line under the label, read with it. */
  description?: ReactNode;
}

interface RadioGroupFieldProps {
  legend: string;
  choices: readonly RadioChoice[];
  value: string;
  onValueChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  error?: string;
  hint?: ReactNode;
  orientation?: "horizontal" | "vertical";
  className?: string;
  /** react-hook-form's field ref: focusing it focuses the chosen radio, so an error can take the focus. */
  ref?: Ref<{ focus: () => void }>;
}

/** One choice from a few, shown all at once; arrow keys move between them, as in a native radio group. */
export function RadioGroupField({ legend, choices, value, onValueChange, onBlur, name, error, hint, orientation = "vertical", className, ref }: RadioGroupFieldProps) {
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => ({
    focus: () => (rootRef.current?.querySelector<HTMLElement>('[role="radio"][data-state="checked"]') ?? rootRef.current?.querySelector<HTMLElement>('[role="radio"]'))?.focus(),
  }));
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <span id={`${id}-legend`} className="text-sm font-medium text-slate-800">
        {legend}
      </span>
      <RadioGroupPrimitive.Root
        ref={rootRef}
        name={name}
        value={value}
        onValueChange={onValueChange}
        orientation={orientation}
        aria-labelledby={`${id}-legend`}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onBlur={onBlur}
        className={cn("flex gap-x-5 gap-y-2", orientation === "vertical" ? "flex-col" : "flex-wrap")}
      >
        {choices.map((choice) => {
          const itemId = `${id}-${choice.value}`;
          return (
            <div key={choice.value} className="flex items-start gap-2 py-1">
              <RadioGroupItem id={itemId} value={choice.value} className="mt-0.5" aria-describedby={choice.description ? `${itemId}-description` : undefined} />
              {/* The description sits beside the label, not in it, so the radio's name stays its label alone. */}
              <div className="text-sm">
                <label htmlFor={itemId} className="text-slate-800">
                  {choice.label}
                </label>
                {choice.description && (
                  <p id={`${itemId}-description`} className="text-xs text-slate-600">
                    {choice.description}
                  </p>
                )}
              </div>
            </div>
          );
        })}
      </RadioGroupPrimitive.Root>
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
