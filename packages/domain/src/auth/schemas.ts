import { z } from "zod";
import { orgNameSchema } from "../org/schemas";
import { slugSchema } from "../org/slug";
import { cappedString, existingPasswordSchema, newPasswordSchema } from "./password";
import { textSchema } from "../input/text";

const INVALID_EMAIL = "Enter a valid email address.";

/** Longest input looked at before trimming: room for an address of 254 characters and stray spaces. */
export const EMAIL_INPUT_MAX_LENGTH = 512;
export const NAME_INPUT_MAX_LENGTH = 1000;

export const emailSchema = cappedString(EMAIL_INPUT_MAX_LENGTH, INVALID_EMAIL)
  .trim()
  .toLowerCase()
  .pipe(z.email(INVALID_EMAIL).max(254, INVALID_EMAIL));

export const personNameSchema = textSchema({ max: NAME_INPUT_MAX_LENGTH, tooLong: "Use at most 100 characters." })
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters.");

export const signUpSchema = z.strictObject({
  orgName: orgNameSchema,
  orgSlug: slugSchema,
  name: personNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});

export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.strictObject({
  email: emailSchema,
  // Measured like a new password, so every password that sign-up accepted can also sign in.
  password: existingPasswordSchema("Enter your password."),
});

export type SignInInput = z.infer<typeof signInSchema>;
