/** A JSON Schema as the reference shows it: a short type text and its fields. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  format?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  example?: unknown;
}

export function refName(ref: string): string {
  return ref.split("/").at(-1) ?? ref;
}

/** "string (date)", "integer", "one of on_track, at_risk", "Kpi[]", "string or number", "… or null". */
export function typeText(schema: JsonSchema | undefined): string {
  if (!schema) return "any";
  if (schema.$ref) return refName(schema.$ref);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map(typeText).join(" or ");
  if (schema.enum) return `one of ${schema.enum.map((value) => (value === null ? "null" : String(value))).join(", ")}`;
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const named = types.map((type) => {
    if (type === "array") return `${typeText(schema.items)}[]`;
    if (type === "object" && schema.properties) return "object";
    return schema.format ? `${type} (${schema.format})` : type;
  });
  return named.length ? named.join(" or ") : "any";
}

/** Bounds and defaults worth saying beside the description. */
export function constraintsText(schema: JsonSchema): string {
  const parts: string[] = [];
  if (schema.minimum !== undefined) parts.push(`min ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`max ${schema.maximum}`);
  if (schema.maxLength !== undefined) parts.push(`up to ${schema.maxLength} characters`);
  if (schema.default !== undefined && schema.default !== "") parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join(" · ");
}

/** The nested object a field holds, when it is one (drawn as a table of its own). */
export function nestedObject(schema: JsonSchema): JsonSchema | null {
  const candidates = [schema, schema.items, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].filter((candidate): candidate is JsonSchema => Boolean(candidate));
  for (const candidate of candidates) {
    if (candidate.properties) return candidate;
    if (candidate.type === "array" && candidate.items?.properties) return candidate.items;
  }
  return null;
}
