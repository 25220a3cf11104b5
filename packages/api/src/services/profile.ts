import type { PrismaClient } from "@tally/db";
import type { UpdateProfileInput } from "@tally/domain";

export async function updateProfile(db: PrismaClient, userId: string, input: UpdateProfileInput) {
  return db.user.update({ where: { id: userId }, data: { name: input.name }, select: { id: true, name: true, email: true } });
}
