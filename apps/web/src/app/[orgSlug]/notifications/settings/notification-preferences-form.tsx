"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import {
  DIGEST_FREQUENCIES,
  DIGEST_FREQUENCY_LABELS,
  NOTIFICATION_CHANNEL_LABELS,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
  digestFrequencySchema,
  notificationChannelSchema,
  notificationKindSchema,
  type DigestFrequency,
  type NotificationChannel,
  type NotificationKind,
} from "@tally/domain";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { useTRPC } from "@/lib/trpc/client";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

const preferencesSchema = z.strictObject({
  channels: z.record(notificationKindSchema, notificationChannelSchema),
  digest: digestFrequencySchema,
});

type PreferencesValues = { channels: Record<NotificationKind, NotificationChannel>; digest: DigestFrequency };

const channelOptions = NOTIFICATION_CHANNELS.map((channel) => ({ value: channel, label: NOTIFICATION_CHANNEL_LABELS[channel] }));
const digestOptions = DIGEST_FREQUENCIES.map((frequency) => ({ value: frequency, label: DIGEST_FREQUENCY_LABELS[frequency] }));

/** A channel for every kind of notification, and how often a digest of them comes by e-mail. */
export function NotificationPreferencesForm({ orgSlug, initial }: { orgSlug: string; initial: PreferencesValues }) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PreferencesValues>({ resolver: zodResolver(preferencesSchema), defaultValues: initial });
  const save = useRefreshingMutation(
    trpc.notification.updatePreferences.mutationOptions({
      onSuccess: (saved) => {
        form.reset(saved);
        toast.success("Notification preferences saved.");
      },
      onError: (error) => setFormError(applyServerErrors(form, error)),
    }),
  );

  return (
    <form
      noValidate
      aria-labelledby="preferences-heading"
      className="flex flex-col gap-5"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        save.mutate({ orgSlug, channels: values.channels, digest: values.digest });
      })}
    >
      <h2 id="preferences-heading" className="sr-only">
        Notification preferences
      </h2>
      <FormError message={formError} />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-base font-semibold text-slate-900">What you are told, and where</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <SelectField key={kind} label={NOTIFICATION_KIND_LABELS[kind]} options={channelOptions} {...form.register(`channels.${kind}`)} />
        ))}
      </fieldset>
      <fieldset className="border-t border-slate-100 pt-5">
        <legend className="sr-only">Digest</legend>
        <SelectField
          label="Digest by e-mail (a summary of your notifications, unread first)"
          options={digestOptions}
          error={form.formState.errors.digest?.message}
          {...form.register("digest")}
        />
      </fieldset>
      <div>
        <Button type="submit" pending={save.pending}>
          Save preferences
        </Button>
      </div>
    </form>
  );
}
