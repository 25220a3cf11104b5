import { describe, expect, it } from "vitest";
import { briefingQuery, briefingScopeSchema } from "./scope";

describe("briefingScopeSchema", () => {
  it("reads the organization, a team or an objective", () => {
    expect(briefingScopeSchema.parse({})).toEqual({ scope: "organization" });
    expect(briefingScopeSchema.parse({ scope: "organization", id: "ignored" })).toEqual({ scope: "organization" });
    expect(briefingScopeSchema.parse({ scope: "team", id: " t1 " })).toEqual({ scope: "team", id: "t1" });
    expect(briefingScopeSchema.parse({ scope: "objective", id: "o1" })).toEqual({ scope: "objective", id: "o1" });
  });

  it("asks for the id of a team or objective, and refuses an unknown scope", () => {
    const missing = briefingScopeSchema.safeParse({ scope: "team" });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]).toMatchObject({ path: ["id"], message: "Name the team to brief on." });
    const blank = briefingScopeSchema.safeParse({ scope: "objective", id: "  " });
    expect(blank.error?.issues[0]).toMatchObject({ path: ["id"], message: "Name the team or objective to brief on." });
    const unknown = briefingScopeSchema.safeParse({ scope: "everything" });
    expect(unknown.error?.issues[0]).toMatchObject({ path: ["scope"], message: "Choose organization, team or objective." });
  });
});

describe("briefingQuery", () => {
  it("writes the query string that reads back as the same scope", () => {
    expect(briefingQuery({ scope: "organization" })).toBe("scope=organization");
    expect(briefingQuery({ scope: "team", id: "a b&c" })).toBe("scope=team&id=a%20b%26c");
    const back = Object.fromEntries(new URLSearchParams(briefingQuery({ scope: "team", id: "a b&c" })));
    expect(briefingScopeSchema.parse(back)).toEqual({ scope: "team", id: "a b&c" });
  });
});
