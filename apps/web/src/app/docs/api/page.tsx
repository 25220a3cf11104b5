import type { Metadata } from "next";
import type { ReactNode } from "react";
import { openApiDocument, PROBLEM_KINDS, problemTypeUri, type ProblemKind } from "@tally/api/rest";
import { Logo } from "@/components/brand/logo";
import { Paragraphs, RichText } from "./rich-text";
import { SchemaFields } from "./schema-fields";
import { refName, typeText, type JsonSchema } from "./schema-text";

export const metadata: Metadata = { title: "API reference" };

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
}

const METHOD_STYLES: Record<string, string> = {
  get: "bg-sky-50 text-sky-800",
  put: "bg-amber-50 text-amber-900",
  post: "bg-emerald-50 text-emerald-800",
  delete: "bg-red-50 text-red-800",
};

const PROBLEM_EXPLANATIONS: Record<ProblemKind, string> = {
  "bad-request": "The body is not valid JSON or UTF-8, or a header such as Idempotency-Key is malformed.",
  unauthorized: "No key was sent, or the key is unknown, revoked or expired. The answer carries `WWW-Authenticate: Bearer`.",
  forbidden: "A read-only key tried to record or remove a value.",
  "not-found": "No such endpoint, or no KPI or value this key may see: another organization's KPIs and those outside a team key's team look exactly like KPIs that do not exist.",
  "method-not-allowed": "The path exists but not with this method; `Allow` lists the methods it answers.",
  conflict: "A request with the same Idempotency-Key is still running. Retry after `Retry-After` seconds to receive its answer.",
  "payload-too-large": "A JSON body over 1 MB or a CSV body over 20 MB.",
  "unsupported-media-type": "The body is not of the content type the endpoint reads (application/json, or text/csv for imports).",
  "validation-failed": "A field was refused. `errors` lists each one with a JSON Pointer into the body (`/values/17/date`), the parameter's name, or for an import the file's `line`; a refused import also carries its whole answer under `import`. Nothing was written.",
  "idempotency-key-reused": "The Idempotency-Key was used in the last 24 hours with another body or path. Use a new key for a new request.",
  "rate-limited": "The key's requests per minute are spent. Wait `Retry-After` seconds.",
  "internal-error": "Something failed on the server. Nothing was written; try again.",
  unavailable: "The database could not be reached. Try again after `Retry-After` seconds.",
};

