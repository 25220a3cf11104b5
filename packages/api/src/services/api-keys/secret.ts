import { createHash, randomBytes } from "node:crypto";
import { API_KEY_PREFIX, API_KEY_SHOWN_LENGTH } from "@tally/domain";

/** 24 random bytes: 192 bits, well past the 128 that make guessing hopeless. */
const SECRET_BYTES = 24;
/** Longer than any secret this module makes: anything longer is refused before it is hashed. */
export const API_KEY_MAX_LENGTH = 200;

export interface NewApiKeySecret {
  /** Shown once to the person who created the key, never stored. */
  secret: string;
  /** The first characters, stored and shown so people can tell their keys apart. */
  prefix: string;
  /** What the database keeps. */
  secretHash: string;
}

export function hashApiKeySecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function newApiKeySecret(): NewApiKeySecret {
  const secret = `${API_KEY_PREFIX}${randomBytes(SECRET_BYTES).toString("base64url")}`;
  return { secret, prefix: secret.slice(0, API_KEY_SHOWN_LENGTH), secretHash: hashApiKeySecret(secret) };
}
