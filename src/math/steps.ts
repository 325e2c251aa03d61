import type { Expr } from "./ast";
import { add, call, dependsOn, div, freeVariables, mul, neg, num, pow, variable as varNode } from "./ast";
import { negative, power, sumOf } from "./algebra";
import { derive } from "./differentiate";
import { format } from "./format";
import { canonicalName } from "./lexer";
import { toExpr } from "./parse";
import { elementaryDerivative } from "./rules";
import { simplify } from "./simplify";
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

const U = varNode("u");
const trivial = (e: Expr, x: string): boolean => !dependsOn(e, x) || (e.kind === "variable" && e.name === x);

interface Application {
  rule: DerivativeRule;
  /** The rule applied, with each sub-derivative produced by `d`. */
  build: (d: (child: Expr) => Expr) => Expr;
  children: Expr[];
  explanation: string;
  chain?: { outer: Expr; outerDerivative: Expr; inner: Expr };
}

function analyse(e: Expr, x: string): Application | undefined {
  const xs = varNode(x);
  switch (e.kind) {
    case "neg":
      return { rule: "constant-multiple", build: (d) => neg(d(e.arg)), children: [e.arg], explanation: "A minus sign stays in front: (−u)' = −u'." };
    case "add":
      return { rule: "sum", build: (d) => add(e.terms.map((t) => (t.kind === "neg" ? neg(d(t.arg)) : d(t)))), children: e.terms.map((t) => (t.kind === "neg" ? t.arg : t)), explanation: "Sum rule: differentiate term by term." };
    case "mul": {
      const varying = e.factors.filter((f) => dependsOn(f, x));
      if (varying.length === 1) {
        return { rule: "constant-multiple", build: (d) => mul(e.factors.map((f) => (dependsOn(f, x) ? d(f) : f))), children: varying, explanation: "Constant multiple rule: constant factors stay, differentiate the rest." };
      }
      const build = (d: (c: Expr) => Expr): Expr =>
        add(e.factors.flatMap((f, i) => (dependsOn(f, x) ? [mul(e.factors.map((g, j) => (i === j ? d(g) : g)))] : [])));
      return { rule: "product", build, children: varying, explanation: "Product rule: (uv)' = u'v + uv'." };
    }
    case "div": {
      const { num: u, den: v } = e;
      if (!dependsOn(v, x)) return { rule: "constant-multiple", build: (d) => div(d(u), v), children: [u], explanation: "Dividing by a constant: (u/c)' = u'/c." };
      const v2 = pow(v, num(2));
      if (!dependsOn(u, x)) return { rule: "quotient", build: (d) => neg(div(mul([u, d(v)]), v2)), children: [v], explanation: "Reciprocal rule: (c/v)' = −c·v'/v²." };
      return { rule: "quotient", build: (d) => div(add([mul([d(u), v]), neg(mul([u, d(v)]))]), v2), children: [u, v], explanation: "Quotient rule: (u/v)' = (u'v − uv')/v²." };
    }
    case "pow": {
      const { base: u, exp: n } = e;
      if (!dependsOn(n, x)) {
        const m = sumOf([n, negative(num(1))]);
        const outerDerivative = (b: Expr): Expr => mul([n, power(b, m)]);
        if (u.kind === "variable") return { rule: "power", build: () => outerDerivative(u), children: [], explanation: `Power rule: (xⁿ)' = n·xⁿ⁻¹ with n = ${toTeX(n)}.` };
        return { rule: "chain", build: (d) => mul([n, power(u, m), d(u)]), children: [u], explanation: "Chain rule with the power rule outside.", chain: { outer: pow(U, n), outerDerivative: simplify(outerDerivative(U)), inner: u } };
      }
      const lnA = call("ln", [u]);
      if (!dependsOn(u, x)) {
        const isE = u.kind === "constant" && u.name === "e";
        const withLn = (...factors: Expr[]): Expr => (isE ? mul(factors) : mul([factors[0] as Expr, lnA, ...factors.slice(1)]));
        const outerDerivative = simplify(withLn(pow(u, U)));
        if (n.kind === "variable") return { rule: "exponential", build: () => (isE ? e : mul([e, lnA])), children: [], explanation: isE ? "The exponential is its own slope: (eˣ)' = eˣ." : "Exponential rule: (aˣ)' = aˣ·ln a." };
        return { rule: "chain", build: (d) => withLn(e, d(n)), children: [n], explanation: "Chain rule with an exponential outside.", chain: { outer: pow(u, U), outerDerivative, inner: n } };
      }
      return { rule: "general-power", build: (d) => mul([e, add([mul([d(n), lnA]), div(mul([n, d(u)]), u)])]), children: [u, n], explanation: "Variable base and exponent: write u^v = e^(v·ln u), then (u^v)' = u^v·(v'·ln u + v·u'/u)." };
    }
    case "call": {
      if (e.fn === "min" || e.fn === "max") return undefined;
      const u = e.args[0] as Expr;
      if (u.kind === "variable" && u.name === x) return { rule: "elementary", build: () => elementaryDerivative(e.fn, xs), children: [], explanation: `Known derivative: ${e.fn}(${x})' = ${format(elementaryDerivative(e.fn, xs))}.` };
      return { rule: "chain", build: (d) => mul([elementaryDerivative(e.fn, u), d(u)]), children: [u], explanation: "Chain rule: (f(u))' = f'(u)·u'.", chain: { outer: call(e.fn, [U]), outerDerivative: elementaryDerivative(e.fn, U), inner: u } };
    }
    default:
      return undefined;
  }
}

