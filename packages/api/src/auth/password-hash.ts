import { hash, verify } from "@node-rs/argon2";
import { normalizePassword } from "@tally/domain";

// @node-rs/argon2 defaults to Argon2id (m=19 MiB, t=2, p=1), the OWASP-recommended baseline.
export function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalizePassword(password));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so an unknown email is not told apart by the clock. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash("not-a-real-password-only-for-timing");
  await verifyPassword(await dummyHash, password);
  return false;
}
