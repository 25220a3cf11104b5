/**
 * How far each calculated KPI sits from recorded values: 1 + the depth of its deepest input, recorded KPIs
 * being 0. Every transaction that recomputes or locks calculated KPIs takes them in this order (then by id), so
 * two of them never wait on each other in opposite orders. A KPI on a cycle (which validation never lets in)
 * gets no depth.
 */
export function formulaDepths(formulas: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const depths = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (id: string): number => {
    if (!formulas.has(id)) return 0;
    const known = depths.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return Number.POSITIVE_INFINITY;
    visiting.add(id);
    let deepest = 0;
    for (const input of formulas.get(id)!) deepest = Math.max(deepest, depthOf(input));
    visiting.delete(id);
    depths.set(id, deepest + 1);
    return deepest + 1;
  };
  for (const id of formulas.keys()) depthOf(id);
  return depths;
}

/** `ids` sorted by their depth among the formulas, then by id: the order to lock them in. */
export function inDepthOrder(formulas: ReadonlyMap<string, readonly string[]>, ids: Iterable<string>): string[] {
  const depths = formulaDepths(formulas);
  const depth = (id: string) => depths.get(id) ?? 0;
  return [...new Set(ids)].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The calculated KPIs to recompute after the values of `changed` changed — those whose formulas read them,
 * directly or through other formulas — plus `including`, grouped by depth: computing level by level always
 * reads inputs that are already up to date. `formulas` maps each calculated KPI to the KPIs its formula reads.
 */
export function dependentLevels(formulas: ReadonlyMap<string, readonly string[]>, changed: Iterable<string>, including: Iterable<string> = []): string[][] {
  const readers = new Map<string, string[]>();
  for (const [kpiId, inputIds] of formulas) {
    for (const inputId of inputIds) readers.set(inputId, [...(readers.get(inputId) ?? []), kpiId]);
  }
  const affected = new Set<string>();
  const queue = [...new Set([...changed, ...including])].flatMap((id) => readers.get(id) ?? []);
  for (const id of including) if (formulas.has(id)) queue.push(id);
  while (queue.length) {
    const id = queue.pop()!;
    if (affected.has(id)) continue;
    affected.add(id);
    queue.push(...(readers.get(id) ?? []));
  }
  const depths = formulaDepths(formulas);
  const levels = new Map<number, string[]>();
  for (const id of inDepthOrder(formulas, affected)) {
    const depth = depths.get(id);
    if (depth === undefined || !Number.isFinite(depth)) continue;
    levels.set(depth, [...(levels.get(depth) ?? []), id]);
  }
  return [...levels.keys()].sort((a, b) => a - b).map((depth) => levels.get(depth)!);
}
