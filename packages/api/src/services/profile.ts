import type { PrismaClient } from "@tally/db";
import type { UpdatePreferencesInput, UpdateProfileInput } from "@tally/domain";

export async function updateProfile(db: PrismaClient, userId: string, input: UpdateProfileInput) {
  return db.user.update({ where: { id: userId }, data: { name: input.name }, select: { id: true, name: true, email: true } });
}

const preferencesSelect = { theme: true, locale: true } as const;

/** The person's own theme and number and date format (null: each organization's). */
export async function updatePreferences(db: PrismaClient, userId: string, input: UpdatePreferencesInput) {
  return db.user.update({
    where: { id: userId },
    data: { ...(input.theme ? { theme: input.theme } : {}), ...(input.locale !== undefined ? { locale: input.locale } : {}) },
    select: preferencesSelect,
  });
}

export async function loadPreferences(db: PrismaClient, userId: string) {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: preferencesSelect });
}
