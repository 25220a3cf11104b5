import { describe, expect, it } from "vitest";
import { acceptAsNewUserSchema, inviteMembersSchema, listMembersSchema, MAX_INVITATIONS_AT_ONCE, tokenSchema } from "./schemas";

const token = "A".repeat(43);

describe("inviteMembersSchema", () => {
  it("normalises addresses and defaults teams to none", () => {
    const parsed = inviteMembersSchema.parse({ invitations: [{ email: " Eve@Example.TEST ", role: "executive" }] });
    expect(parsed.invitations).toEqual([{ email: "eve@example.test", role: "executive", teamIds: [] }]);
  });

  it("names the repeated address in a list", () => {
    const result = inviteMembersSchema.safeParse({
      invitations: [
        { email: "a@example.test", role: "viewer" },
        { email: "A@example.test", role: "manager" },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["invitations", 1, "email"], message: "This address is already in the list." });
  });

  it.each([
    ["an empty list", []],
    ["an unknown role", [{ email: "a@example.test", role: "owner" }]],
    ["a malformed address", [{ email: "a@", role: "viewer" }]],
    ["too many at once", Array.from({ length: MAX_INVITATIONS_AT_ONCE + 1 }, (_, i) => ({ email: `p${i}@example.test`, role: "viewer" }))],
    ["an unknown key", [{ email: "a@example.test", role: "viewer", admin: true }]],
  ])("refuses %s", (_label, invitations) => {
    expect(inviteMembersSchema.safeParse({ invitations }).success).toBe(false);
  });
});

describe("tokenSchema", () => {
  it.each([
    [token, true],
    ["A".repeat(42), false],
    ["A".repeat(44), false],
    [`${"A".repeat(42)}=`, false],
    ["", false],
  ])("%s → %s", (value, ok) => {
    expect(tokenSchema.safeParse(value).success).toBe(ok);
  });
});

describe("acceptAsNewUserSchema", () => {
  it("applies the password policy to new accounts", () => {
    expect(acceptAsNewUserSchema.safeParse({ token, name: "Nia", password: "short" }).success).toBe(false);
    expect(acceptAsNewUserSchema.safeParse({ token, name: "Nia", password: "a sufficiently long phrase" }).success).toBe(true);
  });
});

describe("listMembersSchema", () => {
  it("starts on page 1 and refuses a page below it", () => {
    expect(listMembersSchema.parse({}).page).toBe(1);
    expect(listMembersSchema.safeParse({ page: 0 }).success).toBe(false);
  });
});
