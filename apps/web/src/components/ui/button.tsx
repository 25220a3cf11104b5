"use client";

import type { ButtonHTMLAttributes } from "react";
import { useHydrated } from "@/lib/use-hydrated";
import { buttonClasses, type ButtonVariant } from "./button-classes";
import { Spinner } from "./spinner";

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  pending?: boolean;
}

/**
 * A button stays disabled until the page has hydrated: every button acts through the browser's code, so a click
 * before that would be lost (or, on a submit button, send the bare HTML form instead).
 *
 * A pending button is aria-disabled rather than disabled: a disabled button loses the focus, which would drop
 * a keyboard user to the top of the page in the middle of a save. Clicks (and Enter in the form, which
 * clicks the submit button) are swallowed until it is done.
 */
export function Button({ variant = "primary", pending = false, className, children, disabled, type = "button", onClick, ...props }: ButtonProps) {
  const hydrated = useHydrated();
  return (
    <button
      type={type}
      className={buttonClasses(variant, className)}
      disabled={disabled || !hydrated}
      aria-disabled={pending || undefined}
      aria-busy={pending}
      onClick={(event) => {
        if (pending) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      {...props}
    >
      {pending && <Spinner />}
      {children}
    </button>
  );
}
