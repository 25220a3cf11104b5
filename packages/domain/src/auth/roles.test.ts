import { describe, expect, it } from "vitest";
import { ROLES, ROLE_LABELS, roleSchema } from "./roles";

describe("roles", () => {
  it("labels every role", () => {
    expect(ROLES.map((role) => ROLE_LABELS[role])).toEqual(["Admin", "Executive", "Manager", "HR", "Project lead", "Viewer"]);
  });

  it("parses known roles and refuses others", () => {
    expect(roleSchema.parse("project_lead")).toBe("project_lead");
    expect(roleSchema.safeParse("owner").success).toBe(false);
    expect(roleSchema.safeParse("Admin").success).toBe(false);
  });
});
