export { ROLES, ROLE_LABELS, roleSchema } from "./auth/roles";
export type { Role } from "./auth/roles";

export { ACTIONS, PERMISSIONS, can, canWrite, grantsFor, permissionsOf } from "./auth/permissions";
export type { Action, Grant } from "./auth/permissions";

export { KPI_ACTIONS, canOnKpi, grantReachesKpi, teamsDecide } from "./auth/kpi-access";
export type { ActorScope, KpiAction, KpiScope } from "./auth/kpi-access";

export { canGrantRole } from "./auth/role-grants";

export {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  newPasswordSchema,
  normalizePassword,
  passwordLength,
  passwordProblem,
} from "./auth/password";

export { emailSchema, personNameSchema, signInSchema, signUpSchema } from "./auth/schemas";
export type { SignInInput, SignUpInput } from "./auth/schemas";

export { KPI_CATEGORIES, KPI_CATEGORY_LABELS } from "./kpi/categories";
export type { KpiCategory } from "./kpi/categories";

export {
  CADENCE_LABELS,
  CADENCES,
  DURATION_UNIT_LABELS,
  DURATION_UNITS,
  KPI_DIRECTION_LABELS,
  KPI_DIRECTIONS,
  KPI_STATUS_LABELS,
  KPI_STATUSES,
  KPI_UNIT_LABELS,
  KPI_UNITS,
  KPI_VISIBILITIES,
  KPI_VISIBILITY_LABELS,
  PERIOD_STATUSES,
} from "./kpi/vocabulary";
export type { Cadence, DurationUnit, KpiDirection, KpiStatus, KpiUnit, KpiVisibility, PeriodStatus } from "./kpi/vocabulary";
export {
  DEFAULT_GRACE_DAYS,
  MAX_PERIODS_BETWEEN,
  addDays,
  compareIsoDates,
  currentPeriodStart,
  dueCutoff,
  isIsoDate,
  isoWeek,
  nextPeriodStart,
  periodEnd,
  periodLabel,
  periodStart,
  periodsBetween,
  previousPeriodStart,
} from "./kpi/periods";
export type { IsoDate } from "./kpi/periods";
export { formatIsoDate, isoWeekday } from "./kpi/calendar";
export { kpiStatus, periodStatus, progressToward, targetFor, targetSummary } from "./kpi/status";
export { statusOfPeriod } from "./kpi/period-status-of";
export type { KpiStatusInput, TargetEntry } from "./kpi/status";
export { SMART_KEYS, SMART_LABELS, SMART_MIN_DESCRIPTION_LENGTH, smartCheck, smartScore } from "./kpi/smart";
export type { SmartInput, SmartKey, SmartResult } from "./kpi/smart";
export {
  MAX_DECIMAL_PLACES,
  MAX_INTEGER_DIGITS,
  compareDecimalStrings,
  decimalStringSchema,
  normalizeDecimalString,
  optionalDecimalStringSchema,
  toNumber,
  toNumberOrNull,
} from "./kpi/decimal";
export { formatPlainNumber } from "./kpi/number-text";
export { decimalToLocaleText, parseLocaleDecimal } from "./kpi/locale-decimal";
export type { LocaleDecimalResult } from "./kpi/locale-decimal";
export * from "./kpi/schemas";
export { KPI_LIBRARY, templateByKey } from "./kpi/library";
export type { KpiTemplate } from "./kpi/library";

export { RESERVED_SLUGS } from "./org/reserved-slugs";
export { SLUG_MAX, SLUG_MIN, slugSchema, suggestSlug } from "./org/slug";

export { createOrganizationSchema, orgNameSchema, orgSettingsSchema, weekStartSchema, escalationDaysSchema } from "./org/schemas";
export { COMMON_CURRENCIES, WEEKDAY_NAMES } from "./org/currencies";
export { todayIn } from "./org/today";
export type { CreateOrganizationInput, OrgSettingsInput } from "./org/schemas";

