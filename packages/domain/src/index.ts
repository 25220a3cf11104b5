export { ROLES, ROLE_LABELS, roleSchema } from "./auth/roles";
export type { Role } from "./auth/roles";

export { ACTIONS, PERMISSIONS, can, canWrite, grantsFor, permissionsOf } from "./auth/permissions";
export type { Action, Grant } from "./auth/permissions";

export { canOnKpi } from "./auth/kpi-access";
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

export { RESERVED_SLUGS } from "./org/reserved-slugs";
export { SLUG_MAX, SLUG_MIN, slugSchema, suggestSlug } from "./org/slug";

export { createOrganizationSchema, orgNameSchema, orgSettingsSchema } from "./org/schemas";
export type { CreateOrganizationInput, OrgSettingsInput } from "./org/schemas";
