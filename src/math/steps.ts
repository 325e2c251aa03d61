import type { Expr } from "./ast";
import { dependsOn, freeVariables, variable as varNode } from "./ast";
import { MAX_SYMBOLIC_WORK, overBudget } from "./budgets";
import { derive } from "./differentiate";
import type { ExpressionError } from "./errors";
import { format } from "./formatExpression";
import { canonicalName } from "./lexer";
import { toExpr } from "./parse";
import { withBudget } from "./meter";
import { simplify } from "./simplify";
import { analyse, trivial } from "./stepRules";
import { texVariable, toTeX, toTeXWith } from "./tex";

/** The rule a derivation line applies. */
export type DerivativeRule =
  | "constant"
  | "variable"
  | "sum"
  | "constant-multiple"
  | "product"
  | "quotient"
  | "power"
  | "exponential"
  | "general-power"
  | "elementary"
  | "chain"
  | "simplify";

/** The two halves of a chain-rule line, as TeX, with `u` standing for the inner part. */
export interface ChainParts {
  readonly outer: string;
  readonly outerDerivative: string;
  readonly inner: string;
  readonly innerDerivative: string;
}

/** One line of a worked derivation. */
export interface DerivationStep {
  /** Which rule this line applies (stable code, translate it in the UI). */
  readonly rule: DerivativeRule;
  /** Nesting level: 0 for the whole expression, 1 for its parts, … */
  readonly depth: number;
  /** What this line differentiates. */
  readonly expression: Expr;
  /** Its derivative, simplified. */
  readonly derivative: Expr;
  /** The line as TeX, e.g. `\frac{d}{dx}\left[(2x + 1)^{3}\right] = 3(2x + 1)^{2} \cdot \frac{d}{dx}\left[2x + 1\right]`. */
  readonly tex: string;
  /** The line in plain English. */
  readonly explanation: string;
  /** For a chain-rule line: outer and inner parts. */
  readonly chain?: ChainParts;
}

/**
 * The worked derivation of `expr` with respect to `variable`, line by line, as a solution
 * shows it: each line names its rule (sum, constant multiple, power, product, quotient, chain
 * with outer and inner parts, each elementary derivative), children are indented one level
 * deeper, and the last line puts the pieces together and simplifies to {@link differentiate}'s result.
 */
export function derivationSteps(expr: string | Expr, variable: string): DerivationStep[] {
  const refuse = (): ExpressionError => overBudget("steps-too-large", MAX_SYMBOLIC_WORK, "work");
  return withBudget(MAX_SYMBOLIC_WORK, refuse, () => stepsOf(expr, variable));
}

function stepsOf(expr: string | Expr, variable: string): DerivationStep[] {
  const root = toExpr(expr);
  const x = canonicalName(variable);
  const partial = freeVariables(root).some((v) => v !== x);
  const dx = partial
    ? `\\frac{\\partial}{\\partial ${texVariable(x)}}`
    : `\\frac{d}{d${texVariable(x)}}`;
  const dOf = (e: Expr): string => `${dx}\\left[${toTeX(e)}\\right]`;
  const steps: DerivationStep[] = [];
  const visit = (e: Expr, depth: number): Expr => {
    const derivative = simplify(derive(e, x));
    const app = trivial(e, x) ? undefined : analyse(e, x);
    if (!app) {
      const rule: DerivativeRule = !dependsOn(e, x)
        ? "constant"
        : e.kind === "variable"
          ? "variable"
          : "elementary";
      const explanation =
        rule === "constant"
          ? "A constant does not change: its derivative is 0."
          : rule === "variable"
            ? "The slope of the variable itself is 1."
            : "Derivative of a piecewise function.";
      steps.push({
        rule,
        depth,
        expression: e,
        derivative,
        tex: `${dOf(e)} = ${toTeX(derivative)}`,
        explanation,
      });
      return derivative;
    }
    const placeholders = new Map<Expr, Expr>();
    const template = app.build((child) => {
      const marker = varNode(`\u0000${placeholders.size}`);
      placeholders.set(marker, child);
      return marker;
    });
    const nonTrivial = app.children.filter((c) => !trivial(c, x));
    const templateTeX = toTeXWith(template, (node) => {
      const child = placeholders.get(node);
      return child === undefined
        ? undefined
        : trivial(child, x)
          ? toTeX(simplify(derive(child, x)))
          : dOf(child);
    });
    const chain = app.chain && {
      outer: toTeX(app.chain.outer),
      outerDerivative: toTeX(app.chain.outerDerivative),
      inner: toTeX(app.chain.inner),
      innerDerivative: toTeX(simplify(derive(app.chain.inner, x))),
    };
    const explanation = app.chain
      ? `${app.explanation} Outer: ${format(app.chain.outer)} → ${format(app.chain.outerDerivative)}; inner: u = ${format(app.chain.inner)}.`
      : app.explanation;
    const done = nonTrivial.length === 0;
    const substituted = app.build((child) => simplify(derive(child, x)));
    const line = done ? withResult(templateTeX, toTeX(derivative)) : ` = ${templateTeX}`;
    steps.push({
      rule: app.rule,
      depth,
      expression: e,
      derivative,
      tex: `${dOf(e)}${line}`,
      explanation,
      ...(chain ? { chain } : {}),
    });
    if (done) return derivative;
    for (const child of nonTrivial) visit(child, depth + 1);
    steps.push({
      rule: "simplify",
      depth,
      expression: e,
      derivative,
      tex: `${dOf(e)}${withResult(toTeX(substituted), toTeX(derivative))}`,
      explanation: "Put the pieces together and simplify.",
    });
    return derivative;
  };
  visit(root, 0);
  return steps;
}

function withResult(substituted: string, result: string): string {
  return substituted === result ? ` = ${result}` : ` = ${substituted} = ${result}`;
}
