"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { escalationDaysSchema } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { useTRPC } from "@/lib/trpc/client";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

const reminderSettingsSchema = z.strictObject({
  escalateToLeadsAfterDays: escalationDaysSchema,
  escalateToAdminsAfterDays: escalationDaysSchema,
});

type ReminderSettingsValues = z.infer<typeof reminderSettingsSchema>;

/** When an overdue value is escalated: first to the KPI's team leads, later to admins and executives. */
export function ReminderSettingsForm({ orgSlug, initial }: { orgSlug: string; initial: ReminderSettingsValues }) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ReminderSettingsValues>({ resolver: zodResolver(reminderSettingsSchema), defaultValues: initial });
  const save = useRefreshingMutation(
    trpc.organization.updateSettings.mutationOptions({
      onSuccess: (org) => {
        form.reset({ escalateToLeadsAfterDays: org.escalateToLeadsAfterDays, escalateToAdminsAfterDays: org.escalateToAdminsAfterDays });
        toast.success("Reminder settings saved.");
      },
      onError: (error) => setFormError(applyServerErrors(form, error)),
    }),
  );
  const errors = form.formState.errors;

  return (
    <form
      noValidate
      aria-labelledby="reminders-heading"
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        save.mutate({ orgSlug, ...values });
      })}
    >
      <div>
        <h2 id="reminders-heading" className="text-base font-semibold text-slate-900">
          Reminders and escalation
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Owners and contributors are reminded when a period ends and again when its value is overdue. If it stays missing, the KPI&apos;s team leads
          are told, and later the admins and executives.
        </p>
      </div>
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Tell team leads after (days overdue)"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          error={errors.escalateToLeadsAfterDays?.message}
          {...form.register("escalateToLeadsAfterDays", { valueAsNumber: true })}
        />
        <TextField
          label="Then tell admins and executives after (more days)"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          error={errors.escalateToAdminsAfterDays?.message}
          {...form.register("escalateToAdminsAfterDays", { valueAsNumber: true })}
        />
      </div>
      <div>
        <Button type="submit" pending={save.pending}>
          Save reminder settings
        </Button>
      </div>
    </form>
  );
}
