import { z } from "zod";
import { COMMON_PASSWORDS } from "./common-passwords";

// NIST SP 800-63B: a length floor, a generous ceiling, every character allowed, no composition
// rules, and a block list of passwords attackers try first.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 1024;

/**
 * NFKC, so the same passphrase typed on different keyboards or input methods is the same secret.
 * Apply it before hashing and before verifying.
 */
export function normalizePassword(password: string): string {
  return password.normalize("NFKC");
}

/** Length as a person counts it: Unicode code points after normalisation, so an emoji is one. */
export function passwordLength(password: string): number {
  return [...normalizePassword(password)].length;
}

export function passwordProblem(password: string): string | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (COMMON_PASSWORDS.has(normalizePassword(password).toLowerCase())) {
    return "This password is too common. Choose something harder to guess.";
  }
  return null;
}

export const newPasswordSchema = z.string().superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem !== null) ctx.addIssue({ code: "custom", message: problem });
});
