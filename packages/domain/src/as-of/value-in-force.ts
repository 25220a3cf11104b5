/** One value a check-in held: from the instant it was recorded until the instant it was replaced (null: never). */
export interface ValueVersion<V> {
  value: V;
  from: Date;
  until: Date | null;
}

/**
 * The value in force just before `cutoff`: the version recorded before it and not yet replaced by then. A value
 * replaced exactly at the cutoff was still in force before it. Null when the check-in did not exist yet (or was
 * already removed).
 */
export function valueInForce<V>(versions: readonly ValueVersion<V>[], cutoff: Date): V | null {
  const at = cutoff.getTime();
  for (const version of versions) {
    if (version.from.getTime() < at && (version.until === null || version.until.getTime() >= at)) return version.value;
  }
  return null;
}

/** A stored check-in: its current value and the earlier ones kept when it was corrected. */
export interface CheckInHistory<V> {
  value: V;
  createdAt: Date;
  revisions: readonly { value: V; replacedAt: Date }[];
}

/**
 * The versions of a stored check-in. Each revision was in force until it was replaced, from the moment the one
 * before it was replaced (the first from the check-in's creation); the current value since the last replacement.
 * Replacement instants are what the store keeps reliably, so they alone set the boundaries.
 */
export function checkInVersions<V>(checkIn: CheckInHistory<V>): ValueVersion<V>[] {
  const revisions = [...checkIn.revisions].sort((a, b) => a.replacedAt.getTime() - b.replacedAt.getTime());
  const versions: ValueVersion<V>[] = [];
  let from = checkIn.createdAt;
  for (const revision of revisions) {
    versions.push({ value: revision.value, from, until: revision.replacedAt });
    from = revision.replacedAt;
  }
  versions.push({ value: checkIn.value, from, until: null });
  return versions;
}

/** A removed check-in: the values it held, oldest first, each with the instant it was recorded. */
export interface DeletedCheckInHistory<V> {
  history: readonly { value: V; recordedAt: Date }[];
  deletedAt: Date;
}

/** The versions of a removed check-in: each until the next was recorded, the last until the removal. */
export function deletedCheckInVersions<V>(deleted: DeletedCheckInHistory<V>): ValueVersion<V>[] {
  return deleted.history.map((entry, index) => ({
    value: entry.value,
    from: entry.recordedAt,
    until: deleted.history[index + 1]?.recordedAt ?? deleted.deletedAt,
  }));
}
