import type { Expr } from "./ast";
import { MAX_SIMPLIFY_NODES, MAX_SYMBOLIC_WORK, overBudget, writtenSize } from "./budgets";
import type { ExpressionError } from "./errors";
import { budgetsOff, metering, withBudget } from "./meter";
import { applyFunction, negative, power, productOfAll, quotient, sumOf } from "./algebra";

/**
 * Rewrites a tree in the form a teacher would write: constants folded, like terms and equal
 * factors combined, coefficient in front, `x^1`, `0·u`, `u + 0` removed, common factors
 * cancelled. Never folds a value that is not finite (`1/0` stays `1/0`). Work past
 * {@link MAX_SYMBOLIC_WORK}, or a result past {@link MAX_SIMPLIFY_NODES}, is refused (code
 * `"simplify-too-large"`), never cut short.
 */
export function simplify(e: Expr): Expr {
  const code = "simplify-too-large";
  const tooMuch = (): ExpressionError => overBudget(code, MAX_SYMBOLIC_WORK, "work");
  // Inside another budgeted call (a derivative), that call checks the size of its own result.
  const checkSize = !metering() && !budgetsOff();
  return withBudget(MAX_SYMBOLIC_WORK, tooMuch, () => {
    const simplified = simplifyTree(e);
    if (checkSize && writtenSize(simplified, MAX_SIMPLIFY_NODES) > MAX_SIMPLIFY_NODES)
      throw overBudget(code, MAX_SIMPLIFY_NODES);
    return simplified;
  });
}

function simplifyTree(e: Expr): Expr {
  switch (e.kind) {
    case "number":
    case "constant":
    case "variable":
      return e;
    case "neg":
      return negative(simplifyTree(e.arg));
    case "add":
      return sumOf(e.terms.map(simplifyTree));
    case "mul":
      return productOfAll(e.factors.map(simplifyTree));
    case "div":
      return quotient(simplifyTree(e.num), simplifyTree(e.den));
    case "pow":
      return power(simplifyTree(e.base), simplifyTree(e.exp));
    case "call":
      return applyFunction(e.fn, e.args.map(simplifyTree));
  }
}
