export interface QueryProblem {
  field: string;
  message: string;
}

/**
 * An address's query as an object of strings for a schema to judge. A parameter given twice is a problem of its
 * own, not silently the last one; an empty one counts as absent, as a cleared filter in a link does.
 */
export function queryObject(params: URLSearchParams): { values: Record<string, string>; problems: QueryProblem[] } {
  const values: Record<string, string> = {};
  const problems: QueryProblem[] = [];
  for (const [key, value] of params) {
    if (Object.hasOwn(values, key)) {
      problems.push({ field: key, message: `Give "${key}" once.` });
      continue;
    }
    if (value !== "") values[key] = value;
  }
  return { values, problems };
}
