/**
 * Two-sided Student t quantiles for the prediction bands. Tabulated (to 4 places, from the exact
 * distribution) rather than computed: the bands need only two confidence levels and few degrees of
 * freedom, and a table is something a reviewer can check against any statistics textbook.
 */

/** t(0.90, df) for df = 1…30: the 80 % two-sided band. */
const T_80 = [
  3.0777, 1.8856, 1.6377, 1.5332, 1.4759, 1.4398, 1.4149, 1.3968, 1.383, 1.3722, 1.3634, 1.3562, 1.3502, 1.345,
  1.3406, 1.3368, 1.3334, 1.3304, 1.3277, 1.3253, 1.3232, 1.3212, 1.3195, 1.3178, 1.3163, 1.315, 1.3137, 1.3125,
  1.3114, 1.3104,
] as const;

/** t(0.975, df) for df = 1…30: the 95 % two-sided band. */
const T_95 = [
  12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788, 2.1604, 2.1448,
  2.1314, 2.1199, 2.1098, 2.1009, 2.093, 2.086, 2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484,
  2.0452, 2.0423,
] as const;

const Z = { 80: 1.2815515655446004, 95: 1.959963984540054 } as const;

export type BandLevel = 80 | 95;

/**
 * The quantile for a two-sided `level` % band with `df` degrees of freedom. Past 30 degrees of
 * freedom the Cornish–Fisher expansion to second order is within 0.001 of the exact value.
 */
export function studentT(level: BandLevel, df: number): number {
  if (!Number.isInteger(df) || df < 1) throw new Error(`Degrees of freedom must be a whole number of at least 1, not ${df}.`);
  const table = level === 80 ? T_80 : T_95;
  const tabulated = table[df - 1];
  if (tabulated !== undefined) return tabulated;
  const z = Z[level];
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2);
}
