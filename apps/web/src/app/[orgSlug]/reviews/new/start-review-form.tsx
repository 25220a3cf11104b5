"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Controller, useForm, useWatch, type Resolver } from "react-hook-form";
import { REVIEW_SCOPE_LABELS, REVIEW_SCOPES, ROLE_LABELS, startReviewSchema, type ReviewPeriodKind, type ReviewScopeKind, type StartReviewInput } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { TextField } from "@/components/ui/field";
import { RadioGroupField } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { useTRPC } from "@/lib/trpc/client";
import { useMutation } from "@tanstack/react-query";
import type { ReviewFormOptions } from "../types";

interface FormValues {
  title: string;
  scope: ReviewScopeKind;
  scopeId: string;
  kpiIds: string[];
  period: ReviewPeriodKind;
  periodStart: string;
  periodEnd: string;
  participantMembershipIds: string[];
}

const SCOPE_CHOICES = REVIEW_SCOPES.map((scope) => ({ value: scope, label: REVIEW_SCOPE_LABELS[scope] }));
const PERIOD_CHOICES = [
  { value: "month", label: "A month" },
  { value: "quarter", label: "A quarter" },
  { value: "custom", label: "Custom dates" },
];
const DAY_LABELS: Record<ReviewPeriodKind, string> = { month: "Any day of the month", quarter: "Any day of the quarter", custom: "First day" };

/** Only what the chosen scope and period use goes to the schema, so a field left over from another choice never blocks. */
const resolver: Resolver<FormValues, unknown, StartReviewInput> = (values, context, options) =>
  (zodResolver(startReviewSchema) as unknown as Resolver<Record<string, unknown>, unknown, StartReviewInput>)(
    {
      ...values,
      scopeId: values.scope === "team" || values.scope === "objective" ? values.scopeId || null : null,
      kpiIds: values.scope === "kpis" ? values.kpiIds : [],
      periodEnd: values.period === "custom" ? values.periodEnd : null,
    },
    context,
    options as never,
  ) as never;

export function StartReviewForm({ orgSlug, options, defaultDay, selfMembershipId }: { orgSlug: string; options: ReviewFormOptions; defaultDay: string; selfMembershipId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const form = useForm<FormValues, unknown, StartReviewInput>({
    resolver,
    defaultValues: { title: "", scope: "kpis", scopeId: "", kpiIds: [], period: "month", periodStart: defaultDay, periodEnd: "", participantMembershipIds: [] },
  });
  const create = useMutation(
    trpc.review.create.mutationOptions({
      onSuccess: ({ id }) => {
        setLeaving(true);
        toast.success("Review started.");
        router.push(`/${orgSlug}/reviews/${id}`);
      },
      onError: (error) => setFormError(applyServerErrors(form, error)),
    }),
  );
  const [scope, period] = useWatch({ control: form.control, name: ["scope", "period"] });
  const { errors } = form.formState;
  const kpiChoices = useMemo(() => options.kpis.map((kpi) => ({ value: kpi.id, label: kpi.name })), [options.kpis]);
  const people = useMemo(
    () => options.members.filter((m) => m.membershipId !== selfMembershipId).map((m) => ({ value: m.membershipId, label: `${m.name} (${ROLE_LABELS[m.role]})` })),
    [options.members, selfMembershipId],
  );
  const scopeChoices = scope === "team" ? options.teams : options.objectives;

  return (
    <form
      noValidate
      aria-label="Start a review"
      className="flex flex-col gap-5"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        create.mutate({ orgSlug, ...values });
      })}
    >
      <FormError message={formError} />
      <TextField label="Title" autoComplete="off" placeholder="e.g. Sales review, March" error={errors.title?.message} {...form.register("title")} />
      <Controller
        control={form.control}
        name="scope"
        render={({ field }) => (
          <RadioGroupField
            legend="What the review covers"
            orientation="horizontal"
            choices={SCOPE_CHOICES}
            name={field.name}
            value={field.value}
            onValueChange={(next) => {
              field.onChange(next);
              form.setValue("scopeId", "");
              form.clearErrors(["scopeId", "kpiIds"]);
            }}
            onBlur={field.onBlur}
            ref={field.ref}
            error={errors.scope?.message}
          />
        )}
      />
      {(scope === "team" || scope === "objective") && (
        <SelectField
          label={scope === "team" ? "Team" : "Objective"}
          options={[{ value: "", label: scope === "team" ? "Choose a team" : "Choose an objective" }, ...scopeChoices.map((choice) => ({ value: choice.id, label: choice.name }))]}
          error={errors.scopeId?.message}
          {...form.register("scopeId")}
        />
      )}
      {scope === "kpis" && (
        <Controller
          control={form.control}
          name="kpiIds"
          render={({ field }) => (
            <CheckboxGroup
              legend="KPIs"
              choices={kpiChoices}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={errors.kpiIds?.message ?? errors.kpiIds?.root?.message}
              empty="There is no KPI you may review."
            />
          )}
        />
      )}
      <Controller
        control={form.control}
        name="period"
        render={({ field }) => (
          <RadioGroupField
            legend="Period"
            orientation="horizontal"
            choices={PERIOD_CHOICES}
            name={field.name}
            value={field.value}
            onValueChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={errors.period?.message}
          />
        )}
      />
      <div className="flex flex-col gap-4 sm:flex-row">
        <TextField label={DAY_LABELS[period]} type="date" className="sm:flex-1" error={errors.periodStart?.message} {...form.register("periodStart")} />
        {period === "custom" && <TextField label="Last day" type="date" className="sm:flex-1" error={errors.periodEnd?.message} {...form.register("periodEnd")} />}
      </div>
      <Controller
        control={form.control}
        name="participantMembershipIds"
        render={({ field }) => (
          <CheckboxGroup
            legend="Participants"
            hint="You take part yourself. Participants may read the review and add notes."
            choices={people}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.participantMembershipIds?.message ?? errors.participantMembershipIds?.root?.message}
            empty="There is no one else to invite yet."
          />
        )}
      />
      <div>
        <Button type="submit" pending={create.isPending || leaving}>
          Start review
        </Button>
      </div>
    </form>
  );
}
