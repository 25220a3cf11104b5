"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { Controller, useForm, useWatch, type Resolver } from "react-hook-form";
import { SlidersHorizontal } from "lucide-react";
import { ADJUSTMENT_KINDS, ADJUSTMENT_LABELS, decimalToLocaleText, reviewAdjustmentFormSchema, type AdjustmentKind, type ReviewAdjustmentInput } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { RadioGroupField } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { useFormatter } from "@/lib/format-context";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors, onlyFields } from "@/lib/forms/server-errors";
import { withLocaleDecimals } from "@/lib/locale-decimals";
import { useTRPC } from "@/lib/trpc/client";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

interface FormValues {
  reviewId: string;
  kpiId: string;
  change: AdjustmentKind;
  effectiveFrom: string;
  target: string;
  targetMin: string;
  targetMax: string;
  warning: string;
  tolerance: string;
  ownerMembershipId: string;
  reason: string;
}

const NUMBER_FIELDS = ["target", "targetMin", "targetMax", "warning", "tolerance"] as const;
const SHOWN_FIELDS: readonly (keyof FormValues)[] = ["change", "effectiveFrom", ...NUMBER_FIELDS, "ownerMembershipId", "reason"];
const CHANGE_CHOICES = ADJUSTMENT_KINDS.map((kind) => ({ value: kind, label: ADJUSTMENT_LABELS[kind] }));

interface Props {
  orgSlug: string;
  reviewId: string;
  kpi: {
    kpiId: string;
    name: string;
    direction: "increase" | "decrease" | "range";
    ownerMembershipId: string;
    archived: boolean;
    target: { target: string | null; targetMin: string | null; targetMax: string | null; warning: string | null; tolerance: string | null } | null;
  };
  /** The day a new target starts by default: the one after the review's period. */
  defaultEffectiveFrom: string;
  members: readonly { membershipId: string; name: string }[];
}

/** A change to one KPI decided in the review, made through the KPI's own edit rules; their refusals show beside the fields. */
export function AdjustDialog({ orgSlug, reviewId, kpi, defaultEffectiveFrom, members }: Props) {
  const trpc = useTRPC();
  const { locale } = useFormatter().settings;
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const text = (value: string | null | undefined) => (value ? decimalToLocaleText(value, locale) : "");
  const empty = (): FormValues => ({
    reviewId,
    kpiId: kpi.kpiId,
    change: "target",
    effectiveFrom: defaultEffectiveFrom,
    target: text(kpi.target?.target),
    targetMin: text(kpi.target?.targetMin),
    targetMax: text(kpi.target?.targetMax),
    warning: text(kpi.target?.warning),
    tolerance: text(kpi.target?.tolerance),
    ownerMembershipId: "",
    reason: "",
  });
  const resolver = useMemo(
    () => withLocaleDecimals(zodResolver(reviewAdjustmentFormSchema) as unknown as Resolver<FormValues, unknown, ReviewAdjustmentInput>, [...NUMBER_FIELDS], locale),
    [locale],
  );
  const form = useForm<FormValues, unknown, ReviewAdjustmentInput>({ resolver, defaultValues: empty() });
  const adjust = useRefreshingMutation(
    trpc.review.adjust.mutationOptions({
      onSuccess: (saved) => toast.success(`${kpi.name} adjusted: version ${saved.kpiVersion}.`),
      onError: (error) => setFormError(applyServerErrors(form, error, { pathOf: onlyFields<FormValues>(SHOWN_FIELDS) })),
    }),
    () => setOpen(false),
  );
  const change = useWatch({ control: form.control, name: "change" });
  const { errors } = form.formState;
  const range = kpi.direction === "range";
  const owners = members.filter((m) => m.membershipId !== kpi.ownerMembershipId);
  const choices = kpi.archived ? CHANGE_CHOICES.filter((choice) => choice.value !== "archive") : CHANGE_CHOICES;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setFormError(null);
          form.reset(empty());
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary">
          <SlidersHorizontal aria-hidden className="size-4" />
          Adjust…
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Adjust {kpi.name}</DialogTitle>
          <DialogDescription>The change is made to the KPI itself, as a new version, and recorded in this review.</DialogDescription>
        </DialogHeader>
        <form
          noValidate
          className="mt-5 flex flex-col gap-4"
          onSubmit={form.handleSubmit((values) => {
            setFormError(null);
            adjust.mutate({ orgSlug, ...values });
          })}
        >
          <FormError message={formError} />
          <Controller
            control={form.control}
            name="change"
            render={({ field }) => (
              <RadioGroupField
                legend="Change"
                choices={choices}
                name={field.name}
                value={field.value}
                onValueChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                error={errors.change?.message}
              />
            )}
          />
          {change === "target" && (
            <>
              <TextField label="From" type="date" hint="The new values apply to periods from this day on." error={errors.effectiveFrom?.message} {...form.register("effectiveFrom")} />
              {range ? (
                <div className="grid gap-4 sm:grid-cols-3">
                  <TextField label="Minimum" inputMode="decimal" autoComplete="off" error={errors.targetMin?.message} {...form.register("targetMin")} />
                  <TextField label="Maximum" inputMode="decimal" autoComplete="off" error={errors.targetMax?.message} {...form.register("targetMax")} />
                  <TextField label="Tolerance (optional)" inputMode="decimal" autoComplete="off" error={errors.tolerance?.message} {...form.register("tolerance")} />
                </div>
              ) : (
                <div className="grid gap-4 sm:grid-cols-2">
                  <TextField label="Target" inputMode="decimal" autoComplete="off" error={errors.target?.message} {...form.register("target")} />
                  <TextField label="Warning (optional)" inputMode="decimal" autoComplete="off" error={errors.warning?.message} {...form.register("warning")} />
                </div>
              )}
            </>
          )}
          {change === "archive" && <p className="text-sm text-slate-700">{kpi.name} stops asking for values and leaves the lists; its history stays.</p>}
          {change === "owner" && (
            <SelectField
              label="New owner"
              options={[{ value: "", label: "Choose the new owner" }, ...owners.map((m) => ({ value: m.membershipId, label: m.name }))]}
              error={errors.ownerMembershipId?.message}
              {...form.register("ownerMembershipId")}
            />
          )}
          <Textarea label="Reason (optional)" rows={2} error={errors.reason?.message} {...form.register("reason")} />
          <DialogFooter className="mt-2">
            <Button type="submit" pending={adjust.pending}>
              Apply change
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
