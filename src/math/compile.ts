import type { Expr } from "./ast";
import { dependsOn } from "./ast";
import { ExpressionError } from "./errors";
import { power } from "./evaluate";
import { functionSpec } from "./functions";
import { canonicalName } from "./lexer";
import { toExpr } from "./parse";
import type { Scope } from "./scope";
import { canonicalScope, ownValue, unknownVariable } from "./scope";

/** A compiled formula: arguments in the order of the variable list given to {@link compile}. */
export type CompiledFunction = (...values: number[]) => number;

type Thunk = () => number;

function constantsOnly(e: Expr, variables: readonly string[]): boolean {
  return variables.every((v) => !dependsOn(e, v));
}

function build(
  e: Expr,
  variables: readonly string[],
  env: Float64Array,
  fixed: Record<string, number>,
  fold = true,
): Thunk {
  if (fold && e.kind !== "number" && e.kind !== "variable" && constantsOnly(e, variables)) {
    const value = build(e, variables, env, fixed, false)();
    return () => value;
  }
  const sub = (child: Expr): Thunk => build(child, variables, env, fixed, fold);
  switch (e.kind) {
    case "number": {
      const value = e.value;
      return () => value;
    }
    case "constant": {
      const value = e.name === "pi" ? Math.PI : Math.E;
      return () => value;
    }
    case "variable": {
      const index = variables.indexOf(e.name);
      if (index >= 0) return () => env[index] as number;
      const value = ownValue(fixed, e.name);
      if (value === undefined) throw unknownVariable(e, [...variables, ...Object.keys(fixed)]);
      return () => value;
    }
    case "neg": {
      const a = sub(e.arg);
      return () => -a();
    }
    case "add": {
      const [first, ...rest] = e.terms as [Expr, ...Expr[]];
      let total = sub(first);
      for (const term of rest) {
        const left = total;
        if (term.kind === "neg") {
          const right = sub(term.arg);
          total = () => left() - right();
        } else {
          const right = sub(term);
          total = () => left() + right();
        }
      }
      return total;
    }
    case "mul": {
      const [first, ...rest] = e.factors.map(sub) as [Thunk, ...Thunk[]];
      let total = first;
      for (const right of rest) {
        const left = total;
        total = () => left() * right();
      }
      return total;
    }
    case "div": {
      const a = sub(e.num);
      const b = sub(e.den);
      return () => a() / b();
    }
    case "pow": {
      const a = sub(e.base);
      if (constantsOnly(e.exp, variables)) {
        const n = sub(e.exp)();
        if (n === 2)
          return () => {
            const v = a();
            return v * v;
          };
        if (n === 3)
          return () => {
            const v = a();
            return v * v * v;
          };
        if (Number.isInteger(n)) return () => Math.pow(a(), n);
        return () => power(a(), n);
      }
      const b = sub(e.exp);
      return () => power(a(), b());
    }
    case "call": {
      const spec = functionSpec(e.fn);
      const unary = spec.unary;
      if (unary && e.args.length === 1) {
        const a = sub(e.args[0] as Expr);
        return () => unary(a());
      }
      const args = e.args.map(sub);
      const apply = spec.apply;
      if (apply === Math.min || apply === Math.max) {
        // Folded pairwise: the same value (NaN wins, −0 below +0), no array per evaluation.
        const [first, ...rest] = args as [Thunk, ...Thunk[]];
        return () => {
          let value = first();
          for (const f of rest) value = apply(value, f());
          return value;
        };
      }
      if (args.length === 2) {
        const [a, b] = args as [Thunk, Thunk];
        return () => apply(a(), b());
      }
      return () => apply(...args.map((f) => f()));
    }
  }
}

/**
 * Compiles a formula into a fast JavaScript function of the listed variables, built from
 * closures (never `eval` or `new Function`). Other variables take their value from
 * `constants`; a variable in neither throws an {@link ExpressionError} now, not at call time.
 * Parts that do not depend on the variables are computed once, at compile time.
 * @example compile("x^2", ["x"])(3) // 9
 */
export function compile(
  expr: string | Expr,
  variables: readonly string[],
  constants: Scope = {},
): CompiledFunction {
  const tree = toExpr(expr);
  const names = variables.map(canonicalName);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== undefined)
    throw new ExpressionError(
      `The variable '${duplicate}' is listed twice`,
      0,
      0,
      "unknown-variable",
    );
  const env = new Float64Array(names.length);
  const root = build(tree, names, env, canonicalScope(constants));
  switch (names.length) {
    case 0:
      return () => root();
    case 1:
      return (x: number) => {
        env[0] = x;
        return root();
      };
    case 2:
      return (x: number, y: number) => {
        env[0] = x;
        env[1] = y;
        return root();
      };
    default:
      return (...values: number[]) => {
        for (let i = 0; i < names.length; i++) env[i] = values[i] ?? Number.NaN;
        return root();
      };
  }
}