function operationsOf(paths: Record<string, Record<string, Operation>>) {
  return Object.entries(paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-12">
      <h2 id={id} className="mb-4 text-xl font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The reference of /api/v1, drawn on the server from the OpenAPI document the API serves: what this page says
 * is what the endpoints validate and answer.
 */
export default function ApiReferencePage() {
  const document = openApiDocument() as unknown as {
    info: { title: string; version: string; description: string };
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, JsonSchema> };
  };
  const operations = operationsOf(document.paths);
  const schemas = Object.entries(document.components.schemas);

  return (
    <div className="mx-auto flex min-h-screen max-w-4xl flex-col px-4 py-10">
      <div className="mb-8">
        <Logo />
      </div>
      <main id="main">
        <h1 className="text-2xl font-semibold text-slate-900">
          {document.info.title} <span className="text-base font-normal text-slate-500">v{document.info.version}</span>
        </h1>
        <div className="mt-4 flex flex-col gap-3 text-slate-700">
          <Paragraphs text={document.info.description} />
          <p>
            Base address: <code className="rounded bg-slate-100 px-1">/api/v1</code>. The machine-readable document:{" "}
            <a className="font-medium text-brand-700 underline" href="/api/v1/openapi.json">
              /api/v1/openapi.json
            </a>{" "}
            (OpenAPI 3.1) — generate a client from it with any OpenAPI tool.
          </p>
        </div>

        <nav aria-label="Endpoints" className="mt-8 rounded-lg border border-slate-200 bg-surface p-4">
          <h2 className="text-sm font-semibold text-slate-900">Endpoints</h2>
          <ul className="mt-2 flex flex-col gap-1 text-sm">
            {operations.map(({ path, method, operation }) => (
              <li key={operation.operationId}>
                <a className="text-brand-700 underline-offset-2 hover:underline" href={`#${operation.operationId}`}>
                  <span className="font-mono text-xs uppercase">{method}</span> <span className="font-mono">{path}</span> — {operation.summary}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        <Section id="authentication" title="Authentication, limits and retries">
          <div className="flex flex-col gap-3 text-slate-700">
            <p>
              Send the key in every request: <code className="rounded bg-slate-100 px-1">Authorization: Bearer tly_…</code>. Admins create keys in Settings → API keys; the secret is shown once.
              Each key reads, or reads and records, every KPI of its organization or only those of one team.
            </p>
            <p>
              Each key may make a number of requests per minute (600 unless the server is configured otherwise). Every answer to a valid key says where it stands:{" "}
              <code className="rounded bg-slate-100 px-1">RateLimit-Limit</code>, <code className="rounded bg-slate-100 px-1">RateLimit-Remaining</code>,{" "}
              <code className="rounded bg-slate-100 px-1">RateLimit-Reset</code> (seconds) and <code className="rounded bg-slate-100 px-1">RateLimit-Policy</code>. Past the limit the answer is 429 with{" "}
              <code className="rounded bg-slate-100 px-1">Retry-After</code>.
            </p>
            <p>
              POST requests take an <code className="rounded bg-slate-100 px-1">Idempotency-Key</code> header. The same key with the same body within 24 hours answers the first response again (with{" "}
              <code className="rounded bg-slate-100 px-1">Idempotent-Replayed: true</code>) and writes nothing; with another body it is refused (422); while the first request still runs, 409 with{" "}
              <code className="rounded bg-slate-100 px-1">Retry-After</code>.
            </p>
          </div>
        </Section>

        <Section id="endpoints" title="Endpoints">
          <div className="flex flex-col gap-10">
            {operations.map(({ path, method, operation }) => {
              const parameters = operation.parameters ?? [];
              const body = operation.requestBody ? Object.entries(operation.requestBody.content)[0] : undefined;
              return (
                <article key={operation.operationId} id={operation.operationId} aria-labelledby={`${operation.operationId}-title`} className="scroll-mt-6">
                  <h3 id={`${operation.operationId}-title`} className="flex flex-wrap items-center gap-2 text-lg font-semibold text-slate-900">
                    <span className={`rounded px-2 py-0.5 font-mono text-xs uppercase ${METHOD_STYLES[method] ?? "bg-slate-100 text-slate-800"}`}>{method}</span>
                    <span className="font-mono text-base">{path}</span>
                  </h3>
                  <p className="mt-1 font-medium text-slate-800">{operation.summary}</p>
                  {operation.description ? (
                    <p className="mt-1 text-slate-700">
                      <RichText text={operation.description} />
                    </p>
                  ) : null}
                  {parameters.length > 0 && (
                    <>
                      <h4 className="mt-4 mb-2 text-sm font-semibold text-slate-900">Parameters</h4>
                      <SchemaFields
                        label={`Parameters of ${operation.summary}`}
                        schema={{
                          properties: Object.fromEntries(parameters.map((parameter) => [`${parameter.name} (${parameter.in})`, { ...parameter.schema, description: parameter.description ?? parameter.schema?.description }])),
                          required: parameters.filter((parameter) => parameter.required).map((parameter) => `${parameter.name} (${parameter.in})`),
                        }}
                      />
                    </>
                  )}
                  {body && (
                    <>
                      <h4 className="mt-4 mb-2 text-sm font-semibold text-slate-900">
                        Body <span className="font-normal text-slate-500">({body[0]})</span>
                      </h4>
                      {body[1].schema.$ref ? (
                        <p className="text-sm">
                          <a className="text-brand-700 underline" href={`#schema-${refName(body[1].schema.$ref)}`}>
                            {refName(body[1].schema.$ref)}
                          </a>
                        </p>
                      ) : (
                        <SchemaFields schema={body[1].schema} label={`Body of ${operation.summary}`} />
                      )}
                    </>
                  )}
                  <h4 className="mt-4 mb-2 text-sm font-semibold text-slate-900">Responses</h4>
                  <ul className="flex flex-col gap-1 text-sm text-slate-700">
                    {Object.entries(operation.responses).map(([status, response]) => {
                      const content = response.content ? Object.entries(response.content)[0] : undefined;
                      return (
                        <li key={status}>
                          <span className="font-mono font-semibold">{status}</span> <RichText text={response.description} />
                          {content ? (
                            <span className="text-slate-500">
                              {" "}
                              — {content[0]},{" "}
                              {content[1].schema.$ref ? (
                                <a className="text-brand-700 underline" href={`#schema-${refName(content[1].schema.$ref)}`}>
                                  {refName(content[1].schema.$ref)}
                                </a>
                              ) : (
                                typeText(content[1].schema)
                              )}
                            </span>
                          ) : null}
                        </li>
                      );
                    })}
                  </ul>
                </article>
              );
            })}
          </div>
        </Section>

        <Section id="problems" title="Problems">
          <p className="mb-4 text-slate-700">
            Every failure answers <code className="rounded bg-slate-100 px-1">application/problem+json</code> (RFC 9457) with <code className="rounded bg-slate-100 px-1">type</code>,{" "}
            <code className="rounded bg-slate-100 px-1">title</code>, <code className="rounded bg-slate-100 px-1">status</code>, <code className="rounded bg-slate-100 px-1">detail</code> and, for refused
            fields, <code className="rounded bg-slate-100 px-1">errors</code>. The type of each is a link to its entry here.
          </p>
          <dl className="flex flex-col gap-3">
            {(Object.keys(PROBLEM_KINDS) as ProblemKind[]).map((kind) => (
              <div key={kind} id={`problem-${kind}`} className="scroll-mt-6 rounded-lg border border-slate-200 bg-surface px-4 py-3">
                <dt className="font-medium text-slate-900">
                  {PROBLEM_KINDS[kind].status} {PROBLEM_KINDS[kind].title} <code className="ml-1 text-xs text-slate-500">{problemTypeUri(kind)}</code>
                </dt>
                <dd className="mt-1 text-sm text-slate-700">
                  <RichText text={PROBLEM_EXPLANATIONS[kind]} />
                </dd>
              </div>
            ))}
          </dl>
        </Section>

        <Section id="schemas" title="Schemas">
          <div className="flex flex-col gap-8">
            {schemas.map(([name, schema]) => (
              <article key={name} id={`schema-${name}`} aria-labelledby={`schema-${name}-title`} className="scroll-mt-6">
                <h3 id={`schema-${name}-title`} className="mb-1 font-mono text-base font-semibold text-slate-900">
                  {name}
                </h3>
                {schema.description ? (
                  <p className="mb-2 text-sm text-slate-700">
                    <RichText text={schema.description} />
                  </p>
                ) : null}
                <SchemaFields schema={schema} label={`Fields of ${name}`} />
              </article>
            ))}
          </div>
        </Section>
      </main>
    </div>
  );
}
