/** The `asOf` of a page's address: one value, or none (a repeated parameter counts as its first). */
export function asOfParam(value: string | string[] | undefined): string | null {
  const text = Array.isArray(value) ? value[0] : value;
  return text ? text : null;
}
