import { readFile, writeFile } from "node:fs/promises";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { generatedClientTypes, servedDocument } from "./support/rest-client";

const TYPES_FILE = new URL("./generated/api-v1.ts", import.meta.url);

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const document = await servedDocument();
    expect(document.openapi).toBe("3.1.0");
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it("matches the committed client types, so the tests' client cannot drift from what is served", async () => {
    const fresh = await generatedClientTypes();
    if (process.env.UPDATE_API_TYPES === "1") await writeFile(TYPES_FILE, fresh);
    expect(await readFile(TYPES_FILE, "utf8")).toBe(fresh);
  });

  it("documents the bearer scheme, every operation's parameters, bodies and problem answers", async () => {
    const document = (await servedDocument()) as {
      security: unknown;
      components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
      paths: Record<string, Record<string, { operationId: string; parameters?: { name: string; in: string }[]; requestBody?: unknown; responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }> }>>;
    };
    expect(document.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.security).toEqual([{ apiKey: [] }]);
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(["Problem", "Kpi", "Value", "BatchInput"]));
    const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));
    expect(operations.map(({ method, path }) => `${method.toUpperCase()} ${path}`).sort()).toEqual(
      ["GET /kpis", "GET /kpis/{kpiId}", "GET /kpis/{kpiId}/status-changes", "GET /kpis/{kpiId}/values", "PUT /kpis/{kpiId}/values/{date}", "DELETE /kpis/{kpiId}/values/{date}", "POST /values", "POST /imports"].sort(),
    );
    for (const { path, method, operation } of operations) {
      const pathParameters = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const declared = (operation.parameters ?? []).filter((parameter) => parameter.in === "path").map((parameter) => parameter.name);
      expect(declared.sort(), `${method} ${path}`).toEqual(pathParameters.sort());
      expect(operation.responses["401"]?.content, `${method} ${path}`).toHaveProperty(["application/problem+json"]);
      expect(operation.responses["429"]?.headers, `${method} ${path}`).toHaveProperty("Retry-After");
      const success = operation.responses["200"];
      expect(success?.headers, `${method} ${path}`).toHaveProperty("RateLimit-Remaining");
      if (method === "put" || method === "post") expect(operation.requestBody, `${method} ${path}`).toBeTruthy();
      if (method === "post") expect(operation.parameters?.map((parameter) => parameter.name)).toContain("Idempotency-Key");
    }
    expect(document.paths["/kpis"]!.get!.parameters!.map((parameter) => parameter.name).sort()).toEqual(["archived", "cursor", "limit"]);
    expect(document.paths["/kpis/{kpiId}/values"]!.get!.parameters!.map((parameter) => parameter.name).sort()).toEqual(["cursor", "from", "kpiId", "limit", "to"]);
  });
});
