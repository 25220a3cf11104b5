import { compareIsoDates, type IsoDate } from "../kpi/calendar";

export const ACTION_STATUSES = ["open", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { open: "Open", done: "Done", dropped: "Dropped" };

/**
 * The moves an action's status may make: an open action is finished (done) or given up (dropped); a finished or
 * dropped one may be reopened. Finished never turns into dropped directly (or back): reopen first, so the record
 * shows both decisions.
 */
const TRANSITIONS: Record<ActionStatus, readonly ActionStatus[]> = {
  open: ["done", "dropped"],
  done: ["open"],
  dropped: ["open"],
};

export function canChangeActionStatus(from: ActionStatus, to: ActionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Why a status change is refused, in words a person can act on; null when it is allowed. */
export function actionStatusProblem(from: ActionStatus, to: ActionStatus): string | null {
  if (canChangeActionStatus(from, to)) return null;
  if (from === to) return `This action is already ${ACTION_STATUS_LABELS[to].toLowerCase()}.`;
  return `A ${ACTION_STATUS_LABELS[from].toLowerCase()} action cannot become ${ACTION_STATUS_LABELS[to].toLowerCase()}: reopen it first.`;
}

/**
 * When the action counts as completed after moving to `to`: the moment it was closed (done or dropped), and no
 * moment at all once it is open again.
 */
export function completedAtAfter(to: ActionStatus, now: Date): Date | null {
  return to === "open" ? null : now;
}

/** An open action whose due date has passed in the organization's calendar. Done or dropped ones are never overdue. */
export function isActionOverdue(action: { status: ActionStatus; dueDate: IsoDate }, today: IsoDate): boolean {
  return action.status === "open" && compareIsoDates(action.dueDate, today) < 0;
}
