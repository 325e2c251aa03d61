import type { Expr } from "./ast";
import { writtenSize } from "./budgets";
import { charge } from "./meter";
import type { Factor, Product } from "./product";
import { invert, keyOf, multiply, raise } from "./product";
import type { Rational } from "./rational";
import { rational, rationalExpr, rationalOf } from "./rational";

// Rewrites of a sum that a teacher makes and a student recognises, each bounded (one pass, no
// search) and charged to the meter. `sumOf` in algebra.ts applies them; each keeps the value
// wherever the sum is defined (test/math/teacherRewrites.test.ts checks it on random sums; the Pythagorean identity is in pythagoras.ts).

/** A sum's term as a normal-form product, with the key that groups like terms. */
export interface Term {
  readonly p: Product;
  readonly key: string;
}

/** The grouping key of a product: its factors with their exponents, in any order. */
export function termKey(p: Product): string {
  charge(1 + p.factors.length);
  return p.factors
    .map((f) => `${f.key}^${keyOf(f.exp)}`)
    .sort()
    .join("*");
}

/**
 * Distributes `m·(a + b)` (a single sum factor, to the power 1) when one of its expanded terms
 * is like another term of the sum: `2(3x + 2) − 6x` → `6x + 4 − 6x`, `eˣ(eˣ − 1) − e²ˣ` →
 * `e²ˣ − eˣ − e²ˣ`. A product alone (`6(3x + 1)`) or one whose terms combine with nothing
 * stays factored. Returns the expanded terms in place of each such term, or `undefined`.
 */
export function expandWhereTermsCollect(
  terms: readonly Term[],
  read: (e: Expr) => Product,
  sum: (terms: Expr[]) => Expr,
): Product[] | undefined {
  if (terms.length < 2 || !terms.some((t) => t.p.factors.some((f) => f.base.kind === "add")))
    return undefined;
  // Each term with one sum factor, expanded; the others as they are.
  const expansions = terms.map((t): { p: Product; key: string }[] | undefined => {
    const sums = t.p.factors.filter((f) => f.base.kind === "add");
    const only = sums.length === 1 ? (sums[0] as Factor) : undefined;
    const r = only && rationalOf(only.exp);
    if (!only || only.base.kind !== "add" || !r || r.n !== 1 || r.d !== 1) return undefined;
    const rest: Product = { coef: t.p.coef, factors: t.p.factors.filter((f) => f !== only) };
    charge(only.base.terms.length);
    return only.base.terms.map((u) => {
      const p = multiply(rest, read(u), sum);
      return { p, key: termKey(p) };
    });
  });
  // Which term (by index) each key comes from: a term itself, or its expansion.
  const owners = new Map<string, Set<number>>();
  const own = (key: string, i: number): void => {
    const set = owners.get(key) ?? new Set<number>();
    set.add(i);
    owners.set(key, set);
  };
  terms.forEach((t, i) => {
    own(t.key, i);
    for (const e of expansions[i] ?? []) own(e.key, i);
  });
  let changed = false;
  const out: Product[] = [];
  terms.forEach((t, i) => {
    const expanded = expansions[i];
    const collects = expanded?.some((e) => [...(owners.get(e.key) ?? [])].some((j) => j !== i));
    if (expanded && collects) {
      changed = true;
      out.push(...expanded.map((e) => e.p));
    } else out.push(t.p);
  });
  return changed ? out : undefined;
}

/**
 * The factor every term shares, with its smallest literal exponent: `√u` and `x²/√u` share
 * `u^(−1/2)`, `x·eˣ` and `eˣ` share `eˣ`. `undefined` when they share nothing.
 */
export function commonFactor(terms: readonly Product[]): Product | undefined {
  const [first, ...others] = terms;
  if (!first || others.length === 0 || first.factors.length === 0) return undefined;
  // Smallest literal exponent of each base of the first term, among the terms read so far.
  const least = new Map<string, { f: Factor; r: Rational }>();
  for (const f of first.factors) {
    const r = rationalOf(f.exp);
    if (r) least.set(f.key, { f, r });
  }
  for (const t of others) {
    charge(1 + t.factors.length);
    const seen = new Set<string>();
    for (const g of t.factors) {
      const entry = least.get(g.key);
      const r = entry && rationalOf(g.exp);
      if (!entry || !r) continue;
      seen.add(g.key);
      if (r.n / r.d < entry.r.n / entry.r.d) entry.r = r;
    }
    for (const key of [...least.keys()]) if (!seen.has(key)) least.delete(key);
    if (least.size === 0) return undefined;
  }
  const factors = [...least.values()]
    .filter(({ r }) => r.n !== 0)
    .map(({ f, r }) => ({ ...f, exp: rationalExpr(r) }));
  return factors.length === 0 ? undefined : { coef: rational(1), factors };
}

/**
 * Takes out the factor shared by every term when what is left has fewer terms: the sum was a
 * single term in disguise (`√u − x²/√u` with `u = x² + 1` is `1/√u`). Otherwise `undefined`:
 * `x·eˣ + eˣ` stays as it is.
 */
