import type { Expr } from "./ast";
import { call, num } from "./ast";
import { charge } from "./meter";
import type { Factor, Product } from "./product";
import { invert, keyOf, multiply } from "./product";
import type { Rational } from "./rational";
import { rational, rationalExpr, rationalOf } from "./rational";

// The Pythagorean identity between two terms of a sum, one of the teacher rewrites of
// `sumOf` (see teacher.ts).

const TRIG = new Set(["sin", "cos", "tan", "cot", "sec", "csc"]);
/** sin and cos exponents of tan, cot, sec, csc, sin and cos themselves. */
const AS_SIN_COS: Readonly<Record<string, readonly [number, number]>> = {
  sin: [1, 0],
  cos: [0, 1],
  tan: [1, -1],
  cot: [-1, 1],
  sec: [0, -1],
  csc: [-1, 0],
};
/** Most terms a sum may have for the Pythagorean pass (it compares terms two by two). */
const MAX_PYTHAGORAS_TERMS = 12;

/** A product with tan, cot, sec and csc written with sin and cos (for comparing terms only). */
function inSinCos(p: Product, read: (e: Expr) => Product, sum: (t: Expr[]) => Expr): Product {
  let out: Product = { coef: p.coef, factors: [] };
  for (const f of p.factors) {
    const r = rationalOf(f.exp);
    const b = f.base;
    const pair = b.kind === "call" && b.args.length === 1 && r ? AS_SIN_COS[b.fn] : undefined;
    if (!pair || b.kind !== "call" || !r) {
      out = multiply(out, { coef: rational(1), factors: [f] }, sum);
      continue;
    }
    const [s, c] = pair;
    for (const [fn, k] of [
      ["sin", s],
      ["cos", c],
    ] as const) {
      if (k === 0) continue;
      const base = read(call(fn, b.args)).factors[0] as Factor;
      const exp = rationalExpr(rational(k * r.n, r.d));
      out = multiply(out, { coef: rational(1), factors: [{ ...base, exp }] }, sum);
    }
  }
  return out;
}

/**
 * Pythagoras, `sin²u + cos²u = 1`, between two terms whose ratio is `−sin²u` (`B − B·sin²u` is
 * `B·cos²u`), `−cos²u`, `tan²u` (`B + B·tan²u` is `B/cos²u`) or `cot²u`, with tan, cot, sec and
 * csc read as sin and cos: `1/cos x − sin x·tan x` is `cos x`, `sin²x + cos²x` is 1. Only in sums
 * of at most 12 terms that hold a trigonometric function. The terms after the merges, or
 * `undefined` when no pair merges.
 */
export function pythagoras(
  terms: readonly Product[],
  read: (e: Expr) => Product,
  sum: (t: Expr[]) => Expr,
  negate: (e: Expr) => Expr,
): Product[] | undefined {
  if (terms.length < 2 || terms.length > MAX_PYTHAGORAS_TERMS) return undefined;
  // A pair needs a square: sin or cos to a power of 2 or more, or tan, cot, sec, csc.
  const square = (p: Product): boolean =>
    p.factors.some((f) => {
      if (f.base.kind !== "call" || !TRIG.has(f.base.fn)) return false;
      const r = rationalOf(f.exp);
      return f.base.fn !== "sin" && f.base.fn !== "cos" ? true : !!r && Math.abs(r.n / r.d) >= 2;
    });
  charge(terms.length);
  if (!terms.some(square)) return undefined;
  // Each term as it was, and as sin and cos for the comparison; a merged term stays in sin, cos.
  let list = terms.map((p) => ({ p, sc: inSinCos(p, read, sum) }));
  let merged = false;
  for (let i = 0; i < list.length; i++) {
    for (let j = 0; j < list.length; j++) {
      if (i === j) continue;
      const a = (list[i] as { sc: Product }).sc;
      const b = (list[j] as { sc: Product }).sc;
      const inverse = invert(b, negate);
      if (!inverse) continue;
      const ratio = multiply(a, inverse, sum);
      const left = ratio.factors.filter((f) => rationalOf(f.exp)?.n !== 0);
      const swap = pythagoreanPartner(ratio.coef, left);
      if (!swap) continue;
      list = list.filter((_, k) => k !== i && k !== j);
      const both = multiply(b, { coef: rational(1), factors: [swap] }, sum);
      list.push({ p: both, sc: both });
      merged = true;
      i = -1;
      break;
    }
  }
  return merged ? list.map((t) => t.p) : undefined;
}

/** For a ratio A/B of `−sin²u`, `−cos²u`, `tan²u`, `cot²u`: the factor F with A + B = B·F. */
function pythagoreanPartner(coef: Rational, factors: readonly Factor[]): Factor | undefined {
  const trigOf = (f: Factor, fn: string): boolean => f.base.kind === "call" && f.base.fn === fn;
  const exp = (f: Factor): number | undefined => {
    const r = rationalOf(f.exp);
    return r && r.d === 1 ? r.n : undefined;
  };
  const other = (f: Factor, fn: "sin" | "cos", k: number): Factor => {
    const base = call(fn, (f.base as Expr & { kind: "call" }).args);
    return { base, exp: num(k), key: keyOf(base) };
  };
  if (coef.n === -1 && coef.d === 1 && factors.length === 1) {
    const f = factors[0] as Factor;
    if (exp(f) !== 2) return undefined;
    if (trigOf(f, "sin")) return other(f, "cos", 2);
    if (trigOf(f, "cos")) return other(f, "sin", 2);
  }
  if (coef.n === 1 && coef.d === 1 && factors.length === 2) {
    const [f, g] = factors as [Factor, Factor];
    const s = trigOf(f, "sin") ? f : trigOf(g, "sin") ? g : undefined;
    const c = trigOf(f, "cos") ? f : trigOf(g, "cos") ? g : undefined;
    if (!s || !c || s === c) return undefined;
    const arg = (h: Factor): Expr => (h.base as Expr & { kind: "call" }).args[0] as Expr;
    if (keyOf(arg(s)) !== keyOf(arg(c))) return undefined;
    if (exp(s) === 2 && exp(c) === -2) return other(c, "cos", -2);
    if (exp(s) === -2 && exp(c) === 2) return other(s, "sin", -2);
  }
  return undefined;
}
