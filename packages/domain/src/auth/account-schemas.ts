import { z } from "zod";
import { existingPasswordSchema, newPasswordSchema } from "./password";
import { emailSchema, personNameSchema } from "./schemas";

const currentPasswordSchema = existingPasswordSchema("Enter your current password.");

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
  token: z.string().max(200, { message: "This link is not valid.", abort: true }).regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid."),
  password: newPasswordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
