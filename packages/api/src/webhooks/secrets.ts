import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const SECRET_PREFIX = "whsec_";
const SEALED_VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * A new signing secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. Receivers pass
 * it as it is to their Standard Webhooks library.
 */
export function newSigningSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString("base64")}`;
}

/**
 * The key that encrypts signing secrets at rest, derived from AUTH_SECRET with HKDF so that one configured
 * secret serves both purposes without either use revealing the other.
 */
export function secretsKeyFrom(authSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret, "tally.webhooks", "webhook signing secrets at rest", 32));
}

/**
 * Encrypts a signing secret with AES-256-GCM. The organization's id is bound in as associated data, so a
 * ciphertext copied to another organization's endpoint does not open. A signing secret cannot be stored as a
 * hash: every delivery needs it to sign.
 */
export function sealSecret(secret: string, key: Buffer, orgId: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(orgId, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [SEALED_VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ciphertext.toString("base64url")].join(".");
}

/** Thrown when a stored secret cannot be opened: tampered with, of another organization, or AUTH_SECRET changed. */
export class SealedSecretError extends Error {
  constructor() {
    super("The endpoint's signing secret can no longer be read (was AUTH_SECRET changed?). Replace the secret of this endpoint.");
    this.name = "SealedSecretError";
  }
}

export function openSecret(sealed: string, key: Buffer, orgId: string): string {
  const [version, iv, tag, ciphertext, ...rest] = sealed.split(".");
  if (version !== SEALED_VERSION || !iv || !tag || ciphertext === undefined || rest.length) throw new SealedSecretError();
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(orgId, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SealedSecretError();
  }
}
