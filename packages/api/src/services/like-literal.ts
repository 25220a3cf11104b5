/**
 * A search term for LIKE, its wildcards and escape character taken literally: Prisma's `contains` passes them
 * through, so "50%" would also find "rate 50" and "a_b" would find "aXb".
 */
export function likeLiteral(term: string): string {
  return term.replace(/[\\%_]/g, "\\$&");
}
