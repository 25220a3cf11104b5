import { describe, expect, it } from "vitest";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "../src/root";
import { useTestDatabase } from "./support/database";

const db = useTestDatabase();

async function post(path: string, body: unknown) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: body }),
    }),
    router: appRouter,
    createContext: () => ({ db: db(), sessionId: null, ip: "192.0.2.1", userAgent: null, baseUrl: "http://tally.test" }),
  });
  // superjson wraps every payload, errors included, in { json }.
  const payload = (await response.json()) as { error: { json: { message: string; data: Record<string, unknown> } } };
  return { status: response.status, body: { error: payload.error.json } };
}

describe("errors over HTTP", () => {
  it("returns field errors a form can show, and no stack trace", async () => {
    const { status, body } = await post("auth.signUp", { orgName: "", orgSlug: "Bad Slug", name: "N", email: "nope", password: "short" });
    expect(status).toBe(400);
    expect(body.error.data.code).toBe("BAD_REQUEST");
    expect(Object.keys(body.error.data.fieldErrors as object).sort()).toEqual(["email", "orgName", "orgSlug", "password"]);
    expect(body.error.message).not.toMatch(/^\[/);
    expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.ts:\d+/);
  });

  it("answers UNAUTHORIZED with a message a person can act on", async () => {
    const { status, body } = await post("organization.updateSettings", { orgSlug: "acme", name: "New" });
    expect(status).toBe(401);
    expect(body.error.message).toMatch(/sign in/i);
  });
});
