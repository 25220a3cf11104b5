export { CONNECT_TIMEOUT_MS, createPrismaClient, db, disconnectDb, type CreatePrismaClientOptions } from "./client";
export { checkDatabase, type DatabaseCheck } from "./check";
export { judgeCheckInsStatement } from "./check-in-status";
export { DatabaseInUseError } from "./embedded/lock";
// PrismaClient is exported as a type only: clients come from createPrismaClient() or db().
export {
  Prisma,
  Role,
  MembershipStatus,
  TeamKind,
  MailStatus,
  KpiCategory,
  KpiUnit,
  DurationUnit,
  KpiDirection,
  Cadence,
  KpiVisibility,
  PeriodStatus,
  SecurityEventKind,
  ThemePreference,
  CheckInSource,
  ApiKeyScope,
  IdempotencyStatus,
  WebhookDeliveryStatus,
  JobStatus,
  ReviewScope,
  ReviewStatus,
  ReviewEntryKind,
  ActionStatus,
  NotificationKind,
  NotificationChannel,
  DigestFrequency,
  ReminderStage,
} from "./generated/prisma/client";
export type {
  PrismaClient,
  User,
  Session,
  RateLimit,
  Organization,
  Membership,
  Team,
  TeamMembership,
  AuditEvent,
  MailOutbox,
} from "./generated/prisma/client";
