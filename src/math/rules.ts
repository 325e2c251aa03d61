import type { Expr } from "./ast";
import { call, num, variable } from "./ast";
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
