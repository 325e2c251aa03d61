import type { Expr } from "./ast";
import { add, call, constant, div, neg, num, pow } from "./ast";
import type { FunctionName } from "./functions";
import { FUNCTIONS } from "./functions";
import type { Product } from "./product";
import { buildProduct, invert, isWritable, multiply, productOf, raise } from "./product";
import { nonNegative } from "./signs";
import { pythagoras } from "./pythagoras";
import { cancelSums, expandWhereTermsCollect, factorOutCommon, termKey } from "./teacher";
import type { Rational } from "./rational";
import { clean, isInteger, radd, rational, rationalExpr, rationalOf, rneg, rpow } from "./rational";

const ZERO = num(0);
const ONE = num(1);

const product = (e: Expr): Product => productOf(e, sumOf, negative);

/** `−a`, simplified: `−(−a)` is `a`, `−0` is `0`, a product keeps its sign in front. */
export function negative(a: Expr): Expr {
  if (a.kind === "neg") return a.arg;
  if (a.kind === "number" && a.value === 0) return ZERO;
  if (a.kind === "add") return neg(a);
  const p = product(a);
  return isWritable(p)
    ? buildProduct({ coef: { n: -p.coef.n, d: p.coef.d }, factors: p.factors }, power)
    : neg(a);
}

/**
 * A sum, simplified: nested sums flattened, like terms combined (`x + x` is `2x`),
 * constants added, zeros dropped; terms keep the order in which they first appear.
 */
export function sumOf(terms: readonly Expr[]): Expr {
  const flat: Expr[] = [];
  const push = (t: Expr, sign: number): void => {
    if (t.kind === "add") for (const u of t.terms) push(u, sign);
    else if (t.kind === "neg" && t.arg.kind === "add") push(t.arg, -sign);
    else flat.push(sign < 0 ? negative(t) : t);
  };
  for (const t of terms) push(t, 1);
  const groups = new Map<string, { coef: Rational; factors: Product["factors"] }>();
  for (const t of flat) {
    const p = product(t);
    const key = termKey(p);
    const group = groups.get(key);
    if (group) group.coef = radd(group.coef, p.coef);
    else groups.set(key, { coef: p.coef, factors: p.factors });
  }
  const kept = [...groups].filter(([, group]) => group.coef.n !== 0);
  const write = (p: Product): Expr => buildProduct(p, power);
  const expanded = expandWhereTermsCollect(
    kept.map(([key, p]) => ({ p, key })),
    product,
    sumOf,
  );
  if (expanded) return sumOf(expanded.map(write));
  const identity = pythagoras(
    kept.map(([, p]) => p),
    product,
    sumOf,
    negative,
  );
  if (identity) return sumOf(identity.map(write));
  const common = factorOutCommon(
    kept.map(([, p]) => p),
    write,
    sumOf,
    productOfAll,
    negative,
  );
  if (common) return common;
  const built: Expr[] = kept.map(([, group]) => write(group));
  if (built.length === 0) return ZERO;
  const firstPositive = built.findIndex((t) => t.kind !== "neg");
  if (built[0]?.kind === "neg" && firstPositive > 0)
    built.unshift(...built.splice(firstPositive, 1));
  return built.length === 1 ? (built[0] as Expr) : add(built);
}

/** A product, simplified: coefficients multiplied, equal bases merged (`x·x` is `x²`), 1s dropped. */
export function productOfAll(factors: readonly Expr[]): Expr {
  let p: Product = { coef: rational(1), factors: [] };
  for (const f of factors) p = multiply(p, product(f), sumOf);
  return isWritable(p)
    ? buildProduct(p, power)
    : factors.length === 1
      ? (factors[0] as Expr)
      : { kind: "mul", factors };
}

/** A quotient, simplified: common factors cancelled (`2x/(2x²)` is `1/x`); division by 0 is kept. */
export function quotient(a: Expr, b: Expr): Expr {
  const rb = rationalOf(b);
  if (rb && rb.n === 0) return div(a, b);
  let top = product(a);
  let bottom = product(b);
  const write = (p: Product): Expr => buildProduct(p, power);
  const cancelled = cancelSums(top, bottom, product, sumOf, negative, write);
  if (cancelled) [top, bottom] = cancelled;
  const inverse = invert(bottom, negative);
  if (!inverse) return div(a, b);
  const p = multiply(top, inverse, sumOf);
  return isWritable(p) ? buildProduct(p, power) : div(a, b);
}

/**
 * A power, simplified: `x^1` is `x`, `x^0` is `1`, literal powers folded (`2^3` is `8`),
 * `(x^2)^3` is `x^6`, `x^(1/2)` is `sqrt(x)`.
 */
export function power(base: Expr, exp: Expr): Expr {
  const re = rationalOf(exp);
  const rb = rationalOf(base);
  if (re && re.n === 0) return ONE;
  if (re && re.n === 1 && re.d === 1) return base;
  if (rb && rb.n === 1 && rb.d === 1) return ONE;
  if (rb && re && isInteger(re)) {
    if (rb.n === 0 && re.n > 0) return ZERO;
    const folded = rpow(rb, re.n);
    if (folded) return rationalExpr(folded);
  }
  if (re && re.n === 1 && re.d === 2) return call("sqrt", [base]);
  if (re && isInteger(re) && base.kind === "call" && base.fn === "sqrt")
    return buildProduct(product(pow(base, exp)), power); // sqrt(u)^3 is u·sqrt(u)
  if (re && isInteger(re) && (base.kind === "mul" || base.kind === "div")) {
    // A number in a product goes out of the power: (2x)^3 is 8x^3, 5/(3x)^2 is 5/(9x^2).
    const p = product(base);
    const exact = Number.isInteger(p.coef.n) && Number.isInteger(p.coef.d);
    const plain = Math.abs(p.coef.n) === 1 && p.coef.d === 1;
    const raised = exact && !plain ? raise(p, re.n) : undefined;
    if (raised && isWritable(raised)) return buildProduct(raised, power);
  }
  if (re && isInteger(re) && base.kind === "pow") {
    const inner = rationalOf(base.exp);
    if (inner && isInteger(inner)) return power(base.base, rationalExpr(rational(inner.n * re.n)));
  }
  if (re && re.n < 0 && !(rb && rb.n === 0))
    return quotient(ONE, power(base, rationalExpr(rneg(re))));
  if (re && isInteger(re) && base.kind === "neg") {
    const inner = power(base.arg, exp);
    return re.n % 2 === 0 ? inner : negative(inner);
  }
  return pow(base, exp);
}

