import type { Expr } from "./ast";
import { div, neg, num } from "./ast";

/**
 * An exact fraction `n/d` (both safe integers, `d > 0`, reduced) when the inputs are integers,
 * otherwise a plain float in `n` with `d = 1`. Used for coefficients and exponents.
 */
export interface Rational {
  readonly n: number;
  readonly d: number;
}

const gcd = (a: number, b: number): number => {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
};

/** Removes binary noise from a float result: `0.1 + 0.2` gives `0.3`. */
export function clean(x: number): number {
  return Number.isFinite(x) && !Number.isInteger(x) ? Number(x.toPrecision(15)) : x;
}

const exact = (r: Rational): boolean => Number.isSafeInteger(r.n) && Number.isSafeInteger(r.d);

/** The fraction `n/d`, reduced; a float if either part is not a safe integer. */
export function rational(n: number, d = 1): Rational {
  if (d === 0 || !Number.isFinite(n) || !Number.isFinite(d)) return { n: n / d, d: 1 };
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) return { n: clean(n / d), d: 1 };
  const g = gcd(n, d) || 1;
  const sign = d < 0 ? -1 : 1;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** The value of a rational as a float. */
export const valueOf = (r: Rational): number => r.n / r.d;
/** `a + b`. */
export function radd(a: Rational, b: Rational): Rational {
  if (exact(a) && exact(b)) return rational(a.n * b.d + b.n * a.d, a.d * b.d);
  return rational(clean(valueOf(a) + valueOf(b)));
}
/** `a · b`. */
export function rmul(a: Rational, b: Rational): Rational {
  if (exact(a) && exact(b)) return rational(a.n * b.n, a.d * b.d);
  return rational(clean(valueOf(a) * valueOf(b)));
}
/**
 * `1 / a` (a float Infinity for zero). A float's inverse keeps every digit: rounded to 15, it
 * would turn `2.25/2.25` into 0.999999999999999 (and `arcosh` of it into NaN); the product or sum
 * that uses it is rounded instead.
 */
export function rinv(a: Rational): Rational {
  return exact(a) ? rational(a.d, a.n) : { n: 1 / a.n, d: 1 };
}
/** `−a`. */
export const rneg = (a: Rational): Rational => ({ n: -a.n, d: a.d });
/** True for an integer value. */
export const isInteger = (a: Rational): boolean => a.d === 1 && Number.isInteger(a.n);
/** True for a finite value with safe parts (worth keeping in a tree). */
export const isUsable = (a: Rational): boolean =>
  Number.isFinite(a.n) && Number.isFinite(a.d) && Math.abs(a.n) < 1e15 && a.d < 1e15;

/** `a^k` for an integer `k`, or `undefined` when the result would not be exact and small. */
export function rpow(a: Rational, k: number): Rational | undefined {
  if (!Number.isInteger(k) || Math.abs(k) > 64) return undefined;
  if (k < 0) return a.n === 0 ? undefined : rpow(rinv(a), -k);
  const r = exact(a) ? rational(a.n ** k, a.d ** k) : rational(clean(valueOf(a) ** k));
  return isUsable(r) && (!exact(a) || exact(r)) ? r : undefined;
}

/** The rational a tree stands for, if it is a literal: `3`, `-2`, `1/2`, `-(3/4)`. */
export function rationalOf(e: Expr): Rational | undefined {
  if (e.kind === "number") return rational(e.value);
  if (e.kind === "neg") {
    const inner = rationalOf(e.arg);
    return inner && rneg(inner);
  }
  if (e.kind === "div" && e.num.kind === "number" && e.den.kind === "number") {
    if (
      Number.isSafeInteger(e.num.value) &&
      Number.isSafeInteger(e.den.value) &&
      e.den.value !== 0
    ) {
      return rational(e.num.value, e.den.value);
    }
  }
  return undefined;
}

/** A literal tree for a rational: `3`, `-(1/2)` as `neg(div(1, 2))`. */
export function rationalExpr(r: Rational): Expr {
  const magnitude: Expr = r.d === 1 ? num(Math.abs(r.n)) : div(num(Math.abs(r.n)), num(r.d));
  return r.n < 0 ? neg(magnitude) : magnitude;
}
