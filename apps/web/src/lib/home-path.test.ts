import { describe, expect, it } from "vitest";
import { ROLES } from "@tally/domain";
import { homePath } from "./home-path";

describe("homePath", () => {
  it("opens My KPIs for managers, HR and project leads and the overview for everyone else", () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, homePath("acme", role)]))).toEqual({
      admin: "/acme",
      executive: "/acme",
      manager: "/acme/my",
      hr: "/acme/my",
      project_lead: "/acme/my",
      viewer: "/acme",
    });
  });
});
