import { describe, expect, it } from "vitest";
import { apiKeyEndDay, apiKeyExpiryProblem, createApiKeyFormSchema, createApiKeySchema } from "./schemas";

describe("createApiKeySchema", () => {
  it("takes a name, a scope, and blank team and expiry as none", () => {
    expect(createApiKeySchema.parse({ name: "  Warehouse sync ", scope: "read_write", teamId: "", expiresOn: "" })).toEqual({
      name: "Warehouse sync",
      scope: "read_write",
      teamId: null,
      expiresOn: null,
    });
    expect(createApiKeySchema.parse({ name: "BI", scope: "read" })).toEqual({ name: "BI", scope: "read", teamId: null, expiresOn: null });
  });

  it("keeps a team and a date", () => {
    expect(createApiKeySchema.parse({ name: "Sales feed", scope: "read", teamId: "team_1", expiresOn: "2027-01-31" })).toMatchObject({
      teamId: "team_1",
      expiresOn: "2027-01-31",
    });
  });

  it.each([
    [{ name: "x", scope: "read" }, "name", "Use at least 2 characters"],
    [{ name: "a".repeat(61), scope: "read" }, "name", "Use at most 60 characters."],
    [{ name: "Line\nbreak", scope: "read" }, "name", "Keep this on one line."],
    [{ name: "Sync", scope: "admin" }, "scope", "Choose read or read and record."],
    [{ name: "Sync", scope: "read", teamId: "bad id!" }, "teamId", ""],
    [{ name: "Sync", scope: "read", expiresOn: "31/01/2027" }, "expiresOn", "Enter a date like 2026-03-12."],
  ])("refuses %j at %s", (input, field, message) => {
    const result = createApiKeySchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((candidate) => candidate.path[0] === field);
    expect(issue?.message).toContain(message);
  });

  it("refuses unknown fields", () => {
    expect(createApiKeySchema.safeParse({ name: "Sync", scope: "read", secret: "tly_x" }).success).toBe(false);
  });
});

describe("expiry", () => {
  it("must lie after the organization's today", () => {
    expect(apiKeyExpiryProblem("2026-03-12", "2026-03-12")).toMatch(/after today/);
    expect(apiKeyExpiryProblem("2026-03-11", "2026-03-12")).toMatch(/after today/);
    expect(apiKeyExpiryProblem("2026-03-13", "2026-03-12")).toBeNull();
  });

  it("ends when the day after begins, across month and year ends", () => {
    expect(apiKeyEndDay("2026-12-31")).toBe("2027-01-01");
    expect(apiKeyEndDay("2028-02-28")).toBe("2028-02-29");
  });

  it("is judged by the form against the given today", () => {
    const schema = createApiKeyFormSchema("2026-03-12");
    expect(schema.safeParse({ name: "Sync", scope: "read", expiresOn: "2026-03-12" }).error?.issues[0]?.path).toEqual(["expiresOn"]);
    expect(schema.safeParse({ name: "Sync", scope: "read", expiresOn: "2026-03-13" }).success).toBe(true);
    expect(schema.safeParse({ name: "Sync", scope: "read", expiresOn: "" }).success).toBe(true);
  });
});
