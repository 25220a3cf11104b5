import { ROLE_LABELS } from "@tally/domain";
import type { KpiFormOptions } from "./types";

export interface PersonChoice {
  membershipId: string;
  label: string;
}

/**
 * The active members the form offers, plus anyone the saved KPI still names who is no longer active, so
 * the form shows them instead of silently picking someone else; saving then asks for an active member.
 */
export function personChoices(options: KpiFormOptions, named: readonly { membershipId: string; name: string }[] = []): PersonChoice[] {
  const choices = options.members.map((member) => ({ membershipId: member.membershipId, label: `${member.name} (${ROLE_LABELS[member.role]})` }));
  const known = new Set(choices.map((choice) => choice.membershipId));
  for (const person of named) {
    if (!known.has(person.membershipId)) {
      choices.push({ membershipId: person.membershipId, label: `${person.name} (no longer active)` });
      known.add(person.membershipId);
    }
  }
  return choices;
}