const exactValues: Partial<Record<FunctionName, (x: number) => number | undefined>> = {
  sin: (x) => (x === 0 ? 0 : undefined),
  cos: (x) => (x === 0 ? 1 : undefined),
  tan: (x) => (x === 0 ? 0 : undefined),
  tanh: (x) => (x === 0 ? 0 : undefined),
  exp: (x) => (x === 0 ? 1 : undefined),
  ln: (x) => (x === 1 ? 0 : undefined),
  log10: (x) => (Number.isInteger(Math.log10(x)) && x >= 1 ? Math.log10(x) : undefined),
  sqrt: (x) => (Number.isInteger(Math.sqrt(x)) ? Math.sqrt(x) : undefined),
  abs: (x) => Math.abs(x),
  relu: (x) => Math.max(0, x),
  step: (x) => (x === 0 ? undefined : x > 0 ? 1 : 0),
  sigmoid: (x) => (x === 0 ? 0.5 : undefined),
  sec: (x) => (x === 0 ? 1 : undefined),
  arcsin: (x) => (x === 0 ? 0 : undefined),
  arccos: (x) => (x === 1 ? 0 : undefined),
  arctan: (x) => (x === 0 ? 0 : undefined),
  sinh: (x) => (x === 0 ? 0 : undefined),
  cosh: (x) => (x === 0 ? 1 : undefined),
  sech: (x) => (x === 0 ? 1 : undefined),
  arsinh: (x) => (x === 0 ? 0 : undefined),
  arcosh: (x) => (x === 1 ? 0 : undefined),
  artanh: (x) => (x === 0 ? 0 : undefined),
  arcsec: (x) => (x === 1 ? 0 : undefined),
  arsech: (x) => (x === 1 ? 0 : undefined),
  cbrt: (x) => (Number.isInteger(Math.cbrt(x)) ? Math.cbrt(x) : undefined),
  log2: (x) => (Number.isInteger(Math.log2(x)) && x >= 1 ? Math.log2(x) : undefined),
};

/** `nthroot(u, 2)` is `sqrt(u)`, `log(u, 10)` is `log10(u)`: the named function of a parameter. */
function named(fn: FunctionName, u: Expr, p: Expr): Expr | undefined {
  const r = rationalOf(p);
  if (fn === "log" && p.kind === "constant" && p.name === "e") return applyFunction("ln", [u]);
  if (!r || r.d !== 1) return undefined;
  if (fn === "nthroot" && r.n === 1) return u;
  const name: FunctionName | undefined =
    fn === "nthroot"
      ? r.n === 2
        ? "sqrt"
        : r.n === 3
          ? "cbrt"
          : undefined
      : r.n === 2
        ? "log2"
        : r.n === 10
          ? "log10"
          : undefined;
  return name && applyFunction(name, [u]);
}

/** A function call, simplified: exact values folded (`sin(0)` is `0`), `ln(e^u)` is `u`, `abs(-u)` is `abs(u)`. */
export function applyFunction(fn: FunctionName, args: readonly Expr[]): Expr {
  const first = args[0] as Expr;
  if ((fn === "nthroot" || fn === "log") && args.length === 2) {
    const simpler = named(fn, first, args[1] as Expr);
    if (simpler) return simpler;
  }
  const literals = args.map(rationalOf);
  if (literals.every((r): r is Rational => r !== undefined)) {
    const values = literals.map((r) => r.n / r.d);
    const exactValue =
      args.length === 1 && Object.hasOwn(exactValues, fn)
        ? exactValues[fn]?.(values[0] as number)
        : undefined;
    if (exactValue !== undefined && Number.isFinite(exactValue))
      return rationalExpr(rational(clean(exactValue)));
    if (fn === "min" || fn === "max") {
      const literal = args[values.indexOf(FUNCTIONS[fn].apply(...values))];
      if (literal) return literal;
    }
    if (fn === "ln" && first.kind === "constant") return ONE;
  }
  if (fn === "ln" && first.kind === "constant" && first.name === "e") return ONE;
  if (fn === "ln" && first.kind === "call" && first.fn === "exp") return first.args[0] as Expr;
  if (
    fn === "ln" &&
    first.kind === "pow" &&
    first.base.kind === "constant" &&
    first.base.name === "e"
  ) {
    return first.exp;
  }
  if (fn === "abs" && first.kind === "neg") return call("abs", [first.arg]);
  if (fn === "abs" && args.length === 1 && nonNegative(first)) return first;
  if (fn === "abs" && first.kind === "add") {
    const flipped = first.terms.map(negative);
    if (flipped.every(nonNegative)) return sumOf(flipped);
  }
  if (fn === "exp") {
    const r = rationalOf(first);
    if (r && r.n === 1 && r.d === 1) return constant("e");
  }
  return call(fn, args);
}
