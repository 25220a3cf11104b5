import { Cron } from "croner";
import { z } from "zod";

// An empty value in .env means "not set", like a missing line.
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(unsetIfEmpty, z.string().optional()),
  PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(65535).default(3000)),
  NEXT_PHASE: z.string().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters.").optional(),
  APP_URL: z.preprocess(unsetIfEmpty, z.url({ protocol: /^https?$/, error: "APP_URL must be an http:// or https:// URL." }).optional()),
  TRUST_PROXY_HOPS: z.preprocess(
    unsetIfEmpty,
    z.coerce.number({ error: "TRUST_PROXY_HOPS must be a whole number (0 or more)." }).int("TRUST_PROXY_HOPS must be a whole number (0 or more).").min(0, "TRUST_PROXY_HOPS must be a whole number (0 or more).").default(0),
  ),
  DEV_MAILBOX: z.preprocess(unsetIfEmpty, z.enum(["0", "1"], { error: "DEV_MAILBOX must be 1 or 0." }).optional()),
  SIGN_UP_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(20),
  SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().positive().default(50),
  API_RATE_LIMIT_PER_MINUTE: z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number({ error: "API_RATE_LIMIT_PER_MINUTE must be a whole number of requests (1 or more)." })
      .int("API_RATE_LIMIT_PER_MINUTE must be a whole number of requests (1 or more).")
      .positive("API_RATE_LIMIT_PER_MINUTE must be a whole number of requests (1 or more).")
      .default(600),
  ),
  SMTP_URL: z.preprocess(unsetIfEmpty, z.url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// URL." }).optional()),
  MAIL_FROM: z.preprocess(unsetIfEmpty, z.string().default("Tally <no-reply@tally.local>")),
  REMINDER_SCHEDULE: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .refine(isCronPattern, "REMINDER_SCHEDULE must be a cron pattern such as */5 * * * * (minute hour day month weekday).")
      .default("*/5 * * * *"),
  ),
  JOB_POLL_INTERVAL_MS: z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number({ error: "JOB_POLL_INTERVAL_MS must be a whole number of milliseconds (100 or more)." })
      .int("JOB_POLL_INTERVAL_MS must be a whole number of milliseconds (100 or more).")
      .min(100, "JOB_POLL_INTERVAL_MS must be a whole number of milliseconds (100 or more).")
      .default(5_000),
  ),
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: z.preprocess(
    unsetIfEmpty,
    z.enum(["true", "false"], { error: "WEBHOOK_ALLOW_PRIVATE_NETWORKS must be true or false." }).default("false"),
  ),
});

function isCronPattern(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

const DEVELOPMENT_SECRET = "tally-development-secret-not-for-production-use-0000";

export class ApiEnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ApiEnvError";
  }
}

/** Reads and checks the api's configuration from the given variables; throws ApiEnvError naming what is wrong. */
export function readApiEnv(vars: Record<string, string | undefined>) {
  const parsed = schema.safeParse(vars);
  if (!parsed.success) {
    throw new ApiEnvError(`Invalid environment for @tally/api:\n${z.prettifyError(parsed.error)}`);
  }
  const data = parsed.data;
  const production = data.NODE_ENV === "production";
  const building = data.NEXT_PHASE === "phase-production-build";
  // Mailed links (password resets, invitations) must never take their host from a request, which anyone can
  // forge. A production server on PostgreSQL is reached at an address only the operator knows; the embedded
  // trial and development run on this machine.
  if (production && data.DATABASE_URL && !data.APP_URL && !building) {
    throw new ApiEnvError(
      "APP_URL is required in production on PostgreSQL: set it to the public address of the app " +
        "(for example APP_URL=https://tally.example.com); links in mail are built from it.",
    );
  }
  const appUrl = (data.APP_URL ?? `http://localhost:${data.PORT}`).replace(/\/+$/, "");

  return {
    nodeEnv: data.NODE_ENV,
    /** Where the app is reached, for links in mail. Configuration only, never a request header. */
    appUrl,
    /**
     * How many reverse proxies in front of the app append to X-Forwarded-For. 0: forwarded headers are ignored
     * and every request counts as coming from this server's direct peer.
     */
    trustProxyHops: data.TRUST_PROXY_HOPS,
    /** The development mailbox at /dev/mailbox: on only when asked for (DEV_MAILBOX=1), never in production. */
    devMailbox: data.DEV_MAILBOX === "1" && !production,
    /** Per client address; behind one corporate NAT many people share an address, so operators may raise it. */
    signUpLimitPerHour: data.SIGN_UP_LIMIT_PER_HOUR,
    signInLimitPerIp: data.SIGN_IN_LIMIT_PER_IP,
    /** Requests one API key may make per minute, counted in PostgreSQL so every instance shares the budget. */
    apiRateLimitPerMinute: data.API_RATE_LIMIT_PER_MINUTE,
    /** Unset: mail is printed to the server log instead of sent. */
    smtpUrl: data.SMTP_URL,
    mailFrom: data.MAIL_FROM,
    /**
     * Webhooks may be sent to loopback, private and other non-public addresses (and over plain http). Off by
     * default: an admin could otherwise make the server call services only it can reach.
     */
    webhookAllowPrivateNetworks: data.WEBHOOK_ALLOW_PRIVATE_NETWORKS === "true",
    /** When the sweep for due and overdue values runs (UTC cron pattern); each reminder is sent once whatever it is. */
    reminderSchedule: data.REMINDER_SCHEDULE,
    /** How often the job runner looks at the job table for due work that another instance queued. */
    jobPollIntervalMs: data.JOB_POLL_INTERVAL_MS,
    /** Production must set its own secret; development and tests fall back to a fixed, public one. */
    authSecret(): string {
      if (data.AUTH_SECRET) return data.AUTH_SECRET;
      if (production) {
        throw new Error("AUTH_SECRET is required in production. Generate one with: openssl rand -base64 32");
      }
      return DEVELOPMENT_SECRET;
    },
  };
}

export type ApiEnv = ReturnType<typeof readApiEnv>;

export const apiEnv: ApiEnv = readApiEnv(process.env);
