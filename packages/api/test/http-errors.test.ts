import net from "node:net";
import { describe, expect, it } from "vitest";
import { CONNECT_TIMEOUT_MS, createPrismaClient, type PrismaClient } from "@tally/db";
import { handleTrpcRequest } from "../src/http/trpc-handler";
import { useTestDatabase } from "./support/database";
import { createOrgWorld } from "./support/world";

const db = useTestDatabase();

function contextOn(database: PrismaClient, sessionId: string | null = null) {
  return () => ({ db: database, sessionId, ip: "192.0.2.1", userAgent: null, baseUrl: "http://tally.test" });
}

async function post(path: string, body: unknown) {
  const response = await handleTrpcRequest(
    new Request(`http://localhost/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: body }),
    }),
    contextOn(db()),
  );
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

describe("bounds and failures over HTTP", () => {
  it("takes a batch of ten calls and refuses a batch of eleven", async () => {
    const world = await createOrgWorld(db(), "batch");
    const batch = (size: number) => {
      const paths = Array.from({ length: size }, () => "kpi.list").join(",");
      const input = Object.fromEntries(Array.from({ length: size }, (_, index) => [index, { json: { orgSlug: world.org.slug } }]));
      const url = `http://localhost/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
      return handleTrpcRequest(new Request(url), contextOn(db(), world.members.admin.sessionId));
    };
    expect((await batch(10)).status).toBe(200);
    expect((await batch(11)).status).toBe(400);
  });

  it("refuses a body over 1 MB with 413 before any procedure runs", async () => {
    const response = await handleTrpcRequest(
      new Request("http://localhost/api/trpc/auth.signUp", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { orgName: "x".repeat(2 * 1024 * 1024) } }),
      }),
      contextOn(db()),
    );
    expect(response.status).toBe(413);
    expect(await db().organization.count({ where: { name: { startsWith: "xxxx" } } })).toBe(0);
  });

  it("answers 503 with Retry-After, not 500, while the database cannot be reached", async () => {
    const unreachable = createPrismaClient({ databaseUrl: "postgresql://postgres@127.0.0.1:9/unreachable" });
    try {
      const publicCall = await handleTrpcRequest(
        new Request(`http://localhost/api/trpc/auth.slugAvailability?input=${encodeURIComponent(JSON.stringify({ json: { slug: "free-slug" } }))}`),
        contextOn(unreachable),
      );
      expect(publicCall.status).toBe(503);
      expect(publicCall.headers.get("retry-after")).toBe("5");
      const payload = (await publicCall.json()) as { error: { json: { message: string } } };
      expect(payload.error.json.message).toMatch(/cannot reach its database/);

      const memberCall = await handleTrpcRequest(
        new Request(`http://localhost/api/trpc/kpi.list?input=${encodeURIComponent(JSON.stringify({ json: { orgSlug: "acme" } }))}`),
        contextOn(unreachable, "some-session"),
      );
      expect(memberCall.status).toBe(503);
    } finally {
      await unreachable.$disconnect();
    }
  });

  it("answers 503 in seconds when connecting to the database gets no answer at all", async () => {
    // A peer that accepts connections and never says a word, as a database behind a lost network does.
    const silent = net.createServer(() => {});
    await new Promise<void>((listening) => silent.listen(0, "127.0.0.1", listening));
    const { port } = silent.address() as net.AddressInfo;
    const hanging = createPrismaClient({ databaseUrl: `postgresql://postgres@127.0.0.1:${port}/silent` });
    try {
      const started = Date.now();
      const response = await handleTrpcRequest(
        new Request(`http://localhost/api/trpc/auth.slugAvailability?input=${encodeURIComponent(JSON.stringify({ json: { slug: "free-slug" } }))}`),
        contextOn(hanging),
      );
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(Date.now() - started).toBeGreaterThanOrEqual(CONNECT_TIMEOUT_MS - 100);
      expect(Date.now() - started).toBeLessThan(CONNECT_TIMEOUT_MS + 3_000);
    } finally {
      await hanging.$disconnect();
      silent.close();
    }
  }, 20_000);
});
