import type { FunctionName } from "./functions";
import { charge } from "./meter";

/** A number literal. Trees built by this library only hold finite, non-negative values. */
export interface NumberNode {
  readonly kind: "number";
  readonly value: number;
}
/** A named mathematical constant: `pi` (π) or `e`. */
export interface ConstantNode {
  readonly kind: "constant";
  readonly name: "pi" | "e";
}
/** A variable, by its canonical name (`w₁`, `w_1` and `w1` are all `"w1"`). */
export interface VariableNode {
  readonly kind: "variable";
  readonly name: string;
}
/** Unary minus. */
export interface NegNode {
  readonly kind: "neg";
  readonly arg: Expr;
}
/** A sum of two or more terms; `a - b` is `add[a, neg(b)]`. */
export interface AddNode {
  readonly kind: "add";
  readonly terms: readonly Expr[];
}
/** A product of two or more factors (explicit `*`, `·`, `×` or implicit `2x`). */
export interface MulNode {
  readonly kind: "mul";
  readonly factors: readonly Expr[];
}
/** A quotient `num / den`. */
export interface DivNode {
  readonly kind: "div";
  readonly num: Expr;
  readonly den: Expr;
}
/** A power `base ^ exp` (right-associative). */
export interface PowNode {
  readonly kind: "pow";
  readonly base: Expr;
  readonly exp: Expr;
}
/** A call of a built-in function such as `sin(x)` or `max(a, b)`. */
export interface CallNode {
  readonly kind: "call";
  readonly fn: FunctionName;
  readonly args: readonly Expr[];
}

/** An expression tree: immutable plain data, safe to share, compare and serialise. */
export type Expr =
  | NumberNode
  | ConstantNode
  | VariableNode
  | NegNode
  | AddNode
  | MulNode
  | DivNode
  | PowNode
  | CallNode;

/** A number node. */
export const num = (value: number): NumberNode => {
  charge();
  return { kind: "number", value };
};
/** A constant node. */
export const constant = (name: "pi" | "e"): ConstantNode => ({ kind: "constant", name });
/** A variable node (the name is used as given; see `canonicalName`). */
export const variable = (name: string): VariableNode => ({ kind: "variable", name });
/** A unary minus node (no simplification). */
export const neg = (arg: Expr): NegNode => {
  charge();
  return { kind: "neg", arg };
};
/** A sum node (no simplification). */
export const add = (terms: readonly Expr[]): AddNode => {
  charge(terms.length);
  return { kind: "add", terms };
};
/** A product node (no simplification). */
export const mul = (factors: readonly Expr[]): MulNode => {
  charge(factors.length);
  return { kind: "mul", factors };
};
/** A quotient node (no simplification). */
export const div = (numerator: Expr, denominator: Expr): DivNode => {
  charge();
  return { kind: "div", num: numerator, den: denominator };
};
/** A power node (no simplification). */
export const pow = (base: Expr, exp: Expr): PowNode => {
  charge();
  return { kind: "pow", base, exp };
};
/** A call node (no simplification, no arity check). */
export const call = (fn: FunctionName, args: readonly Expr[]): CallNode => {
  charge(args.length);
  return { kind: "call", fn, args };
};

/** The direct sub-expressions of a node, in order. */
export function childrenOf(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case "neg":
      return [e.arg];
    case "add":
      return e.terms;
    case "mul":
      return e.factors;
    case "div":
      return [e.num, e.den];
    case "pow":
      return [e.base, e.exp];
    case "call":
      return e.args;
    default:
      return [];
  }
}

/** Structural equality of two trees (numbers compared with `Object.is`). */
export function exprEquals(a: Expr, b: Expr): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "number":
      return Object.is(a.value, (b as NumberNode).value);
    case "constant":
    case "variable":
      return a.name === (b as VariableNode).name;
    case "call":
      if (a.fn !== (b as CallNode).fn) return false;
  }
  const ca = childrenOf(a);
  const cb = childrenOf(b);
  return ca.length === cb.length && ca.every((child, i) => exprEquals(child, cb[i] as Expr));
}

/** The variables of a tree, in order of first appearance. */
export function freeVariables(e: Expr): string[] {
  const seen = new Set<string>();
  const visit = (node: Expr): void => {
    charge();
    if (node.kind === "variable") seen.add(node.name);
    else for (const child of childrenOf(node)) visit(child);
  };
  visit(e);
  return [...seen];
}

/** True when the tree mentions the variable `name`. */
export function dependsOn(e: Expr, name: string): boolean {
  charge();
  if (e.kind === "variable") return e.name === name;
  return childrenOf(e).some((child) => dependsOn(child, name));
}

/** `e` with every sub-tree for which `replace` returns an expression swapped for it. */
export function substitute(e: Expr, replace: (node: Expr) => Expr | undefined): Expr {
  const swapped = replace(e);
  if (swapped) return swapped;
  switch (e.kind) {
    case "neg":
      return neg(substitute(e.arg, replace));
    case "add":
      return add(e.terms.map((t) => substitute(t, replace)));
    case "mul":
      return mul(e.factors.map((f) => substitute(f, replace)));
    case "div":
      return div(substitute(e.num, replace), substitute(e.den, replace));
    case "pow":
      return pow(substitute(e.base, replace), substitute(e.exp, replace));
    case "call":
      return call(
        e.fn,
        e.args.map((a) => substitute(a, replace)),
      );
    default:
      return e;
  }
}
