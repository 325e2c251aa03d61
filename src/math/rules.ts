import type { Expr } from "./ast";
import { call, freeVariables, num, variable } from "./ast";
import { evaluateCanonical } from "./evaluate";
import { applyFunction, negative, power, productOfAll, quotient, sumOf } from "./algebra";
import type { FunctionName } from "./functions";
import { functionSpec } from "./functions";

const ONE = num(1);

/**
 * The derivative of a one-argument built-in at `u`, in teacher form:
 * `sin → cos(u)`, `ln → 1/u`, `sigmoid → σ(u)(1 − σ(u))`, `tanh → 1 − tanh(u)²`.
 */
export function elementaryDerivative(fn: FunctionName, u: Expr): Expr {
  const at = (f: FunctionName): Expr => applyFunction(f, [u]);
  switch (fn) {
    case "sin":
      return at("cos");
    case "cos":
      return negative(at("sin"));
    case "tan":
      return quotient(ONE, power(at("cos"), num(2)));
    case "exp":
      return at("exp");
    case "ln":
      return quotient(ONE, u);
    case "log10":
      return quotient(ONE, productOfAll([u, call("ln", [num(10)])]));
    case "sqrt":
      return quotient(ONE, productOfAll([num(2), at("sqrt")]));
    case "abs":
      return quotient(u, at("abs"));
    case "sigmoid":
      return productOfAll([at("sigmoid"), sumOf([ONE, negative(at("sigmoid"))])]);
    case "tanh":
      return sumOf([ONE, negative(power(at("tanh"), num(2)))]);
    case "relu":
      return at("step");
    case "softplus":
      return at("sigmoid");
    case "step":
      return num(0);
    case "min":
    case "max":
      return num(Number.NaN);
  }
  // A hand-built tree naming no built-in function (`toString`): "Unknown function".
  functionSpec(fn);
  return num(Number.NaN);
}

/** The outer derivative written with a placeholder `u` for the derivation steps: `u³ → 3u²`. */
export function outerDerivative(fn: FunctionName): { outer: Expr; derivative: Expr } {
  const u = variable("u");
  return { outer: call(fn, [u]), derivative: elementaryDerivative(fn, u) };
}

/**
 * The sign of a base `a` that does not vary, when it is made of numbers only: `"zero"`,
 * `"negative"`, or `"other"` (positive, or with other variables in it).
 */
export function baseSign(a: Expr): "zero" | "negative" | "other" {
  if (a.kind === "constant" || (a.kind === "number" && a.value > 0)) return "other";
  // freeVariables charges the meter for each node it visits, which pays for the evaluation.
  if (freeVariables(a).length > 0) return "other";
  const value = evaluateCanonical(a, Object.create(null) as Record<string, number>);
  return value === 0 ? "zero" : value < 0 ? "negative" : "other";
}

/**
 * The logarithm the exponential rule `(aᵛ)' = aᵛ·ln a·v'` needs for a base `a` that does not
 * vary: `ln a`, or for a base made of numbers only that is negative, `ln |a|` (`(−2)ᵛ` is real
 * only where it equals `±2ᵛ`, and there its slope is `(−2)ᵛ·ln 2`), or `"zero"` for a base
 * equal to 0 (`0ᵛ` is 0 wherever it is defined and `v ≠ 0`: its slope is 0). Never `ln` of a
 * number ≤ 0.
 */
export function logOfBase(a: Expr): Expr | "zero" {
  const sign = baseSign(a);
  if (sign === "zero") return "zero";
  if (sign === "other") return applyFunction("ln", [a]);
  return applyFunction("ln", [a.kind === "add" ? sumOf(a.terms.map(negative)) : negative(a)]);
}
