import type { Expr } from "./ast";
import { div, mul, neg, num } from "./ast";
import { format } from "./formatExpression";
import { charge } from "./meter";
import type { Rational } from "./rational";
import {
  isUsable,
  radd,
  rational,
  rationalExpr,
  rationalOf,
  rinv,
  rmul,
  rneg,
  valueOf,
} from "./rational";

/** One factor `base^exp` of a product in normal form. */
export interface Factor {
  readonly base: Expr;
  readonly exp: Expr;
  readonly key: string;
}

/** A product in normal form: a rational coefficient times factors with merged bases. */
export interface Product {
  readonly coef: Rational;
  readonly factors: readonly Factor[];
}

const keys = new WeakMap<Expr, string>();
/** A stable structural key for a tree (its plain-text form, memoised). */
export function keyOf(e: Expr): string {
  let key = keys.get(e);
  if (key === undefined) {
    key = format(e);
    keys.set(e, key);
  }
  return key;
}

const ONE = rational(1);
const factor = (base: Expr, exp: Expr): Factor => ({ base, exp, key: keyOf(base) });

/** Adds two exponents: exactly for literals, otherwise through `sum`. */
function addExponents(a: Expr, b: Expr, sum: (terms: Expr[]) => Expr): Expr {
  const ra = rationalOf(a);
  const rb = rationalOf(b);
  return ra && rb ? rationalExpr(radd(ra, rb)) : sum([a, b]);
}

/** The product of two normal forms, merging equal bases by adding exponents. */
export function multiply(a: Product, b: Product, sum: (terms: Expr[]) => Expr): Product {
  const factors = [...a.factors];
  charge(1 + factors.length * b.factors.length);
  for (const f of b.factors) {
    const i = factors.findIndex((g) => g.key === f.key);
    const existing = factors[i];
    if (existing) factors[i] = { ...existing, exp: addExponents(existing.exp, f.exp, sum) };
    else factors.push(f);
  }
  return { coef: rmul(a.coef, b.coef), factors };
}

/** `1 / p`, or `undefined` when the coefficient is zero. */
export function invert(p: Product, negate: (e: Expr) => Expr): Product | undefined {
  if (p.coef.n === 0) return undefined;
  return {
    coef: rinv(p.coef),
    factors: p.factors.map((f) => {
      const r = rationalOf(f.exp);
      return { ...f, exp: r ? rationalExpr(rneg(r)) : negate(f.exp) };
    }),
  };
}

/** Reads a (simplified) tree as a normal-form product. */
export function productOf(
  e: Expr,
  sum: (terms: Expr[]) => Expr,
  negate: (e: Expr) => Expr,
): Product {
  switch (e.kind) {
    case "number":
      return { coef: rational(e.value), factors: [] };
    case "neg": {
      const p = productOf(e.arg, sum, negate);
      return { coef: rneg(p.coef), factors: p.factors };
    }
    case "mul":
      return e.factors.reduce((acc, f) => multiply(acc, productOf(f, sum, negate), sum), {
        coef: ONE,
        factors: [],
      } as Product);
    case "div": {
      const r = rationalOf(e);
      if (r) return { coef: r, factors: [] };
      const inverse = invert(productOf(e.den, sum, negate), negate);
      if (!inverse) return { coef: ONE, factors: [factor(e, num(1))] };
      return multiply(productOf(e.num, sum, negate), inverse, sum);
    }
    case "pow":
      return { coef: ONE, factors: [factor(e.base, e.exp)] };
    default:
      return { coef: ONE, factors: [factor(e, num(1))] };
  }
}

/** Display order of factors: constants, variables, function calls, sums, the rest. */
function rank(e: Expr): number {
  switch (e.kind) {
    case "number":
    case "constant":
      return 1;
    case "variable":
      return 2;
    case "call":
      return 3;
    case "add":
      return 4;
    default:
      return 5;
  }
}

const productExpr = (factors: Expr[]): Expr =>
  factors.length === 0 ? num(1) : factors.length === 1 ? (factors[0] as Expr) : mul(factors);

/**
 * Writes a normal-form product the way a teacher would: coefficient first, then variables,
 * then function values, then sums; negative literal exponents go to a denominator
 * (`x^-2` → `1/x^2`); a numeric denominator stays a fraction (`3x/2`).
 */
export function buildProduct(p: Product, power: (base: Expr, exp: Expr) => Expr): Expr {
  if (p.coef.n === 0 && p.factors.every((f) => (rationalOf(f.exp)?.n ?? 1) >= 0)) return num(0);
  const top: Array<{ e: Expr; rank: number }> = [];
  const bottom: Array<{ e: Expr; rank: number }> = [];
  for (const f of p.factors) {
    const r = rationalOf(f.exp);
    if (r && r.n === 0) continue;
    if (r && r.n < 0) {
      const e = power(f.base, rationalExpr(rneg(r)));
      bottom.push({ e, rank: rank(f.base) });
    } else {
      top.push({ e: power(f.base, f.exp), rank: f.base.kind === "number" ? 1.5 : rank(f.base) });
    }
  }
  top.sort((a, b) => a.rank - b.rank);
  bottom.sort((a, b) => a.rank - b.rank);
  const magnitude = Math.abs(p.coef.n);
  const topFactors = top.map((t) => t.e);
  const bottomFactors = bottom.map((t) => t.e);
  if (magnitude !== 1 || topFactors.length === 0) topFactors.unshift(num(magnitude));
  if (p.coef.d !== 1) bottomFactors.unshift(num(p.coef.d));
  const numerator = productExpr(topFactors);
  const result =
    bottomFactors.length === 0 ? numerator : div(numerator, productExpr(bottomFactors));
  return p.coef.n < 0 ? neg(result) : result;
}

/** True when every part of a normal form is finite and small enough to write down. */
export function isWritable(p: Product): boolean {
  return isUsable(p.coef) && Number.isFinite(valueOf(p.coef));
}
