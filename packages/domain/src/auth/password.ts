import { z } from "zod";
import { COMMON_PASSWORDS } from "./common-passwords";

// NIST SP 800-63B: a length floor, a generous ceiling, every character allowed, no composition
// rules, and a block list of passwords attackers try first.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 1024;
/**
 * A ceiling on the password as typed, in UTF-16 units, checked before anything else looks at it: normalising
 * can make a string many times longer, so a huge input is refused before it is normalised. Four units per
 * character leave room for any password of PASSWORD_MAX_LENGTH characters (an emoji takes two, a letter with
 * a combining accent two).
 */
export const PASSWORD_INPUT_MAX_LENGTH = 4 * PASSWORD_MAX_LENGTH;

export const PASSWORD_TOO_LONG = `Use at most ${PASSWORD_MAX_LENGTH} characters.`;

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
  if (password.length > PASSWORD_INPUT_MAX_LENGTH) return PASSWORD_TOO_LONG;
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (length > PASSWORD_MAX_LENGTH) return PASSWORD_TOO_LONG;
  if (COMMON_PASSWORDS.has(normalizePassword(password).toLowerCase())) {
    return "This password is too common. Choose something harder to guess.";
  }
  return null;
}

/** A string no longer than `max` as typed; nothing after it runs on a longer one. */
export function cappedString(max: number, message: string) {
  return z.string().max(max, { message, abort: true });
}

export const newPasswordSchema = cappedString(PASSWORD_INPUT_MAX_LENGTH, PASSWORD_TOO_LONG).superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem !== null) ctx.addIssue({ code: "custom", message: problem });
});

/** A password someone already has (signing in, confirming the current one): any that sign-up accepted. */
export function existingPasswordSchema(emptyMessage: string) {
  return cappedString(PASSWORD_INPUT_MAX_LENGTH, PASSWORD_TOO_LONG)
    .min(1, { message: emptyMessage, abort: true })
    .refine((password) => passwordLength(password) <= PASSWORD_MAX_LENGTH, PASSWORD_TOO_LONG);
}
