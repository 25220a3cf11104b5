import { describe, expect, it } from "vitest";
import {
  acceptAsNewUserSchema,
  invitationLinkTokenSchema,
  invitationToken,
  inviteMembersSchema,
  listMembersSchema,
  MAX_INVITATIONS_AT_ONCE,
  parseInvitationToken,
  tokenSchema,
} from "./schemas";

const token = "A".repeat(43);
const orgId = "cm0rg1d0000000000000000000";
const linkToken = invitationToken(orgId, token);

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

describe("invitation link tokens", () => {
  it("carry the organization before the secret, and give both back", () => {
    expect(linkToken).toBe(`${orgId}.${token}`);
    expect(parseInvitationToken(linkToken)).toEqual({ orgId, secret: token });
    expect(invitationLinkTokenSchema.safeParse(linkToken).success).toBe(true);
  });

  it.each([
    ["a secret without its organization (the old links)", token],
    ["an empty organization", `.${token}`],
    ["a short secret", `${orgId}.${"A".repeat(42)}`],
    ["a long secret", `${orgId}.${"A".repeat(44)}`],
    ["padding", `${orgId}.${"A".repeat(42)}=`],
    ["two separators", `${orgId}.x.${token}`],
    ["an organization with a slash", `a/b.${token}`],
    ["an overlong organization", `${"o".repeat(65)}.${token}`],
    ["something very long", "x".repeat(10_000)],
    ["nothing", ""],
  ])("refuse %s", (_label, value) => {
    expect(parseInvitationToken(value)).toBeNull();
    expect(invitationLinkTokenSchema.safeParse(value).success).toBe(false);
  });
});

describe("acceptAsNewUserSchema", () => {
  it("applies the password policy to new accounts", () => {
    expect(acceptAsNewUserSchema.safeParse({ token: linkToken, name: "Nia", password: "short" }).success).toBe(false);
    expect(acceptAsNewUserSchema.safeParse({ token: linkToken, name: "Nia", password: "a sufficiently long phrase" }).success).toBe(true);
  });

  it("refuses a link without its organization", () => {
    expect(acceptAsNewUserSchema.safeParse({ token, name: "Nia", password: "a sufficiently long phrase" }).success).toBe(false);
  });
});

describe("listMembersSchema", () => {
  it("starts on page 1 and refuses a page below it", () => {
    expect(listMembersSchema.parse({}).page).toBe(1);
    expect(listMembersSchema.safeParse({ page: 0 }).success).toBe(false);
  });
});
