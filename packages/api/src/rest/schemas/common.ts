import { z } from "zod";
import { isoDateSchema } from "@tally/domain";

/** The RFC 9457 problem every failure answers with. */
export const problemSchema = z
  .object({
    type: z.string().meta({ description: "A URI reference naming the kind of problem; it leads to its explanation in the API reference.", example: "/docs/api#problem-validation-failed" }),
    title: z.string().meta({ description: "A short summary of the kind of problem.", example: "Validation failed" }),
    status: z.number().int().meta({ description: "The HTTP status code.", example: 422 }),
    detail: z.string().meta({ description: "What went wrong with this request, in words a person can act on.", example: "Enter a number, like 1250 or 12.5." }),
    errors: z
      .array(
        z.object({
          detail: z.string().meta({ description: "What is wrong with this field." }),
          pointer: z.string().optional().meta({ description: "A JSON Pointer (RFC 6901) to the field of the request body.", example: "/values/17/date" }),
          parameter: z.string().optional().meta({ description: "The path or query parameter the error belongs to.", example: "date" }),
          line: z.number().int().optional().meta({ description: "For an imported file: the line the error belongs to, the header being line 1.", example: 17 }),
        }),
      )
      .optional()
      .meta({ description: "One entry per field that was refused." }),
  })
  .meta({ id: "Problem", description: "An RFC 9457 problem detail." });

/** `{kpiId}`: a KPI's id, or its code. */
export const kpiRefSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Name a KPI by its id or its code, such as MRR.")
  .meta({ description: "The KPI's id, or its code (such as `MRR`, in any letter case).", example: "MRR" });

export const kpiPathSchema = z.object({ kpiId: kpiRefSchema });

export const valuePathSchema = z.object({
  kpiId: kpiRefSchema,
  date: isoDateSchema.meta({ description: "Any day of the period, as YYYY-MM-DD: the value belongs to the period that contains it.", example: "2026-03-12" }),
});

export const cursorSchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, "Pass the next_cursor of the previous page unchanged.")
  .optional()
  .meta({ description: "The `next_cursor` of the previous page; leave it out for the first page." });

export const IDEMPOTENCY_KEY_MAX = 255;

export const idempotencyHeaderSchema = z.object({
  "Idempotency-Key": z
    .string()
    .min(1)
    .max(IDEMPOTENCY_KEY_MAX)
    .optional()
    .meta({
      description:
        "A unique key (a UUID, for example) per operation. Repeating the request with the same key and body within 24 hours answers the first response again, with `Idempotent-Replayed: true`, and writes nothing; the same key with another body is refused with 422.",
      example: "8e03978e-40d5-43e8-bc93-6894a57f9324",
    }),
});

const integer = (description: string) => z.string().meta({ description, example: "600" });

export const rateLimitHeadersSchema = z.object({
  "RateLimit-Limit": integer("Requests this key may make in the current window."),
  "RateLimit-Remaining": integer("Requests left in the current window."),
  "RateLimit-Reset": integer("Seconds until the window starts over."),
  "RateLimit-Policy": z.string().meta({ description: "The policy: requests per window of `w` seconds.", example: "600;w=60" }),
});

export const retryAfterHeadersSchema = rateLimitHeadersSchema.extend({
  "Retry-After": integer("Seconds to wait before trying again."),
});
