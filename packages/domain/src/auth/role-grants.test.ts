import { describe, expect, it } from "vitest";
import { canGrantRole } from "./role-grants";
import { ROLES } from "./roles";

describe("canGrantRole", () => {
  it.each(ROLES)("lets an admin grant %s", (role) => {
    expect(canGrantRole("admin", role)).toBe(true);
  });

  const nonAdmins = ROLES.filter((role) => role !== "admin");
  const nonAdminPairs = nonAdmins.flatMap((granter) => ROLES.map((role) => ({ granter, role })));

  it.each(nonAdminPairs)("refuses $granter granting $role", ({ granter, role }) => {
    expect(canGrantRole(granter, role)).toBe(false);
  });
});
