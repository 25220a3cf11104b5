import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { newSigningSecret, openSecret, SealedSecretError, sealSecret, secretsKeyFrom } from "./secrets";

const key = secretsKeyFrom("a test AUTH_SECRET that is long enough to use");

describe("signing secrets", () => {
  it("are whsec_ and 32 random bytes, different every time, and usable by a Standard Webhooks library", () => {
    const secret = newSigningSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(32);
    expect(newSigningSecret()).not.toBe(secret);
    const webhook = new Webhook(secret);
    const signature = webhook.sign("msg_1", new Date(), "{}");
    expect(signature).toMatch(/^v1,/);
  });

  it("open again after sealing, and the sealed form does not contain them", () => {
    const secret = newSigningSecret();
    const sealed = sealSecret(secret, key, "org1");
    expect(sealed).not.toContain(secret.slice(6, 20));
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(openSecret(sealed, key, "org1")).toBe(secret);
    expect(sealSecret(secret, key, "org1")).not.toBe(sealed);
  });

  it("do not open for another organization, with another AUTH_SECRET or when tampered with", () => {
    const sealed = sealSecret(newSigningSecret(), key, "org1");
    expect(() => openSecret(sealed, key, "org2")).toThrow(SealedSecretError);
    expect(() => openSecret(sealed, secretsKeyFrom("another AUTH_SECRET that is long enough"), "org1")).toThrow(SealedSecretError);
    const parts = sealed.split(".");
    const flipped = Buffer.from(parts[3]!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(() => openSecret([parts[0], parts[1], parts[2], flipped.toString("base64url")].join("."), key, "org1")).toThrow(SealedSecretError);
    expect(() => openSecret("v2.a.b.c", key, "org1")).toThrow(SealedSecretError);
    expect(() => openSecret("garbage", key, "org1")).toThrow(SealedSecretError);
  });

  it("derive one fixed 32-byte key from one AUTH_SECRET", () => {
    expect(secretsKeyFrom("x".repeat(40))).toHaveLength(32);
    expect(secretsKeyFrom("x".repeat(40)).equals(secretsKeyFrom("x".repeat(40)))).toBe(true);
    expect(secretsKeyFrom("x".repeat(40)).equals(secretsKeyFrom("y".repeat(40)))).toBe(false);
  });
});
