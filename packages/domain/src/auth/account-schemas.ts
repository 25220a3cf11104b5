import { z } from "zod";
import { newPasswordSchema, PASSWORD_MAX_LENGTH, passwordLength } from "./password";
import { emailSchema, personNameSchema } from "./schemas";

const currentPasswordSchema = z
  .string()
  .min(1, "Enter your current password.")
  .refine((password) => passwordLength(password) <= PASSWORD_MAX_LENGTH, "Use at most 1024 characters.");

export const updateProfileSchema = z.strictObject({ name: personNameSchema });
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

export const changePasswordSchema = z.strictObject({
  currentPassword: currentPasswordSchema,
  newPassword: newPasswordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const requestPasswordResetSchema = z.strictObject({ email: emailSchema });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetSchema>;

export const resetPasswordSchema = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid."),
  password: newPasswordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
