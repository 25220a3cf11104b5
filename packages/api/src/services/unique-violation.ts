import { Prisma } from "@tally/db";

/** True for a unique-constraint violation, the loser's side of a race two requests ran at once. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
