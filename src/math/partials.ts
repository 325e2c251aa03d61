import type { Expr } from "./ast";
import { compile } from "./compile";
import { differentiate } from "./differentiate";
import { toExpr } from "./parse";
import type { Scope } from "./scope";

/**
 * The partial derivatives of `expr`, one per variable, in teacher form:
 * `gradient("w1^2 + 2w2^2", ["w1", "w2"])` is `[2w1, 4w2]`.
 */
export function gradient(expr: string | Expr, variables: readonly string[]): Expr[] {
  const tree = toExpr(expr);
  return variables.map((v) => differentiate(tree, v));
}

/**
 * The gradient as a fast function of the variables (compiled partials):
 * `compileGradient("w1^2 + 2w2^2", ["w1", "w2"])(1, 1)` is `[2, 4]`.
 * Other variables take their values from `constants`.
 */
export function compileGradient(
  expr: string | Expr,
  variables: readonly string[],
  constants: Scope = {},
): (...values: number[]) => number[] {
  const partials = gradient(expr, variables).map((p) => compile(p, variables, constants));
  return (...values) => partials.map((p) => p(...values));
}
