import { createDocument, type ZodOpenApiPathsObject } from "zod-openapi";
import type { OpenAPIV3_1 } from "openapi-types";
import { API_KEY_PREFIX } from "@tally/domain";
import type { Endpoint } from "./endpoint";
import { ENDPOINTS } from "./endpoints";
import { API_BASE_PATH } from "./routes";

export const OPENAPI_PATH = "/openapi.json";

const DESCRIPTION = `Read your organization's KPIs and record their values from other systems.

Authenticate with an organization API key (admins create them in **Settings → API keys**): \`Authorization: Bearer ${API_KEY_PREFIX}…\`. A read key reads; a read-and-record key also writes values. A key limited to a team sees only that team's KPIs.

Failures answer RFC 9457 \`application/problem+json\`. Every answer to a valid key carries \`RateLimit-Limit\`, \`RateLimit-Remaining\`, \`RateLimit-Reset\` and \`RateLimit-Policy\`; past the limit, 429 with \`Retry-After\`. POST requests accept an \`Idempotency-Key\`.`;

function pathsOf(endpoints: readonly Endpoint[]): ZodOpenApiPathsObject {
  const paths: ZodOpenApiPathsObject = {};
  for (const endpoint of endpoints) {
    const item = (paths[endpoint.path] ??= {});
    item[endpoint.method.toLowerCase() as "get" | "put" | "post" | "delete"] = endpoint.operation;
  }
  return paths;
}

let cached: OpenAPIV3_1.Document | undefined;

/**
 * The OpenAPI 3.1 document of /api/v1, built from the same zod schemas and operations the endpoints parse and
 * answer with, so the reference and the client types cannot drift from what the server does.
 */
export function openApiDocument(): OpenAPIV3_1.Document {
  cached ??= createDocument({
    openapi: "3.1.0",
    info: { title: "Tally API", version: "1.0.0", description: DESCRIPTION },
    // Relative to the document, so the same document serves every address the server is reached at.
    servers: [{ url: API_BASE_PATH, description: "This Tally server" }],
    security: [{ apiKey: [] }],
    tags: [
      { name: "KPIs", description: "The KPIs a key may see." },
      { name: "Values", description: "One value per KPI and period: read, record, correct, remove." },
    ],
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: `An organization API key, beginning with \`${API_KEY_PREFIX}\`.` },
      },
    },
    paths: pathsOf(ENDPOINTS),
  }) as OpenAPIV3_1.Document;
  return cached;
}
