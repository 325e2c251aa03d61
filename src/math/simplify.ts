import type { Expr } from "./ast";
import { applyFunction, negative, power, productOfAll, quotient, sumOf } from "./algebra";

/**
 * Rewrites a tree in the form a teacher would write: constants folded, like terms and equal
 * factors combined, coefficient in front, `x^1`, `0·u`, `u + 0` removed, common factors
 * cancelled. Never folds a value that is not finite (`1/0` stays `1/0`).
 */
export function simplify(e: Expr): Expr {
  switch (e.kind) {
    case "number":
    case "constant":
    case "variable":
      return e;
    case "neg":
      return negative(simplify(e.arg));
    case "add":
      return sumOf(e.terms.map(simplify));
    case "mul":
      return productOfAll(e.factors.map(simplify));
    case "div":
      return quotient(simplify(e.num), simplify(e.den));
    case "pow":
      return power(simplify(e.base), simplify(e.exp));
    case "call":
      return applyFunction(e.fn, e.args.map(simplify));
  }
}