export function factorOutCommon(
  terms: readonly Product[],
  build: (p: Product) => Expr,
  sum: (terms: Expr[]) => Expr,
  product: (factors: Expr[]) => Expr,
  negate: (e: Expr) => Expr,
): Expr | undefined {
  if (!terms.some((t) => t.factors.some((f) => f.base.kind === "add"))) return undefined;
  const common = commonFactor(terms);
  const inverse = common && invert(common, negate);
  if (!common || !inverse) return undefined;
  // Terms that stay distinct stay distinct once divided by the same factor: fewer terms can
  // only come from a sum left to the power 1 in a term (flattened or distributed, then collected).
  const shared = new Map(common.factors.map((f) => [f.key, rationalOf(f.exp)] as const));
  const sumLeft = terms.some((t) =>
    t.factors.some((f) => {
      const r = f.base.kind === "add" ? rationalOf(f.exp) : undefined;
      const c = shared.get(f.key);
      return !!r && (c ? r.n * c.d - c.n * r.d === r.d * c.d : r.n === r.d);
    }),
  );
  const higher = higherPowerOfSum(terms, common);
  if (!sumLeft && !higher) return undefined;
  const rest = sum(terms.map((t) => build(multiply(t, inverse, sum))));
  const count = rest.kind === "add" ? rest.terms.length : 1;
  if (count < terms.length) return product([build(common), rest]);
  if (!higher) return undefined;
  // A sum shared by every term, some of them holding a higher power of it (the numerator of a
  // quotient rule on (x − 2)²/x is 2x(x − 2) − (x − 2)²): taken out when that writes shorter,
  // as (x − 2)(x + 2).
  const factored = product([build(common), rest]);
  const before = terms.reduce((n, t) => n + writtenSize(build(t), 200), 1);
  return writtenSize(factored, 200) < before ? factored : undefined;
}

/** Some term holds a sum factor of `common` to a higher power than `common` does. */
function higherPowerOfSum(terms: readonly Product[], common: Product): boolean {
  const sums = new Map<string, Rational>();
  for (const f of common.factors) {
    const r = f.base.kind === "add" ? rationalOf(f.exp) : undefined;
    if (r) sums.set(f.key, r);
  }
  if (sums.size === 0) return false;
  return terms.some((t) =>
    t.factors.some((f) => {
      const c = sums.get(f.key);
      const r = c && rationalOf(f.exp);
      return !!c && !!r && r.n * c.d > c.n * r.d;
    }),
  );
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/**
 * A sum written as number × shared factors × what is left, when that cancels with a factor
 * of `others` (the other side of a quotient): `2x + 2` → `2(x + 1)` over `x + 1`, `x² + x` →
 * `x(x + 1)` over `x`, `1 − x` → `−(x − 1)` over `x − 1`. Otherwise `undefined`.
 */
function factorForCancel(
  s: Expr & { kind: "add" },
  others: ReadonlySet<string>,
  otherSums: ReadonlySet<number>,
  read: (e: Expr) => Product,
  sum: (terms: Expr[]) => Expr,
  negate: (e: Expr) => Expr,
  build: (p: Product) => Expr,
): Product | undefined {
  const terms = s.terms.map(read);
  charge(terms.length);
  const integers = terms.every((t) => t.coef.d === 1 && Number.isSafeInteger(t.coef.n));
  const g = integers ? terms.reduce((k, t) => gcd(k, t.coef.n), 0) || 1 : 1;
  const shared = commonFactor(terms) ?? { coef: rational(1), factors: [] };
  // Nothing to take out (the usual case): what is left is the sum itself, already simplified.
  const trivial = g === 1 && shared.factors.length === 0;
  // Then only a sum of as many terms on the other side can cancel with it (as it is or negated).
  if (trivial && !otherSums.has(s.terms.length)) return undefined;
  const content: Product = { coef: rational(g), factors: shared.factors };
  const inverse = trivial ? undefined : invert(content, negate);
  if (!trivial && !inverse) return undefined;
  const left = inverse ? sum(terms.map((t) => build(multiply(t, inverse, sum)))) : s;
  const flipped = left.kind === "add" ? sum(left.terms.map(negate)) : negate(left);
  const split = (sign: number, rest: Expr): Product =>
    multiply({ coef: rational(sign * g), factors: shared.factors }, read(rest), sum);
  if (others.has(keyOf(left))) return split(1, left);
  if (others.has(keyOf(flipped))) return split(-1, flipped);
  if (shared.factors.some((f) => others.has(f.key))) return split(1, left);
  return undefined;
}

/**
 * Common factors of a quotient hidden in its sums: each sum on one side (to a positive integer
 * power) is factored when a part of it is a factor of the other side, so that the two cancel:
 * `(2x + 2)/(x + 1)` → `2`, `(x² + x)/x` → `x + 1`, `(1 − x)/(x − 1)` → `−1`. The two sides
 * rewritten, or `undefined` when nothing cancels.
 */
export function cancelSums(
  top: Product,
  bottom: Product,
  read: (e: Expr) => Product,
  sum: (terms: Expr[]) => Expr,
  negate: (e: Expr) => Expr,
  build: (p: Product) => Expr,
): [Product, Product] | undefined {
  const hasSum = (p: Product): boolean => p.factors.some((f) => f.base.kind === "add");
  if (!hasSum(top) && !hasSum(bottom)) return undefined;
  if (top.factors.length === 0 || bottom.factors.length === 0) return undefined;
  let changed = false;
  const refactor = (side: Product, other: Product): Product => {
    const keys = new Set(other.factors.map((f) => f.key));
    const sums = new Set(
      other.factors.flatMap((f) => (f.base.kind === "add" ? [f.base.terms.length] : [])),
    );
    let out: Product = { coef: side.coef, factors: [] };
    for (const f of side.factors) {
      const r = rationalOf(f.exp);
      const split =
        f.base.kind === "add" && r && r.d === 1 && r.n > 0
          ? factorForCancel(f.base, keys, sums, read, sum, negate, build)
          : undefined;
      const raised = split && raise(split, r?.n ?? 1);
      if (raised) changed = true;
      out = multiply(out, raised ?? { coef: rational(1), factors: [f] }, sum);
    }
    return out;
  };
  const t = refactor(top, bottom);
  const b = refactor(bottom, t);
  return changed ? [t, b] : undefined;
}
