/** Rows read per query: large enough that a big export needs few queries, small enough to keep memory flat. */
export const EXPORT_BATCH_SIZE = 1000;