export {
  acceptAsNewUserSchema,
  ADMIN_INVITATION_MAILS_PER_DAY,
  changeRoleSchema,
  INVITATION_RESEND_COOLDOWN_MINUTES,
  INVITATION_TOKEN_MAX_LENGTH,
  invitationEntrySchema,
  invitationIdSchema,
  invitationLinkTokenSchema,
  invitationToken,
  invitationTokenSchema,
  inviteMembersSchema,
  listMembersSchema,
  MAX_INVITATIONS_AT_ONCE,
  MEMBER_PAGE_SIZE,
  membershipIdSchema,
  ORG_INVITATION_MAILS_PER_DAY,
  parseInvitationToken,
  tokenSchema,
} from "./members/schemas";
export type { AcceptAsNewUserInput, InviteMembersInput, ListMembersInput } from "./members/schemas";
export {
  INVITATION_LIFETIME_DAYS,
  invitationState,
  MEMBERSHIP_STATUSES,
  PASSWORD_RESET_LIFETIME_MINUTES,
  wouldRemoveLastAdmin,
} from "./members/status";
export type { InvitationState, MembershipStatus } from "./members/status";

export {
  changePasswordSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
  updateProfileSchema,
} from "./auth/account-schemas";
export type { ChangePasswordInput, RequestPasswordResetInput, ResetPasswordInput, UpdateProfileInput } from "./auth/account-schemas";

export { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, AUDIT_PAGE_SIZE, listAuditEventsSchema } from "./audit/actions";
export type { AuditAction, ListAuditEventsInput } from "./audit/actions";

export { TEAM_KINDS, TEAM_KIND_LABELS, teamKindSchema } from "./team/kinds";
export type { TeamKind } from "./team/kinds";
export {
  TEAM_NAME_MAX,
  TEAM_NAME_MIN,
  createTeamSchema,
  deleteTeamSchema,
  renameTeamSchema,
  setTeamLeadSchema,
  teamMemberSchema,
  teamNameSchema,
  teamRefSchema,
} from "./team/schemas";
export type {
  CreateTeamInput,
  DeleteTeamInput,
  RenameTeamInput,
  SetTeamLeadInput,
  TeamMemberInput,
  TeamRefInput,
} from "./team/schemas";
export { canManageTeamMembers } from "./team/member-access";
export type { ActorTeam, TeamRef } from "./team/member-access";

export * from "./objectives";

export { CONTROL_CHARACTER_MESSAGE, idSchemaWith, textProblem, textSchema } from "./input/text";
export {
  MAX_BATCH_SIZE,
  MAX_INPUT_ARRAY_LENGTH,
  MAX_INPUT_DEPTH,
  MAX_INPUT_STRING_LENGTH,
  MAX_REQUEST_BODY_BYTES,
} from "./input/limits";

export {
  LOCALES,
  SUPPORTED_LOCALES,
  THEMES,
  currencyCodeSchema,
  localeSchema,
  themeSchema,
  timeZoneNames,
  timeZoneSchema,
  updatePreferencesSchema,
} from "./org/locale";
export type { SupportedLocale, Theme, UpdatePreferencesInput } from "./org/locale";

export {
  API_KEY_NAME_MAX,
  API_KEY_NAME_MIN,
  API_KEY_PREFIX,
  API_KEY_SCOPE_LABELS,
  API_KEY_SCOPES,
  API_KEY_SHOWN_LENGTH,
  apiKeyEndDay,
  apiKeyExpiryProblem,
  apiKeyNameSchema,
  apiKeyRefSchema,
  apiKeyScopeSchema,
  createApiKeyFormSchema,
  createApiKeySchema,
  createApiKeyShape,
} from "./api-keys/schemas";
export type { ApiKeyRefInput, ApiKeyScope, CreateApiKeyInput } from "./api-keys/schemas";
export { startOfDayIn } from "./org/day-start";
export * from "./exports";
export * from "./as-of";
export * from "./imports";
export * from "./webhooks";
export * from "./formulas";

