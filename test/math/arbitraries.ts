import fc from "fast-check";
import type { Expr, FunctionName } from "../../src/math";

const UNARY: FunctionName[] = [
  "sin",
  "cos",
  "tan",
  "exp",
  "ln",
  "log10",
  "sqrt",
  "abs",
  "sigmoid",
  "tanh",
  "relu",
  "softplus",
  // #16
  "sec",
  "cot",
  "arcsin",
  "arctan",
  "sinh",
  "cosh",
  "arsinh",
  "arcosh",
  "artanh",
  "cbrt",
  "log2",
];
const SMOOTH: FunctionName[] = [
  "sin",
  "cos",
  "exp",
  "ln",
  "sqrt",
  "sigmoid",
  "tanh",
  "softplus",
  "arctan",
  "sinh",
  "arsinh",
];

/** Canonical trees (as `parse` builds them) over the given variables. */
export function exprArbitrary(
  variables: string[],
  options: { smooth?: boolean; depth?: number } = {},
): fc.Arbitrary<Expr> {
  const fns = options.smooth ? SMOOTH : UNARY;
  const leaf: fc.Arbitrary<Expr> = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(...variables).map((name): Expr => ({ kind: "variable", name })),
    },
    {
      weight: 2,
      arbitrary: fc.integer({ min: 0, max: 9 }).map((value): Expr => ({ kind: "number", value })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(0.5, 1.5, 2.25, 1e-3)
        .map((value): Expr => ({ kind: "number", value })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<"pi" | "e">("pi", "e")
        .map((name): Expr => ({ kind: "constant", name })),
    },
  );
  const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
    expr: fc.oneof(
      { depthSize: "small", maxDepth: options.depth ?? 4, withCrossShrink: true },
      leaf,
      tie("expr").map((arg): Expr => ({ kind: "neg", arg })),
      fc
        .array(tie("expr"), { minLength: 2, maxLength: 3 })
        .map((terms): Expr => ({ kind: "add", terms })),
      fc
        .array(tie("expr"), { minLength: 2, maxLength: 3 })
        .map((factors): Expr => ({ kind: "mul", factors })),
      fc.tuple(tie("expr"), tie("expr")).map(([num, den]): Expr => ({ kind: "div", num, den })),
      fc
        .tuple(
          tie("expr"),
          fc.oneof(
            fc.integer({ min: 0, max: 4 }).map((value): Expr => ({ kind: "number", value })),
            tie("expr"),
          ),
        )
        .map(([base, exp]): Expr => ({ kind: "pow", base, exp })),
      fc
        .tuple(fc.constantFrom(...fns), tie("expr"))
        .map(([fn, arg]): Expr => ({ kind: "call", fn, args: [arg] })),
    ),
  }));
  return expr;
}
