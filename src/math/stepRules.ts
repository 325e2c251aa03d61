import type { Expr } from "./ast";
import { add, call, dependsOn, div, mul, neg, num, pow, variable as varNode } from "./ast";
import { negative, power, sumOf } from "./algebra";
import { format } from "./formatExpression";
import { baseSign, elementaryDerivative, logOfBase, withoutParameter } from "./rules";
import { simplify } from "./simplify";
import type { DerivativeRule } from "./steps";
import { toTeX } from "./tex";

const U = varNode("u");
/** True for a part whose derivative needs no line of its own (a constant, or `x` itself). */
export const trivial = (e: Expr, x: string): boolean =>
  !dependsOn(e, x) || (e.kind === "variable" && e.name === x);

/** How one node is differentiated: its rule, the formula with sub-derivatives, its parts. */
export interface Application {
  rule: DerivativeRule;
  /** The rule applied, with each sub-derivative produced by `d`. */
  build: (d: (child: Expr) => Expr) => Expr;
  children: Expr[];
  explanation: string;
  chain?: { outer: Expr; outerDerivative: Expr; inner: Expr };
}

/** The rule that applies to `e` (undefined for leaves and min/max). */
export function analyse(e: Expr, x: string): Application | undefined {
  const xs = varNode(x);
  switch (e.kind) {
    case "neg":
      return {
        rule: "constant-multiple",
        build: (d) => neg(d(e.arg)),
        children: [e.arg],
        explanation: "A minus sign stays in front: (−u)' = −u'.",
      };
    case "add":
      return {
        rule: "sum",
        build: (d) => add(e.terms.map((t) => (t.kind === "neg" ? neg(d(t.arg)) : d(t)))),
        children: e.terms.map((t) => (t.kind === "neg" ? t.arg : t)),
        explanation: "Sum rule: differentiate term by term.",
      };
    case "mul": {
      const varying = e.factors.filter((f) => dependsOn(f, x));
      if (varying.length === 1) {
        return {
          rule: "constant-multiple",
          build: (d) => mul(e.factors.map((f) => (dependsOn(f, x) ? d(f) : f))),
          children: varying,
          explanation: "Constant multiple rule: constant factors stay, differentiate the rest.",
        };
      }
      const build = (d: (c: Expr) => Expr): Expr =>
        add(
          e.factors.flatMap((f, i) =>
            dependsOn(f, x) ? [mul(e.factors.map((g, j) => (i === j ? d(g) : g)))] : [],
          ),
        );
      return {
        rule: "product",
        build,
        children: varying,
        explanation: "Product rule: (uv)' = u'v + uv'.",
      };
    }
    case "div": {
      const { num: u, den: v } = e;
      if (!dependsOn(v, x))
        return {
          rule: "constant-multiple",
          build: (d) => div(d(u), v),
          children: [u],
          explanation: "Dividing by a constant: (u/c)' = u'/c.",
        };
      const v2 = pow(v, num(2));
      if (!dependsOn(u, x))
        return {
          rule: "quotient",
          build: (d) => neg(div(mul([u, d(v)]), v2)),
          children: [v],
          explanation: "Reciprocal rule: (c/v)' = −c·v'/v².",
        };
      return {
        rule: "quotient",
        build: (d) => div(add([mul([d(u), v]), neg(mul([u, d(v)]))]), v2),
        children: [u, v],
        explanation: "Quotient rule: (u/v)' = (u'v − uv')/v².",
      };
    }
    case "pow": {
      const { base: u, exp: n } = e;
      if (!dependsOn(n, x)) {
        const m = sumOf([n, negative(num(1))]);
        const outerDerivative = (b: Expr): Expr => mul([n, power(b, m)]);
        if (u.kind === "variable")
          return {
            rule: "power",
            build: () => outerDerivative(u),
            children: [],
            explanation: `Power rule: (xⁿ)' = n·xⁿ⁻¹ with n = ${toTeX(n)}.`,
          };
        return {
          rule: "chain",
          build: (d) => mul([n, power(u, m), d(u)]),
          children: [u],
          explanation: "Chain rule with the power rule outside.",
          chain: { outer: pow(U, n), outerDerivative: simplify(outerDerivative(U)), inner: u },
        };
      }
      if (!dependsOn(u, x)) {
        const sign = baseSign(u);
        if (sign === "zero")
          return {
            rule: "exponential",
            build: () => num(0),
            children: [],
            explanation:
              "A power of 0 is 0 wherever its exponent is positive (and undefined where it is negative): constant, so its slope is 0.",
          };
        // The step shows ln a as written (ln(e^2) stays), the result simplifies it.
        const lnA = sign === "negative" ? (logOfBase(u) as Expr) : call("ln", [u]);
        const isE = u.kind === "constant" && u.name === "e";
        const withLn = (...factors: Expr[]): Expr =>
          isE ? mul(factors) : mul([factors[0] as Expr, lnA, ...factors.slice(1)]);
        const outerDerivative = simplify(withLn(pow(u, U)));
        if (n.kind === "variable")
          return {
            rule: "exponential",
            build: () => (isE ? e : mul([e, lnA])),
            children: [],
            explanation: isE
              ? "The exponential is its own slope: (eˣ)' = eˣ."
              : sign === "negative"
                ? "Exponential rule with a negative base: (−a)ˣ is real only where it equals ±aˣ, so (−a)ˣ' = (−a)ˣ·ln a."
                : "Exponential rule: (aˣ)' = aˣ·ln a.",
          };
        return {
          rule: "chain",
          build: (d) => withLn(e, d(n)),
          children: [n],
          explanation: "Chain rule with an exponential outside.",
          chain: { outer: pow(u, U), outerDerivative, inner: n },
        };
      }
      const lnA = call("ln", [u]);
      return {
        rule: "general-power",
        build: (d) => mul([e, add([mul([d(n), lnA]), div(mul([n, d(u)]), u)])]),
        children: [u, n],
        explanation:
          "Variable base and exponent: write u^v = e^(v·ln u), then (u^v)' = u^v·(v'·ln u + v·u'/u).",
      };
    }
    case "call": {
      if (e.fn === "min" || e.fn === "max") return undefined;
      const u = e.args[0] as Expr;
      const p = e.args[1];
      if (p && dependsOn(p, x)) {
        // log(u, b) and nthroot(u, n) with a varying parameter: as ln(u)/ln(b) and u^(1/n).
        const rewritten = withoutParameter(e);
        const app = analyse(rewritten, x);
        return (
          app && {
            ...app,
            explanation: `Write ${format(e)} = ${format(rewritten)}. ${app.explanation}`,
          }
        );
      }
      const at = (v: Expr): Expr => call(e.fn, p ? [v, p] : [v]);
      if (u.kind === "variable" && u.name === x)
        return {
          rule: "elementary",
          build: () => elementaryDerivative(e.fn, xs, p),
          children: [],
          explanation: `Known derivative: ${format(at(xs))}' = ${format(elementaryDerivative(e.fn, xs, p))}.`,
        };
      return {
        rule: "chain",
        build: (d) => mul([elementaryDerivative(e.fn, u, p), d(u)]),
        children: [u],
        explanation: "Chain rule: (f(u))' = f'(u)·u'.",
        chain: { outer: at(U), outerDerivative: elementaryDerivative(e.fn, U, p), inner: u },
      };
    }
    default:
      return undefined;
  }
}
