"use client";

import { forwardRef, useId, type ComponentProps, type SelectHTMLAttributes } from "react";
import { Select as SelectPrimitive } from "radix-ui";
import { Check, ChevronDown } from "lucide-react";
import { cn } from "@/lib/cn";

/**
 * A native select for form fields: it registers with react-hook-form and keeps the browser's own picker on
 * phones. For pickers outside forms, use Select below.
 */
interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  error?: string;
  /** Keeps the label for screen readers only, for compact rows and toolbars. */
  hideLabel?: boolean;
  options: readonly { value: string; label: string }[];
}

export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, error, hideLabel = false, options, className, id, ...props },
  ref,
) {
  const generated = useId();
  const selectId = id ?? generated;
  const errorId = `${selectId}-error`;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={selectId} className={cn("text-sm font-medium text-slate-800", hideLabel && "sr-only")}>
        {label}
      </label>
      <select
        ref={ref}
        id={selectId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={cn(
          "rounded-md border bg-surface px-3 py-2 text-sm shadow-xs focus:outline-2 focus:outline-offset-0",
          error ? "border-red-500 focus:outline-red-500" : "border-slate-300 focus:outline-brand-500",
        )}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="text-xs font-medium text-red-600">
          {error}
        </p>
      )}
    </div>
  );
});

interface SelectProps extends Omit<ComponentProps<typeof SelectPrimitive.Root>, "children"> {
  label: string;
  /** Keeps the label for screen readers only, for compact rows and toolbars. */
  hideLabel?: boolean;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
  className?: string;
  id?: string;
}

/** A styled picker for choices outside forms (a view, a sort order); form fields use SelectField. */
export function Select({ label, hideLabel = false, options, placeholder, className, id, ...props }: SelectProps) {
  const generated = useId();
  const triggerId = id ?? generated;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={triggerId} className={cn("text-sm font-medium text-slate-800", hideLabel && "sr-only")}>
        {label}
      </label>
      <SelectPrimitive.Root {...props}>
        <SelectPrimitive.Trigger
          id={triggerId}
          className="inline-flex items-center justify-between gap-2 rounded-md border border-slate-300 bg-surface px-3 py-2 text-left text-sm text-slate-900 shadow-xs focus:outline-2 focus:outline-offset-0 focus:outline-brand-500 disabled:opacity-60 data-[placeholder]:text-slate-500"
        >
          <SelectPrimitive.Value placeholder={placeholder} />
          <SelectPrimitive.Icon>
            <ChevronDown aria-hidden className="size-4 text-slate-500" />
          </SelectPrimitive.Icon>
        </SelectPrimitive.Trigger>
        <SelectPrimitive.Portal>
          <SelectPrimitive.Content
            position="popper"
            sideOffset={4}
            className="z-50 max-h-(--radix-select-content-available-height) min-w-(--radix-select-trigger-width) overflow-hidden rounded-md border border-slate-200 bg-surface text-slate-900 shadow-lg"
          >
            <SelectPrimitive.Viewport className="p-1">
              {options.map((option) => (
                <SelectPrimitive.Item
                  key={option.value}
                  value={option.value}
                  className="relative flex cursor-default select-none items-center rounded py-1.5 pl-7 pr-3 text-sm outline-none data-[highlighted]:bg-slate-100 data-[disabled]:opacity-50"
                >
                  <SelectPrimitive.ItemIndicator className="absolute left-2 inline-flex">
                    <Check aria-hidden className="size-4 text-brand-600" />
                  </SelectPrimitive.ItemIndicator>
                  <SelectPrimitive.ItemText>{option.label}</SelectPrimitive.ItemText>
                </SelectPrimitive.Item>
              ))}
            </SelectPrimitive.Viewport>
          </SelectPrimitive.Content>
        </SelectPrimitive.Portal>
      </SelectPrimitive.Root>
    </div>
  );
}
