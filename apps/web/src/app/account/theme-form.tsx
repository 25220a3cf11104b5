"use client";

import { useRef, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useTheme } from "next-themes";
import type { Theme } from "@tally/domain";
import { RadioGroupField } from "@/components/ui/radio-group";
import { toast } from "@/components/ui/toast";
import { isTheme } from "@/lib/theme/remember-theme";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";

const THEME_CHOICES = [
  { value: "system", label: "System", description: "Follows your device" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
] as const;

/**
 * The page changes at once; the choice is then saved with the account so it follows the person to every
 * browser. Arrow keys move through the choices and each one is saved, one after another in order.
 */
export function ThemeForm({ savedTheme }: { savedTheme: Theme }) {
  const trpc = useTRPC();
  const { setTheme } = useTheme();
  // The radios show the person's choice at once; the page's theme follows it through next-themes.
  const [choice, setChoice] = useState<Theme>(savedTheme);
  const lastSaved = useRef(savedTheme);
  const latestChoice = useRef(savedTheme);
  const save = useMutation({
    ...trpc.account.updatePreferences.mutationOptions({
      onSuccess: (saved) => {
        lastSaved.current = saved.theme;
        toast.success("Theme saved.", { id: "theme-saved" });
      },
      onError: (error, { theme: failed }) => {
        // A newer choice is still on its way: it is saved or put back by its own call.
        if (failed === latestChoice.current) {
          setChoice(lastSaved.current);
          setTheme(lastSaved.current);
        }
        toast.error(`Your theme was not saved. ${clientFailure(error).message}`, { id: "theme-saved" });
      },
    }),
    // Quick changes are saved in the order they were made, so the last one is the one that stays.
    scope: { id: "theme-preference" },
  });

  return (
    <RadioGroupField
      legend="Theme"
      name="theme"
      orientation="horizontal"
      choices={THEME_CHOICES}
      value={choice}
      onValueChange={(value) => {
        if (!isTheme(value)) return;
        latestChoice.current = value;
        setChoice(value);
        setTheme(value);
        save.mutate({ theme: value });
      }}
    />
  );
}
