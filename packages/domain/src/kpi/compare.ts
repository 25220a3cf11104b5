/**
 * KPI values are exact decimals in storage (at most 6 places) but binary floats here, and thresholds
 * such as min − tolerance are computed in floats. Comparing with a tolerance far below the stored
 * precision keeps 0.1 + 0.2 equal to 0.3 without ever merging two values a user could tell apart.
 */
const RELATIVE_EPSILON = 1e-14;

function epsilonFor(a: number, b: number): number {
  return RELATIVE_EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= epsilonFor(a, b);
}

export function isAtLeast(value: number, bound: number): boolean {
  return value >= bound - epsilonFor(value, bound);
}

export function isAtMost(value: number, bound: number): boolean {
  return value <= bound + epsilonFor(value, bound);
}
