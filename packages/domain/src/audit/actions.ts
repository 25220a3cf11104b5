import { z } from "zod";
import { idSchemaWith } from "../input/text";
import { isoDateSchema } from "../kpi/date-schema";

/** Every kind of audit event, with the words the audit log shows for it. */
export const AUDIT_ACTION_LABELS = {
  "organization.created": "Organization created",
  "organization.settings_updated": "Settings changed",
  "invitation.created": "Invitation sent",
  "invitation.resent": "Invitation resent",
  "invitation.revoked": "Invitation revoked",
  "invitation.accepted": "Invitation accepted",
  "member.role_changed": "Role changed",
  "member.deactivated": "Member deactivated",
  "member.reactivated": "Member reactivated",
  "member.left": "Member left",
  "team.created": "Team created",
  "team.renamed": "Team renamed",
  "team.deleted": "Team deleted",
  "team.member_added": "Team member added",
  "team.member_removed": "Team member removed",
  "team.lead_set": "Team lead set",
  "team.lead_unset": "Team lead removed",
  "kpi.created": "KPI created",
  "kpi.updated": "KPI changed",
  "kpi.archived": "KPI archived",
  "kpi.restored": "KPI restored",
  "objective.created": "Objective created",
  "objective.updated": "Objective changed",
  "objective.weight_changed": "Objective KPI weight changed",
  "api_key.created": "API key created",
  "api_key.revoked": "API key revoked",
  "values.imported": "Values imported",
  "webhook.created": "Webhook endpoint added",
  "webhook.updated": "Webhook endpoint changed",
  "webhook.deleted": "Webhook endpoint removed",
  "webhook.secret_rotated": "Webhook signing secret replaced",
  "webhook.test_sent": "Webhook test event sent",
  "action.created": "Action created",
  "action.updated": "Action changed",
  "action.status_changed": "Action status changed",
  "review.created": "Review started",
  "review.closed": "Review closed",
  "review.adjusted": "KPI adjusted in a review",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

export const AUDIT_PAGE_SIZE = 50;

export const listAuditEventsSchema = z
  .strictObject({
    action: z.enum(AUDIT_ACTIONS as [AuditAction, ...AuditAction[]]).optional(),
    actorUserId: idSchemaWith().optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    page: z.number().int().min(1).max(100_000).default(1),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    path: ["to"],
    message: "The end date must not be before the start date.",
  });

export type ListAuditEventsInput = z.infer<typeof listAuditEventsSchema>;
