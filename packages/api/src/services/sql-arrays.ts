/**
 * A PostgreSQL array literal ('{"a","b",NULL}') for a list of values, to be sent as ONE text parameter and cast
 * in SQL (`${textArray(ids)}::text[]`). Prisma turns an array parameter into one value per element on its way to
 * the driver, which costs seconds for 100,000 elements; one string costs milliseconds.
 */
export function textArray(values: readonly (string | null)[]): string {
  let literal = "{";
  for (let index = 0; index < values.length; index += 1) {
    if (index > 0) literal += ",";
    const value = values[index];
    literal += value === null || value === undefined ? "NULL" : `"${value.replace(/[\\"]/g, "\\$&")}"`;
  }
  return `${literal}}`;
}
