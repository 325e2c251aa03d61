import type { Expr } from "./ast";
import { functionSpec } from "./functions";
import { toExpr } from "./parse";
import type { Scope } from "./scope";
import { canonicalScope, unknownVariable } from "./scope";

function run(e: Expr, scope: Record<string, number>): number {
  switch (e.kind) {
    case "number":
      return e.value;
    case "constant":
      return e.name === "pi" ? Math.PI : Math.E;
    case "variable": {
      const value = scope[e.name];
      if (value === undefined || !Object.hasOwn(scope, e.name))
        throw unknownVariable(e, Object.keys(scope));
      return value;
    }
    case "neg":
      return -run(e.arg, scope);
    case "add": {
      let total = 0;
      for (const t of e.terms) total += run(t, scope);
      return total;
    }
    case "mul": {
      let total = 1;
      for (const f of e.factors) total *= run(f, scope);
      return total;
    }
    case "div":
      return run(e.num, scope) / run(e.den, scope);
    case "pow":
      return power(run(e.base, scope), run(e.exp, scope));
    case "call":
      return functionSpec(e.fn).apply(...e.args.map((a) => run(a, scope)));
  }
}

/**
 * Real power: `Math.pow`, except that a negative base with an odd-denominator fraction
 * exponent gives the real root (`(-8)^(1/3)` is `-2`), as a student expects.
 */
export function power(base: number, exp: number): number {
  if (base >= 0 || Number.isInteger(exp) || !Number.isFinite(exp)) return base ** exp;
  for (const q of [3, 5, 7, 9]) {
    const p = Math.round(exp * q);
    if (Math.abs(p - exp * q) < 1e-9) {
      const root = -((-base) ** (1 / q));
      return root ** p;
    }
  }
  return Number.NaN;
}

/**
 * The value of a formula for the given variable values. Outside the domain the result is
 * NaN (`ln(-1)`, `sqrt(-1)`, `1/0` is ±Infinity); a variable without a value throws an
 * {@link ExpressionError} pointing at it.
 */
export function evaluate(expr: string | Expr, scope: Scope = {}): number {
  return run(toExpr(expr), canonicalScope(scope));
}

/**
 * {@link evaluate} with a scope whose names are already canonical, in a table without
 * prototype (as `canonicalScope` makes): a graph evaluating step after step does not copy its
 * growing table for every step.
 */
export function evaluateCanonical(expr: Expr, scope: Record<string, number>): number {
  return run(expr, scope);
}
