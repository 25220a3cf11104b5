/**
 * Whether a member follows a KPI: their own choice when they made one; otherwise the KPI's owner and
 * contributors follow it and nobody else does.
 */
export function followsKpi(explicitChoice: boolean | null | undefined, isOwnerOrContributor: boolean): boolean {
  return explicitChoice ?? isOwnerOrContributor;
}
