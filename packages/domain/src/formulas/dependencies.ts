/**
 * The calculated KPIs to recompute after the values of `changed` changed, directly or through other formulas, in
 * levels: a KPI's level comes after every level holding one of its inputs, so computing level by level always
 * reads inputs that are already up to date. `formulas` maps each calculated KPI to the KPIs its formula reads.
 * A cycle (which validation never lets in) is left out rather than followed forever.
 */
export function dependentLevels(formulas: ReadonlyMap<string, readonly string[]>, changed: Iterable<string>): string[][] {
  const readers = new Map<string, string[]>();
  for (const [kpiId, inputIds] of formulas) {
    for (const inputId of inputIds) readers.set(inputId, [...(readers.get(inputId) ?? []), kpiId]);
  }
  const affected = new Set<string>();
  const queue = [...new Set(changed)].flatMap((id) => readers.get(id) ?? []);
  while (queue.length) {
    const id = queue.pop()!;
    if (affected.has(id)) continue;
    affected.add(id);
    queue.push(...(readers.get(id) ?? []));
  }
  const levels = new Map<string, number>();
  const visiting = new Set<string>();
  const levelOf = (id: string): number => {
    const known = levels.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return Number.POSITIVE_INFINITY;
    visiting.add(id);
    const inputs = (formulas.get(id) ?? []).filter((input) => affected.has(input));
    const level = 1 + Math.max(0, ...inputs.map(levelOf));
    visiting.delete(id);
    levels.set(id, level);
    return level;
  };
  const ordered: string[][] = [];
  for (const id of [...affected].sort()) {
    const level = levelOf(id);
    if (!Number.isFinite(level)) continue;
    (ordered[level - 1] ??= []).push(id);
  }
  return ordered.filter((level) => level.length > 0);
}
