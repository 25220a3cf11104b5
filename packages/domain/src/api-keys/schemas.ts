import { z } from "zod";
import { idSchemaWith, textSchema } from "../input/text";
import { addDays, compareIsoDates, type IsoDate } from "../kpi/calendar";
import { optionalIsoDateSchema } from "../kpi/date-schema";

/** What every secret begins with, so people and secret scanners recognise a Tally key. */
export const API_KEY_PREFIX = "tly_";
/** How many characters of a secret the list shows (the prefix included): enough to tell keys apart. */
export const API_KEY_SHOWN_LENGTH = 12;

export const API_KEY_SCOPES = ["read", "read_write"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const API_KEY_SCOPE_LABELS: Record<ApiKeyScope, string> = {
  read: "Read",
  read_write: "Read and record",
};

export const API_KEY_NAME_MIN = 2;
export const API_KEY_NAME_MAX = 60;

export const apiKeyNameSchema = textSchema({ max: 1000, tooLong: `Use at most ${API_KEY_NAME_MAX} characters.`, error: "Enter a name." })
  .trim()
  .min(API_KEY_NAME_MIN, `Use at least ${API_KEY_NAME_MIN} characters, such as “Warehouse sync”.`)
  .max(API_KEY_NAME_MAX, `Use at most ${API_KEY_NAME_MAX} characters.`);

export const apiKeyScopeSchema = z.enum(API_KEY_SCOPES, { error: "Choose read or read and record." });

/**
 * A new key: a name people recognise, what it may do, optionally one team whose KPIs alone it reaches, and
 * optionally the last day it works (in the organization's time zone). Blank team or date means none.
 */
export const createApiKeyShape = {
  name: apiKeyNameSchema,
  scope: apiKeyScopeSchema,
  teamId: idSchemaWith("Choose a team.")
    .or(z.literal(""))
    .nullish()
    .transform((value) => value || null),
  expiresOn: optionalIsoDateSchema,
};

export const createApiKeySchema = z.strictObject(createApiKeyShape);

export const apiKeyRefSchema = z.strictObject({ apiKeyId: idSchemaWith() });

export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;
export type ApiKeyRefInput = z.infer<typeof apiKeyRefSchema>;

/** Why a key cannot expire on `expiresOn` when it is `today` in the organization, or null when it can. */
export function apiKeyExpiryProblem(expiresOn: IsoDate, today: IsoDate): string | null {
  return compareIsoDates(expiresOn, today) <= 0 ? "Choose a date after today: the key works until the end of that day." : null;
}

/** The first day a key that works through `expiresOn` no longer works. */
export function apiKeyEndDay(expiresOn: IsoDate): IsoDate {
  return addDays(expiresOn, 1);
}

/** The form's schema: the server's, plus the expiry rule judged against the organization's today. */
export function createApiKeyFormSchema(today: IsoDate) {
  return createApiKeySchema.superRefine((input, context) => {
    const problem = input.expiresOn ? apiKeyExpiryProblem(input.expiresOn, today) : null;
    if (problem) context.addIssue({ code: "custom", path: ["expiresOn"], message: problem });
  });
}
