import { z } from "zod";
import { orgNameSchema } from "../org/schemas";
import { slugSchema } from "../org/slug";
import { newPasswordSchema, PASSWORD_MAX_LENGTH, passwordLength } from "./password";

const INVALID_EMAIL = "Enter a valid email address.";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email(INVALID_EMAIL).max(254, INVALID_EMAIL));

export const personNameSchema = z
  .string()
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
  password: z
    .string()
    .min(1, "Enter your password.")
    .refine((password) => passwordLength(password) <= PASSWORD_MAX_LENGTH, {
      message: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
    }),
});

export type SignInInput = z.infer<typeof signInSchema>;
