import type { Expr } from "./ast";
import { call, dependsOn, num } from "./ast";
import { applyFunction, negative, power, productOfAll, quotient, sumOf } from "./algebra";
import { MAX_DERIVATIVE_NODES, MAX_SYMBOLIC_WORK, overBudget, writtenSize } from "./budgets";
import type { ExpressionError } from "./errors";
import { canonicalName } from "./lexer";
import { budgetsOff, withBudget } from "./meter";
import { toExpr } from "./parse";
import { elementaryDerivative, logOfBase, withoutParameter } from "./rules";
import { simplify } from "./simplify";

const ZERO = num(0);
const ONE = num(1);

/** `max(a, b, …)` or `min(…)` of the arguments after the first, for the piecewise rule. */
const restOf = (fn: "min" | "max", args: readonly Expr[]): Expr =>
  args.length === 2 ? (args[1] as Expr) : call(fn, args.slice(1));

/** The derivative of `e` with respect to `x`, built with simplifying constructors. */
export function derive(e: Expr, x: string): Expr {
  if (!dependsOn(e, x)) return ZERO;
  switch (e.kind) {
    case "variable":
      return ONE;
    case "number":
    case "constant":
      return ZERO;
    case "neg":
      return negative(derive(e.arg, x));
    case "add":
      return sumOf(e.terms.map((t) => derive(t, x)));
    case "mul": {
      const varying = e.factors.filter((f) => dependsOn(f, x));
      if (varying.length === 1) {
        return productOfAll(e.factors.map((f) => (dependsOn(f, x) ? derive(f, x) : f)));
      }
      return sumOf(
        e.factors.map((f, i) =>
          dependsOn(f, x)
            ? productOfAll(e.factors.map((g, j) => (i === j ? derive(g, x) : g)))
            : ZERO,
        ),
      );
    }
    case "div": {
      const { num: u, den: v } = e;
      if (!dependsOn(v, x)) return quotient(derive(u, x), v);
      const dv = derive(v, x);
      if (!dependsOn(u, x)) return negative(quotient(productOfAll([u, dv]), power(v, num(2))));
      const top = sumOf([productOfAll([derive(u, x), v]), negative(productOfAll([u, dv]))]);
      return quotient(top, power(v, num(2)));
    }
    case "pow": {
      const { base: u, exp: n } = e;
      if (!dependsOn(n, x)) {
        return productOfAll([n, power(u, sumOf([n, negative(ONE)])), derive(u, x)]);
      }
      if (!dependsOn(u, x)) {
        const lnA = logOfBase(u);
        return lnA === "zero" ? ZERO : productOfAll([e, lnA, derive(n, x)]);
      }
      const lnU = applyFunction("ln", [u]);
      const inner = sumOf([
        productOfAll([derive(n, x), lnU]),
        quotient(productOfAll([n, derive(u, x)]), u),
      ]);
      return productOfAll([e, inner]);
    }
    case "call": {
      if (e.fn === "min" || e.fn === "max") {
        const a = e.args[0] as Expr;
        const rest = restOf(e.fn, e.args);
        const sign = e.fn === "max" ? 1 : -1;
        const gap = sign > 0 ? sumOf([a, negative(rest)]) : sumOf([rest, negative(a)]);
        const pickA = applyFunction("step", [gap]);
        const otherGap = sign > 0 ? sumOf([rest, negative(a)]) : sumOf([a, negative(rest)]);
        const pickRest = applyFunction("step", [otherGap]);
        return sumOf([
          productOfAll([pickA, derive(a, x)]),
          productOfAll([pickRest, derive(rest, x)]),
        ]);
      }
      const u = e.args[0] as Expr;
      const parameter = e.args[1];
      if (parameter && dependsOn(parameter, x)) return derive(withoutParameter(e), x);
      return productOfAll([elementaryDerivative(e.fn, u, parameter), derive(u, x)]);
    }
  }
}

/**
 * The exact derivative of `expr` with respect to `variable`, simplified to teacher form:
 * `x^2` → `2x`, `(3x+1)^2` → `6(3x + 1)`, `sigmoid(x)` → `σ(x)(1 − σ(x))`, `e^x` → `e^x`.
 * Accepts a formula or a tree; throws {@link ExpressionError} for a formula that does not parse,
 * and (code `"derivative-too-large"`) for one whose derivative would pass
 * {@link MAX_DERIVATIVE_NODES} or take more than {@link MAX_SYMBOLIC_WORK}: a refusal, never a
 * partial result.
 */
export function differentiate(expr: string | Expr, variable: string): Expr {
  const e = toExpr(expr);
  const x = canonicalName(variable);
  const code = "derivative-too-large";
  const tooMuch = (): ExpressionError => overBudget(code, MAX_SYMBOLIC_WORK, "work");
  return withBudget(MAX_SYMBOLIC_WORK, tooMuch, () => {
    const derivative = simplify(derive(e, x));
    if (!budgetsOff() && writtenSize(derivative, MAX_DERIVATIVE_NODES) > MAX_DERIVATIVE_NODES)
      throw overBudget(code, MAX_DERIVATIVE_NODES);
    return derivative;
  });
}
