"use client";

import { Controller, useFormContext, useWatch } from "react-hook-form";
import { KPI_VISIBILITIES, KPI_VISIBILITY_LABELS, TEAM_KIND_LABELS, type KpiDefinitionInput, type KpiVisibility } from "@tally/domain";
import { SelectField } from "@/components/ui/select";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { RadioGroupField } from "@/components/ui/radio-group";
import type { KpiFormState } from "./kpi-form-state";
import type { PersonChoice } from "./person-choices";
import type { KpiFormOptions } from "./types";

const VISIBILITY_HINTS: Record<KpiVisibility, string> = {
  organization: "Every member can see it.",
  restricted: "Only its owner, contributors, its team and the roles that see every KPI.",
};

/** The list's own error ("Every contributor must be…"), else the first item's. */
function listError(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  if ("message" in error && typeof error.message === "string") return error.message;
  if (Array.isArray(error)) return error.find((item): item is { message: string } => typeof item?.message === "string")?.message;
  return undefined;
}

/** Who answers for the KPI, who else records values, where it belongs and who sees it. */
export function PeopleFields({ people, options }: { people: readonly PersonChoice[]; options: KpiFormOptions }) {
  const form = useFormContext<KpiFormState, unknown, KpiDefinitionInput>();
  const owner = useWatch({ control: form.control, name: "ownerMembershipId" });
  const calculated = useWatch({ control: form.control, name: "formula" }).trim() !== "";
  const { errors } = form.formState;
  const teamOptions = [{ value: "", label: "No team" }, ...options.teams.map((team) => ({ value: team.id, label: `${team.name} · ${TEAM_KIND_LABELS[team.kind]}` }))];

  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-1 text-base font-semibold text-slate-900">People and links</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Owner"
          options={[{ value: "", label: "Choose an owner…" }, ...people.map((person) => ({ value: person.membershipId, label: person.label }))]}
          error={errors.ownerMembershipId?.message}
          {...form.register("ownerMembershipId")}
        />
        <SelectField label="Team" options={teamOptions} error={errors.teamId?.message} {...form.register("teamId")} />
      </div>
      {calculated ? (
        <p className="text-sm text-slate-600">A calculated KPI has no contributors: its values come from its formula.</p>
      ) : (
        <Controller
          control={form.control}
          name="contributorMembershipIds"
          render={({ field }) => (
            <CheckboxGroup
              legend="Contributors (optional)"
              hint="Other members who may record values."
              choices={people.filter((person) => person.membershipId !== owner).map((person) => ({ value: person.membershipId, label: person.label }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={listError(errors.contributorMembershipIds)}
              empty="No one else is in the organization yet."
            />
          )}
        />
      )}
      <Controller
        control={form.control}
        name="objectiveIds"
        render={({ field }) => (
          <CheckboxGroup
            legend="Objectives (optional)"
            hint="The business objectives this KPI serves."
            choices={options.objectives.map((objective) => ({ value: objective.id, label: objective.name }))}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={listError(errors.objectiveIds)}
            empty="No objectives yet. Admins and executives create them on the Objectives page."
          />
        )}
      />
      <Controller
        control={form.control}
        name="visibility"
        render={({ field }) => (
          <RadioGroupField
            legend="Visibility"
            choices={KPI_VISIBILITIES.map((visibility) => ({ value: visibility, label: KPI_VISIBILITY_LABELS[visibility], description: VISIBILITY_HINTS[visibility] }))}
            name={field.name}
            value={field.value}
            onValueChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={errors.visibility?.message}
          />
        )}
      />
    </fieldset>
  );
}
