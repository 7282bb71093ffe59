/**
 * Exact arithmetic for index values. Weights have at most two decimals, so every index is a
 * ratio of small integers; computing with ratios keeps 4.195 from becoming 4.19499… and
 * rounding the wrong way next to a predicate boundary.
 */
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

function greatestCommonDivisor(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

export function makeFraction(num: number, den: number): Fraction {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den === 0) {
    throw new RangeError(`not an exact fraction: ${num}/${den}`);
  }
  const sign = den < 0 ? -1 : 1;
  const divisor = greatestCommonDivisor(num, den) || 1;
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

export const zeroFraction: Fraction = { num: 0, den: 1 };

export function addFractions(a: Fraction, b: Fraction): Fraction {
  return makeFraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function subtractFractions(a: Fraction, b: Fraction): Fraction {
  return makeFraction(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function multiplyFraction(a: Fraction, factor: number): Fraction {
  return makeFraction(a.num * factor, a.den);
}

export function divideFraction(a: Fraction, divisor: number): Fraction {
  return makeFraction(a.num, a.den * divisor);
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compareFractions(a: Fraction, b: Fraction): number {
  return a.num * b.den - b.num * a.den;
}

export function fractionToNumber(a: Fraction): number {
  return a.num / a.den;
}

/** Rounds half away from zero to `decimals` places ("pembulatan" as usually done by hand). */
export function roundFraction(a: Fraction, decimals: number): Fraction {
  const scale = 10 ** decimals;
  const rounded = Math.floor((2 * Math.abs(a.num) * scale + a.den) / (2 * a.den));
  return makeFraction(Math.sign(a.num) * rounded, scale);
}

/** A decimal number given in data (a band boundary like 4.2) as an exact fraction. */
export function decimalToFraction(value: number): Fraction {
  return makeFraction(Math.round(value * 1_000_000), 1_000_000);
}

/** A weight given in percent with at most two decimals, as an integer number of hundredths. */
export function toHundredths(weight: number): number {
  return Math.round(weight * 100);
}
