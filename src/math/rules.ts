import type { Expr } from "./ast";
import { call, div, freeVariables, num, pow, variable } from "./ast";
import { evaluateCanonical } from "./evaluate";
import { applyFunction, negative, power, productOfAll, quotient, sumOf } from "./algebra";
import type { FunctionName } from "./functions";
import { functionSpec } from "./functions";

const ONE = num(1);

/**
 * The derivative of a one-argument built-in at `u`, in teacher form:
 * `sin → cos(u)`, `ln → 1/u`, `sigmoid → σ(u)(1 − σ(u))`, `tanh → 1 − tanh(u)²`.
 */
export function elementaryDerivative(fn: FunctionName, u: Expr, parameter?: Expr): Expr {
  const at = (f: FunctionName): Expr => applyFunction(f, [u]);
  const u2 = (): Expr => power(u, num(2));
  const over = (sign: 1 | -1, den: Expr): Expr =>
    sign > 0 ? quotient(ONE, den) : negative(quotient(ONE, den));
  // 1/sqrt(1 − u²), 1/sqrt(u² − 1), 1/sqrt(u² + 1)
  const rootOf = (a: Expr, b: Expr): Expr => applyFunction("sqrt", [sumOf([a, b])]);
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
    case "sec":
      return productOfAll([at("sec"), at("tan")]);
    case "csc":
      return negative(productOfAll([at("csc"), at("cot")]));
    case "cot":
      return over(-1, power(at("sin"), num(2)));
    case "arcsin":
      return over(1, rootOf(ONE, negative(u2())));
    case "arccos":
      return over(-1, rootOf(ONE, negative(u2())));
    case "arctan":
      return over(1, sumOf([ONE, u2()]));
    case "arccot":
      return over(-1, sumOf([ONE, u2()]));
    case "arcsec":
      return over(1, productOfAll([at("abs"), rootOf(u2(), num(-1))]));
    case "arccsc":
      return over(-1, productOfAll([at("abs"), rootOf(u2(), num(-1))]));
    case "sinh":
      return at("cosh");
    case "cosh":
      return at("sinh");
    case "coth":
      return over(-1, power(at("sinh"), num(2)));
    case "sech":
      return negative(productOfAll([at("sech"), at("tanh")]));
    case "csch":
      return negative(productOfAll([at("csch"), at("coth")]));
    case "arsinh":
      return over(1, rootOf(u2(), ONE));
    case "arcosh":
      return over(1, rootOf(u2(), num(-1)));
    case "artanh":
    case "arcoth":
      return over(1, sumOf([ONE, negative(u2())]));
    case "arsech":
      return over(-1, productOfAll([u, rootOf(ONE, negative(u2()))]));
    case "arcsch":
      return over(-1, productOfAll([at("abs"), rootOf(u2(), ONE)]));
    case "cbrt":
      return over(1, productOfAll([num(3), power(at("cbrt"), num(2))]));
    case "log2":
      return over(1, productOfAll([u, call("ln", [num(2)])]));
    case "log":
      return over(1, productOfAll([u, applyFunction("ln", [parameter ?? num(Number.NaN)])]));
    case "nthroot": {
      const n = parameter ?? num(Number.NaN);
      const root = applyFunction("nthroot", [u, n]);
      return over(1, productOfAll([n, power(root, sumOf([n, num(-1)]))]));
    }
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
 * `nthroot(u, n)` and `log(u, b)` written with powers and natural logarithms, `u^(1/n)` and
 * `ln(u)/ln(b)`: how they are differentiated when their parameter varies too.
 */
export function withoutParameter(e: Expr & { kind: "call" }): Expr {
  const [u, p] = e.args as [Expr, Expr];
  return e.fn === "nthroot" ? pow(u, div(ONE, p)) : div(call("ln", [u]), call("ln", [p]));
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
