/**
 * Units as printed in the sources, and the one place where money is converted.
 * Money is stored as printed (value + scale + toman/rial) and converted here, exactly, to an
 * integer number of rials: decimal strings are multiplied as integers, so 25.84 billion toman is
 * 258400000000 rial with no floating-point residue.
 */

export const UNITS = ["count", "people", "jobs", "percent", "toman", "rial", "usd", "tonne"] as const;
export type Unit = (typeof UNITS)[number];

export const SCALES = ["one", "thousand", "million", "billion", "trillion"] as const;
export type Scale = (typeof SCALES)[number];

export const SCALE_EXPONENT: Record<Scale, number> = { one: 0, thousand: 3, million: 6, billion: 9, trillion: 12 };

/** Which units an indicator's unit kind admits. */
export const UNIT_KINDS = {
  count: ["count"],
  people: ["people"],
  jobs: ["jobs"],
  money: ["toman", "rial"],
  usd: ["usd"],
  percent: ["percent"],
  /** Tonnes of farm produce (the Rural Cooperatives Organisation's purchases). */
  weight: ["tonne"],
} as const satisfies Record<string, readonly Unit[]>;
export type UnitKind = keyof typeof UNIT_KINDS;

export const isMoney = (unit: Unit): boolean => unit === "toman" || unit === "rial";

/** value × 10^exp exactly, from the decimal string form of value; null if not an integer result. */
function scaleExact(value: number, exp: number): bigint | null {
  const [int, frac = ""] = String(value).split(".");
  if (/e/i.test(int)) return null;
  if (frac.length > exp) return null;
  return BigInt(int + frac.padEnd(exp, "0"));
}

/** The canonical amount of a money figure, in rials (integer). Throws for non-money units. */
export function toRial(value: number, unit: Unit, scale: Scale): number {
  if (!isMoney(unit)) throw new Error(`toRial: ${unit} is not money`);
  const exp = SCALE_EXPONENT[scale] + (unit === "toman" ? 1 : 0);
  const exact = scaleExact(value, exp);
  if (exact === null) throw new Error(`toRial: ${value} ${scale} ${unit} is not a whole number of rials`);
  if (exact > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`toRial: ${value} ${scale} ${unit} exceeds 2^53 rials`);
  return Number(exact);
}

/** The plain magnitude of any figure (e.g. 6 thousand -> 6000); money still in its own unit. */
export function toPlain(value: number, scale: Scale): number {
  return value * 10 ** SCALE_EXPONENT[scale];
}

/** Rials to billion toman, the site's one display unit for money. */
export const rialToBillionToman = (rial: number): number => rial / 1e10;
