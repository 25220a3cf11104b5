import type { PrismaClient } from "@tally/db";
import type { ZodOpenApiOperationObject } from "zod-openapi";
import type { IntegrationActor } from "../services/actor";

/** What an endpoint gets once the request has passed authentication, the rate limit and the body checks. */
export interface RestContext {
  db: PrismaClient;
  actor: IntegrationActor;
  /** Path parameters by name, as sent (percent-decoded). */
  params: Record<string, string>;
  url: URL;
  /** The body, within its size bound; empty for methods without one. */
  body: Uint8Array;
  contentType: string | null;
  now: Date;
}

export interface RestAnswer {
  status: number;
  body: unknown;
}

export type RestMethod = "GET" | "PUT" | "POST" | "DELETE";

/**
 * One operation of the API: where it lives, what it takes, what it answers (the OpenAPI operation built from
 * the same zod schemas its handler parses with) and the handler itself.
 */
export interface Endpoint {
  method: RestMethod;
  /** The OpenAPI path under /api/v1, with {name} parameters. */
  path: string;
  /** The body it reads: none, a JSON document (≤ 1 MB) or a CSV file (≤ 20 MB). */
  body: "none" | "json" | "csv";
  /** Writes values: a read-only key is refused before anything is looked at. */
  writes: boolean;
  operation: ZodOpenApiOperationObject;
  handle(context: RestContext): Promise<RestAnswer>;
}
