/** Longest formula accepted: far beyond any real one, short enough that parsing it costs nothing. */
export const MAX_FORMULA_LENGTH = 500;

/** Deepest nesting of parentheses, function calls and signs: keeps every recursive step shallow. */
export const MAX_FORMULA_NESTING = 20;

/** Most digits a number in a formula may have; the values it meets have at most 24. */
export const MAX_NUMBER_DIGITS = 30;

/** round(X, digits) rounds to at most this many decimals: what a stored value holds. */
export const MAX_ROUND_DIGITS = 6;
