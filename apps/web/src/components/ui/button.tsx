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
 * A submit button stays disabled until the page has hydrated: the forms validate and send in the browser,
 * and a click before that would submit the bare HTML form instead.
 */
export function Button({ variant = "primary", pending = false, className, children, disabled, type = "button", ...props }: ButtonProps) {
  const hydrated = useHydrated();
  return (
    <button
      type={type}
      className={buttonClasses(variant, className)}
      disabled={disabled || pending || (type === "submit" && !hydrated)}
      aria-busy={pending}
      {...props}
    >
      {pending && <Spinner />}
      {children}
    </button>
  );
}
