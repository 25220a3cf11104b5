import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters.").optional(),
  APP_URL: z.url().optional(),
  SIGN_UP_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(20),
  SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().positive().default(50),
  // An empty value in .env means "not set", like a missing line.
  SMTP_URL: z.preprocess((value) => (value === "" ? undefined : value), z.url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// URL." }).optional()),
  MAIL_FROM: z.preprocess((value) => (value === "" ? undefined : value), z.string().default("Tally <no-reply@tally.local>")),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment for @tally/api:\n${z.prettifyError(parsed.error)}`);
}

const DEVELOPMENT_SECRET = "tally-development-secret-not-for-production-use-0000";

export const apiEnv = {
  nodeEnv: parsed.data.NODE_ENV,
  appUrl: parsed.data.APP_URL,
  /** Per client address; behind one corporate NAT many people share an address, so operators may raise it. */
  signUpLimitPerHour: parsed.data.SIGN_UP_LIMIT_PER_HOUR,
  signInLimitPerIp: parsed.data.SIGN_IN_LIMIT_PER_IP,
  /** Unset: mail is printed to the server log instead of sent. */
  smtpUrl: parsed.data.SMTP_URL,
  mailFrom: parsed.data.MAIL_FROM,
  /** Production must set its own secret; development and tests fall back to a fixed, public one. */
  authSecret(): string {
    if (parsed.data.AUTH_SECRET) return parsed.data.AUTH_SECRET;
    if (parsed.data.NODE_ENV === "production") {
      throw new Error("AUTH_SECRET is required in production. Generate one with: openssl rand -base64 32");
    }
    return DEVELOPMENT_SECRET;
  },
};
