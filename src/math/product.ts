import type { Expr } from "./ast";
import { call, div, mul, neg, num, pow } from "./ast";
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
  rpow,
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
const HALF = rational(1, 2);
const isSqrt = (e: Expr): e is Expr & { kind: "call" } =>
  e.kind === "call" && e.fn === "sqrt" && e.args.length === 1;
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
    case "pow": {
      // sqrt(u)^k is u^(k/2), so that it merges with other powers of u.
      const r = rationalOf(e.exp);
      if (r && isSqrt(e.base))
        return {
          coef: ONE,
          factors: [factor(e.base.args[0] as Expr, rationalExpr(rmul(r, HALF)))],
        };
      return { coef: ONE, factors: [factor(e.base, e.exp)] };
    }
    case "call":
      // sqrt(u) is u^(1/2): x·sqrt(x) is x^(3/2), x/sqrt(x) is sqrt(x).
      if (isSqrt(e)) return { coef: ONE, factors: [factor(e.args[0] as Expr, rationalExpr(HALF))] };
      return { coef: ONE, factors: [factor(e, num(1))] };
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
export function buildProduct(given: Product, power: (base: Expr, exp: Expr) => Expr): Expr {
  if (given.coef.n === 0 && given.factors.every((f) => (rationalOf(f.exp)?.n ?? 1) >= 0))
    return num(0);
  const p = { coef: given.coef, factors: tanOrCot(given.factors) };
  const top: Array<{ e: Expr; rank: number }> = [];
  const bottom: Array<{ e: Expr; rank: number }> = [];
  let coef = p.coef;
  for (const f of p.factors) {
    const r = rationalOf(f.exp);
    if (r && r.n === 0) continue;
    if (r && r.d === 2 && Math.abs(r.n) >= 3) {
      // x^(5/2) is written x²·sqrt(x), x^(-3/2) is 1/(x·sqrt(x)).
      const side = r.n < 0 ? bottom : top;
      const whole = (Math.abs(r.n) - 1) / 2;
      side.push({ e: power(f.base, num(whole)), rank: rank(f.base) });
      side.push({ e: power(f.base, rationalExpr(HALF)), rank: 3 });
      continue;
    }
    if (r && r.n < 0) {
      const e = power(f.base, rationalExpr(rneg(r)));
      const folded = rationalOf(e);
      // 1/sqrt(4) is 1/2, into the coefficient.
      if (folded && folded.n !== 0 && isUsable(folded)) coef = rmul(coef, rinv(folded));
      else bottom.push({ e, rank: rank(f.base) });
    } else {
      // A number's power stays by the coefficient (`3π²`); an exponential (`eˣ`, `(−2)ˣ`) comes
      // after the variables and before the functions, as written: `x·eˣ`, `2ˣ·ln 2`.
      const b = f.base.kind === "neg" ? f.base.arg : f.base;
      const numeric = b.kind === "number" || b.kind === "constant" || rationalOf(b) !== undefined;
      // A square root is written as a function call, and placed as one.
      const order = r && r.d === 2 ? 3 : !numeric ? rank(f.base) : r ? 1.5 : 2.5;
      const e = power(f.base, f.exp);
      const folded = rationalOf(e);
      // sqrt(2)·sqrt(2) is 2, into the coefficient.
      if (folded && folded.n !== 0 && isUsable(folded)) coef = rmul(coef, folded);
      else top.push({ e, rank: order });
    }
  }
  top.sort((a, b) => a.rank - b.rank);
  bottom.sort((a, b) => a.rank - b.rank);
  const magnitude = Math.abs(coef.n);
  const topFactors = top.map((t) => t.e);
  const bottomFactors = bottom.map((t) => t.e);
  if (magnitude !== 1 || topFactors.length === 0) topFactors.unshift(num(magnitude));
  if (coef.d !== 1) bottomFactors.unshift(num(coef.d));
  const numerator = productExpr(topFactors);
  const result =
    bottomFactors.length === 0 ? numerator : div(numerator, productExpr(bottomFactors));
  return coef.n < 0 ? neg(result) : result;
}

/** True when every part of a normal form is finite and small enough to write down. */
export function isWritable(p: Product): boolean {
  return isUsable(p.coef) && Number.isFinite(valueOf(p.coef));
}

/**
 * `p^n` for an integer `n`, factor by factor: `(2x)^3` is `8x^3`, `(x/3)^2` is `x^2/9`; a factor
 * with a symbolic exponent keeps its power whole (`(2^x)^2` is `(2^x)^2`). `undefined` when the
 * coefficient's power is not exact.
 */
export function raise(p: Product, n: number): Product | undefined {
  const coef = rpow(p.coef, n);
  if (!coef) return undefined;
  charge(1 + p.factors.length);
  const factors = p.factors.map((f) => {
    const r = rationalOf(f.exp);
    return r
      ? { ...f, exp: rationalExpr(rmul(r, rational(n))) }
      : factor(pow(f.base, f.exp), num(n));
  });
  return { coef, factors };
}

/** `sin(u)^k/cos(u)^k` is written `tan(u)^k`, `cos(u)^k/sin(u)^k` is `cot(u)^k` (same domain). */
function tanOrCot(factors: readonly Factor[]): readonly Factor[] {
  const trig = (f: Factor, fn: string): boolean =>
    f.base.kind === "call" && f.base.fn === fn && f.base.args.length === 1;
  const sines = factors.filter((f) => trig(f, "sin"));
  if (sines.length === 0) return factors;
  charge(factors.length);
  let out = factors;
  for (const s of sines) {
    const k = rationalOf(s.exp);
    const args = (s.base as Expr & { kind: "call" }).args;
    const c = out.find(
      (f) =>
        trig(f, "cos") &&
        keyOf((f.base as Expr & { kind: "call" }).args[0] as Expr) === keyOf(args[0] as Expr),
    );
    const j = c && rationalOf(c.exp);
    if (!c || !k || !j || k.d !== 1 || j.d !== 1 || k.n !== -j.n) continue;
    const base = call(k.n > 0 ? "tan" : "cot", args);
    out = [...out.filter((f) => f !== s && f !== c), factor(base, num(Math.abs(k.n)))];
  }
  return out;
}
