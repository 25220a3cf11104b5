/** Bounds on one request, shared by the server that enforces them and the client that must stay within them. */
export const MAX_BATCH_SIZE = 10;
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;
/** No single string of any input may be longer; fields have their own, smaller limits. */
export const MAX_INPUT_STRING_LENGTH = 100_000;
/** No array of any input may hold more items; fields have their own, smaller limits. */
export const MAX_INPUT_ARRAY_LENGTH = 1_000;
export const MAX_INPUT_DEPTH = 12;