export { historyMonths } from "./analysis/month-ends";
export type { HistoryMonth } from "./analysis/month-ends";
export { periodIndex } from "./analysis/period-index";
export { studentT } from "./analysis/student-t";
export type { BandLevel } from "./analysis/student-t";
export { FORECAST_DEFAULT_WINDOW, FORECAST_METHOD, FORECAST_MIN_VALUES, forecastSeries } from "./analysis/forecast";
export type { Forecast, ForecastInputPoint, ForecastOptions, ForecastPoint } from "./analysis/forecast";
export {
  FORECAST_VERDICT_LABELS,
  FORECAST_VERDICTS,
  forecastPointAt,
  forecastSentence,
  forecastVerdict,
} from "./analysis/forecast-verdict";
export type { ForecastSentenceInput, ForecastVerdict, ForecastVerdictInput } from "./analysis/forecast-verdict";
export {
  XMR_DEFAULT_SHIFT_RUN,
  XMR_DEFAULT_TREND_RUN,
  XMR_LIMIT_FACTOR,
  XMR_RANGE_LIMIT_FACTOR,
  XMR_RULES,
  xmrAnalysis,
} from "./analysis/xmr";
export type { SignalDirection, XmrOptions, XmrPoint, XmrResult, XmrRule, XmrSignal } from "./analysis/xmr";
export {
  TARGET_CAPABILITY_LABELS,
  XMR_MIN_VALUES,
  capabilitySentence,
  latestSignal,
  signalVerdict,
  targetCapability,
} from "./analysis/xmr-verdict";
export type { SignalKind, SignalVerdict, TargetCapability } from "./analysis/xmr-verdict";
export { FORECAST_DRAWN_PERIODS, forecastHorizon } from "./analysis/forecast-horizon";
export type { ForecastHorizon, ForecastHorizonInput, HorizonKind } from "./analysis/forecast-horizon";
export { periodChange, samePeriodLastYear } from "./analysis/period-change";
export type { PeriodChange, PeriodDelta } from "./analysis/period-change";

export { DEFAULT_KPI_LIST_COLUMNS, KPI_LIST_COLUMN_LABELS, KPI_LIST_COLUMNS, resolveKpiListColumns } from "./kpi/list-columns";
export type { KpiListColumn } from "./kpi/list-columns";
export {
  createSavedViewShape,
  kpiListColumnsSchema,
  savedViewFiltersSchema,
  savedViewIdShape,
  savedViewNameSchema,
  setKpiListColumnsShape,
  updateSavedViewShape,
} from "./kpi/list-views";
export type { SavedViewFilters } from "./kpi/list-views";
export { MAX_MISSING_PERIODS, isPeriodOverdue, recentCalendar, recentPeriods } from "./kpi/period-gaps";
export type { RecentPeriod, RecentPeriodsInput } from "./kpi/period-gaps";
export { STATUS_CHANGE_RULES, deriveStatusChanges, overdueSinceFor, ruleForCheckIn, trailingStatusChanges } from "./analysis/status-changes";
export type { StatusChange, StatusChangeRule, StatusCheckIn, StatusTimelineKpi } from "./analysis/status-changes";
export { describeStatusChange, statusChangeFromDecimalText } from "./analysis/status-change-text";
export type { StatusChangeFormat, StatusChangeWithDecimalText } from "./analysis/status-change-text";
export { attentionReason, missingPeriod } from "./analysis/attention-reason";
export type { AttentionFacts, AttentionStatus, MissingPeriod, ReasonFormat } from "./analysis/attention-reason";
export { healthTrend, onTrackShare } from "./analysis/health-trend";
export type { HealthTrend } from "./analysis/health-trend";
export * from "./notifications";
export {
  DEFAULT_ESCALATE_TO_ADMINS_AFTER_DAYS,
  DEFAULT_ESCALATE_TO_LEADS_AFTER_DAYS,
  MAX_ESCALATION_DAYS,
  REMINDER_LOOKBACK_MARGIN_DAYS,
  REMINDER_STAGE_LABELS,
  REMINDER_STAGES,
  periodDeadlines,
  reachedReminderStages,
  stagesToAnnounce,
} from "./reminders/stages";
export type { EscalationSettings, PeriodDeadlines, ReminderStage } from "./reminders/stages";
export * from "./actions";
export * from "./briefing";
export * from "./reviews";
