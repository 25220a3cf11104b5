/** One entry of a KPI's definition history: the fields it changed, each from → to, and when. */
export interface DefinitionRevision {
  createdAt: Date;
  changes: unknown;
}

export interface DefinitionAsOf<D> {
  definition: D;
  /** The fields whose value before the cutoff was read back from the history (they changed after it). */
  restored: (keyof D)[];
}

function changeOf(changes: unknown, key: string): { from: unknown } | null {
  if (typeof changes !== "object" || changes === null || !(key in changes)) return null;
  const change = (changes as Record<string, unknown>)[key];
  return typeof change === "object" && change !== null && "from" in change ? (change as { from: unknown }) : null;
}

/**
 * A KPI's definition as it stood just before `cutoff`, from the current one and its history: each field takes the
 * "from" of the first change to it at or after the cutoff, and keeps its current value when nothing changed it
 * since. Every edit records the fields it changed with their values before and after, so this is exact for the
 * fields the history records; `restored` names the fields it had to read back.
 */
export function definitionAsOf<D extends Record<string, unknown>>(current: D, revisions: readonly DefinitionRevision[], cutoff: Date): DefinitionAsOf<D> {
  const after = revisions.filter((revision) => revision.createdAt.getTime() >= cutoff.getTime()).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const definition = { ...current };
  const restored: (keyof D)[] = [];
  for (const key of Object.keys(current) as (keyof D & string)[]) {
    for (const revision of after) {
      const change = changeOf(revision.changes, key);
      if (!change) continue;
      definition[key] = change.from as D[typeof key];
      restored.push(key);
      break;
    }
  }
  return { definition, restored };
}

/**
 * Whether the history can tell the definition before `cutoff`: it can when it records the KPI's creation (every
 * later edit is recorded with its before and after). A KPI whose history starts later (written by an import or an
 * older version of the app) may have changed unrecorded; then the definition shown is the earliest one known.
 */
export function historyCovers(revisions: readonly DefinitionRevision[]): boolean {
  return revisions.some((revision) => typeof revision.changes === "object" && revision.changes !== null && "created" in revision.changes);
}
