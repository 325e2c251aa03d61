import type { Expr } from "./ast";
import type { FunctionName } from "./functions";
import { charge } from "./meter";
import { rationalOf } from "./rational";

/** Functions whose values are never negative. */
const NON_NEGATIVE = new Set<FunctionName>([
  "exp",
  "sqrt",
  "abs",
  "cosh",
  "sech",
  "sigmoid",
  "softplus",
  "relu",
  "arccos",
  "arccot",
  "arcosh",
]);

/**
 * True when `e` is never negative wherever it is defined, by its form: a number ≥ 0, π, e, an
 * even power, `eᵘ`, `sqrt`, `abs`, `cosh`…, and sums, products and quotients of such. A
 * teacher drops `abs` around `x² + 1`; so does `simplify`.
 */
export function nonNegative(e: Expr): boolean {
  charge();
  switch (e.kind) {
    case "number":
      return e.value >= 0;
    case "constant":
      return true;
    case "add":
      return e.terms.every(nonNegative);
    case "mul":
      return e.factors.every(nonNegative);
    case "div":
      return nonNegative(e.num) && nonNegative(e.den);
    case "pow": {
      const r = rationalOf(e.exp);
      if (r && r.d === 1 && r.n % 2 === 0) return true;
      return nonNegative(e.base) && (r !== undefined || e.base.kind === "constant");
    }
    case "call":
      return NON_NEGATIVE.has(e.fn);
    default:
      return false;
  }
}
