type Json = unknown;

function entries(value: Json): [string, unknown][] {
  return value && typeof value === "object" && !Array.isArray(value) ? Object.entries(value) : [];
}

function show(value: unknown): string {
  if (Array.isArray(value)) return value.length ? value.join(", ") : "none";
  if (value === null || value === undefined) return "—";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** "role: viewer → manager; email: a@b" — what changed, in one line. */
export function describeChange(before: Json, after: Json): string {
  const previous = new Map(entries(before));
  const next = new Map(entries(after));
  const keys = [...new Set([...previous.keys(), ...next.keys()])];
  return keys
    .map((key) => {
      const was = previous.get(key);
      const now = next.get(key);
      if (previous.has(key) && next.has(key) && show(was) !== show(now)) return `${key}: ${show(was)} → ${show(now)}`;
      return `${key}: ${show(next.has(key) ? now : was)}`;
    })
    .join("; ");
}
