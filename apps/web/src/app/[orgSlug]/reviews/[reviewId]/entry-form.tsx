"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { reviewEntrySchema } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors, onlyFields } from "@/lib/forms/server-errors";
import { useTRPC } from "@/lib/trpc/client";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

interface Props {
  orgSlug: string;
  reviewId: string;
  /** The KPI it is about; none for the review as a whole. */
  kpiId: string | null;
  /** Names the field for screen readers, e.g. "Note on Revenue". */
  label: string;
  kind: "note" | "decision";
}

interface FormValues {
  reviewId: string;
  kpiId: string | null;
  text: string;
}

/** A note or a decision typed during the meeting; the text stays on error and clears once saved. */
export function EntryForm({ orgSlug, reviewId, kpiId, label, kind }: Props) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<FormValues>({ resolver: zodResolver(reviewEntrySchema) as never, defaultValues: { reviewId, kpiId, text: "" } });
  const handlers = {
    onSuccess: () => {
      toast.success(kind === "note" ? "Note added." : "Decision recorded.");
      form.reset({ reviewId, kpiId, text: "" });
    },
    onError: (error: unknown) => setFormError(applyServerErrors(form, error, { pathOf: onlyFields<FormValues>(["text"]) })),
  };
  const note = useRefreshingMutation(trpc.review.addNote.mutationOptions(handlers));
  const decision = useRefreshingMutation(trpc.review.addDecision.mutationOptions(handlers));
  const save = kind === "note" ? note : decision;
  const { errors } = form.formState;
  const formLabel = `${kind === "note" ? "Add a" : "Record a"} ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  return (
    <form
      noValidate
      aria-label={formLabel}
      className="flex flex-col gap-2"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        save.mutate({ orgSlug, reviewId, kpiId, text: values.text });
      })}
    >
      <FormError message={formError} />
      <Textarea label={label} rows={2} error={errors.text?.message} {...form.register("text")} />
      <div>
        <Button type="submit" variant="secondary" pending={save.pending}>
          {kind === "note" ? "Add note" : "Record decision"}
        </Button>
      </div>
    </form>
  );
}
