import type { Expr } from "./ast";
import { add, call, childrenOf, div, freeVariables, mul, neg, pow, variable } from "./ast";
import { canonicalName } from "./lexer";
import { toExpr } from "./parse";
import { keyOf } from "./product";

/** A formula, or named steps evaluated in order (`{ z: "w*x + b", a: "sigmoid(z)", L: "(a - y)^2" }`). */
export type GraphProgram = string | Expr | Readonly<Record<string, string | Expr>>;

/** One named step of a program: `z = w*x + b`. */
export interface Step {
  name: string;
  expression: Expr;
}

function decompose(root: Expr, taken: Set<string>): Step[] {
  const steps: Step[] = [];
  const byKey = new Map<string, string>();
  let counter = 0;
  // Whether a sub-tree holds a variable, once per node (asking freeVariables at every level of a
  // deep formula would cost its size times its depth).
  const varying = new Map<Expr, boolean>();
  const hasVariable = (e: Expr): boolean => {
    let known = varying.get(e);
    if (known === undefined) {
      known = e.kind === "variable" || childrenOf(e).some(hasVariable);
      varying.set(e, known);
    }
    return known;
  };
  const visit = (e: Expr): Expr => {
    if (e.kind === "variable" || !hasVariable(e)) return e;
    const rebuilt =
      e.kind === "add"
        ? add(e.terms.map((t) => (t.kind === "neg" ? neg(visit(t.arg)) : visit(t))))
        : rebuild(e, childrenOf(e).map(visit));
    const key = keyOf(rebuilt);
    const existing = byKey.get(key);
    if (existing) return variable(existing);
    let name: string;
    do name = `v${++counter}`;
    while (taken.has(name));
    steps.push({ name, expression: rebuilt });
    byKey.set(key, name);
    return variable(name);
  };
  visit(root);
  if (steps.length === 0) steps.push({ name: "f", expression: root });
  return steps;
}

function rebuild(e: Expr, children: readonly Expr[]): Expr {
  const [a, b] = children as [Expr, Expr];
  switch (e.kind) {
    case "neg":
      return neg(a);
    case "add":
      return add(children);
    case "mul":
      return mul(children);
    case "div":
      return div(a, b);
    case "pow":
      return pow(a, b);
    case "call":
      return call(e.fn, children);
    default:
      return e;
  }
}

/** The named steps of a program; a single formula is decomposed into one step per operation. */
export function stepsOf(program: GraphProgram, values: Record<string, number>): Step[] {
  if (typeof program === "string" || "kind" in program) {
    const expr = toExpr(program as string | Expr);
    return decompose(expr, new Set([...freeVariables(expr), ...Object.keys(values)]));
  }
  return Object.entries(program).map(([name, source]) => ({
    name: canonicalName(name),
    expression: toExpr(source),
  }));
}