/**
 * The worked derivation of `expr` with respect to `variable`, line by line, as a solution
 * shows it: each line names its rule (sum, constant multiple, power, product, quotient, chain
 * with outer and inner parts, each elementary derivative), children are indented one level
 * deeper, and the last line puts the pieces together and simplifies to {@link differentiate}'s result.
 */
export function derivationSteps(expr: string | Expr, variable: string): DerivationStep[] {
  const root = toExpr(expr);
  const x = canonicalName(variable);
  const partial = freeVariables(root).some((v) => v !== x);
  const dx = partial ? `\\frac{\\partial}{\\partial ${texVariable(x)}}` : `\\frac{d}{d${texVariable(x)}}`;
  const dOf = (e: Expr): string => `${dx}\\left[${toTeX(e)}\\right]`;
  const steps: DerivationStep[] = [];
  const visit = (e: Expr, depth: number): Expr => {
    const derivative = simplify(derive(e, x));
    const app = trivial(e, x) ? undefined : analyse(e, x);
    if (!app) {
      const rule: DerivativeRule = !dependsOn(e, x) ? "constant" : e.kind === "variable" ? "variable" : "elementary";
      const explanation = rule === "constant" ? "A constant does not change: its derivative is 0." : rule === "variable" ? "The slope of the variable itself is 1." : "Derivative of a piecewise function.";
      steps.push({ rule, depth, expression: e, derivative, tex: `${dOf(e)} = ${toTeX(derivative)}`, explanation });
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
      return child === undefined ? undefined : trivial(child, x) ? toTeX(simplify(derive(child, x))) : dOf(child);
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
    steps.push({ rule: app.rule, depth, expression: e, derivative, tex: `${dOf(e)}${line}`, explanation, ...(chain ? { chain } : {}) });
    if (done) return derivative;
    for (const child of nonTrivial) visit(child, depth + 1);
    steps.push({ rule: "simplify", depth, expression: e, derivative, tex: `${dOf(e)}${withResult(toTeX(substituted), toTeX(derivative))}`, explanation: "Put the pieces together and simplify." });
    return derivative;
  };
  visit(root, 0);
  return steps;
}

function withResult(substituted: string, result: string): string {
  return substituted === result ? ` = ${result}` : ` = ${substituted} = ${result}`;
}
