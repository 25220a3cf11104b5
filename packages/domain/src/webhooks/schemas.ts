import { z } from "zod";
import { idSchemaWith, textSchema } from "../input/text";
import { WEBHOOK_EVENTS } from "./events";

export const WEBHOOK_URL_MAX = 2_000;
export const WEBHOOK_DESCRIPTION_MAX = 200;
export const WEBHOOK_DELIVERY_PAGE_SIZE = 20;
/** Endpoints one organization may register. */
export const MAX_WEBHOOK_ENDPOINTS = 20;

export const HTTPS_REQUIRED_MESSAGE = "Use an https:// address: events are only sent over an encrypted connection.";

interface UrlOptions {
  /** Plain http:// too; only where the server allows private networks (local development and tests). */
  allowHttp?: boolean;
}

/**
 * Why a text cannot be a webhook address, or null when it can: an absolute https:// URL (http:// only when
 * allowed) with a host, no user name or password (a secret in an address ends up in logs), at most 2,000
 * characters. Whether its host is a public address is for the server to find out.
 */
export function webhookUrlProblem(text: string, { allowHttp = false }: UrlOptions = {}): string | null {
  if (text === "") return "Enter the address that should receive the events.";
  if (text.length > WEBHOOK_URL_MAX) return `Use at most ${WEBHOOK_URL_MAX.toLocaleString("en-US")} characters.`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "Enter a full address, e.g. https://example.com/webhooks/tally.";
  }
  if (url.protocol !== "https:" && !(allowHttp && url.protocol === "http:")) {
    return url.protocol === "http:" ? HTTPS_REQUIRED_MESSAGE : "Use an https:// address.";
  }
  if (!url.hostname) return "Enter a full address, e.g. https://example.com/webhooks/tally.";
  if (url.username || url.password) return "Leave the user name and password out of the address: Tally signs every event instead.";
  if (url.hash) return "Leave the #fragment out of the address: it is never sent to the server.";
  return null;
}

/** A webhook address, trimmed; see webhookUrlProblem. */
export function webhookUrlSchema(options: UrlOptions = {}) {
  return textSchema({ max: WEBHOOK_URL_MAX * 2, tooLong: `Use at most ${WEBHOOK_URL_MAX.toLocaleString("en-US")} characters.`, error: "Enter an address." })
    .trim()
    .superRefine((text, context) => {
      const problem = webhookUrlProblem(text, options);
      if (problem) context.addIssue({ code: "custom", message: problem });
    });
}

export const webhookEventsSchema = z
  .array(z.enum(WEBHOOK_EVENTS, { error: "Choose events from the list." }), { error: "Choose at least one event." })
  .max(WEBHOOK_EVENTS.length, "Choose events from the list.")
  .min(1, "Choose at least one event.")
  .transform((events) => WEBHOOK_EVENTS.filter((event) => events.includes(event)));

export const webhookDescriptionSchema = textSchema({ max: WEBHOOK_DESCRIPTION_MAX * 2, tooLong: `Use at most ${WEBHOOK_DESCRIPTION_MAX} characters.` })
  .trim()
  .max(WEBHOOK_DESCRIPTION_MAX, `Use at most ${WEBHOOK_DESCRIPTION_MAX} characters.`)
  .default("");

const endpointIdSchema = idSchemaWith();

/** A new endpoint: where, which events, and a note for the people who read the list. */
export function webhookEndpointSchema(options: UrlOptions = {}) {
  return z.strictObject({
    url: webhookUrlSchema(options),
    description: webhookDescriptionSchema,
    events: webhookEventsSchema,
  });
}

/** A saved endpoint changed: the same fields, and whether events are sent to it at all. */
export function updateWebhookEndpointSchema(options: UrlOptions = {}) {
  return webhookEndpointSchema(options).extend({
    endpointId: endpointIdSchema,
    enabled: z.boolean({ error: "Choose whether events are sent." }),
  });
}

export const webhookEndpointRefSchema = z.strictObject({ endpointId: endpointIdSchema });

export const listWebhookDeliveriesSchema = z.strictObject({
  endpointId: endpointIdSchema,
  page: z.number().int().min(1).max(100_000).default(1),
});

export type WebhookEndpointInput = z.infer<ReturnType<typeof webhookEndpointSchema>>;
export type UpdateWebhookEndpointInput = z.infer<ReturnType<typeof updateWebhookEndpointSchema>>;
export type ListWebhookDeliveriesInput = z.infer<typeof listWebhookDeliveriesSchema>;
