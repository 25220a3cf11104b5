import { createHash, randomBytes } from "node:crypto";

/** A secret for a link: 32 random bytes for the URL, and only its SHA-256 for the database. */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
