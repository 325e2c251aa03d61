import type { Expr } from "../math/ast";
import { writtenSize } from "../math/budgets";
import { compile } from "../math/compile";
import { differentiate } from "../math/differentiate";
import { format } from "../math/formatExpression";
import { numericDerivative } from "../math/numeric";
import { toTeX } from "../math/tex";
import type { ExpressionProblem } from "./expression";
import { checkExpression, treeProblem, withinBudget } from "./expression";

/** How the exact slope f′(x) is known. */
export type SlopeSource = "symbolic" | "given" | "estimated";

/** A function of one variable, ready for the secant model: callable, with its slope. */
export interface SlopeFunction {
  /** f, safe to call: never throws, NaN where undefined. */
  readonly f: (x: number) => number;
  /** The exact slope f′(x), or a Richardson estimate with its error. */
  readonly slope: (x: number) => { value: number; error: number };
  readonly source: SlopeSource;
  /** f as plain text (`x^2`) when f is a formula; `null` for a JavaScript function. */
  readonly text: string | null;
  /** TeX of f and f′ when f is a formula; `null` for a JavaScript function. */
  readonly texF: string | null;
  readonly texSlope: string | null;
  /**
   * What the engine left out because the formula is over one of its budgets (the exact
   * derivative, or the TeX of f or f′), as the engine's English message; `null` when nothing.
   * The curve, the secant and a numeric slope are still there.
   */
  readonly omitted: string | null;
  /** Nodes one call of f evaluates (the formula's size), for the sampling budget; 1 for a JavaScript function. */
  readonly cost: number;
  /**
   * How many times a JavaScript function has thrown so far, and the last message (shown in the
   * widget, never rethrown). Compare counts before and after a computation to see if it threw.
   */
  readonly throws: () => { readonly count: number; readonly message: string | null };
}

/** What a widget accepts as its function: a formula, a parsed tree, or a JavaScript function. */
export type FunctionInput = string | Expr | ((x: number) => number);

/** A function resolved for the secant model, or why it cannot be. */
export type ResolvedFunction =
  | { readonly ok: true; readonly fn: SlopeFunction }
  | { readonly ok: false; readonly problem: ExpressionProblem };

/**
 * Turns the widget's `fn` into a {@link SlopeFunction}: a formula is parsed, compiled and
 * differentiated exactly (f′ in teacher form); a JavaScript function is wrapped so that a throw
 * becomes NaN plus a message, and its slope is the given `derivative` or a Richardson estimate.
 */
export function resolveFunction(
  input: FunctionInput,
  derivative?: (x: number) => number,
  variable = "x",
): ResolvedFunction {
  if (typeof input === "function") return { ok: true, fn: fromJavaScript(input, derivative) };
  let expr: Expr;
  if (typeof input === "string") {
    const checked = checkExpression(input, [variable]);
    if (!checked.ok) return checked;
    expr = checked.expr;
  } else {
    // A tree from the page skips the parser, and so its size check: the same budget here.
    const tooLarge = treeProblem(input);
    if (tooLarge) return { ok: false, problem: tooLarge };
    expr = input;
  }
  try {
    const compiled = compile(expr, [variable]);
    const f = (x: number): number => finiteOrNaN(compiled(x));
    const omitted: string[] = [];
    // Past a budget the engine refuses the derivative or a TeX; the picture keeps the curve and
    // the secant, and the slope is estimated numerically (as for a JavaScript function).
    const dexpr = withinBudget(() => differentiate(expr, variable), omitted);
    const fPrime = dexpr ? compile(dexpr, [variable]) : null;
    const texF = withinBudget(() => toTeX(expr), omitted);
    const texSlope = dexpr ? withinBudget(() => toTeX(dexpr), omitted) : null;
    return {
      ok: true,
      fn: {
        f,
        slope: fPrime
          ? (x) => ({ value: finiteOrNaN(fPrime(x)), error: 0 })
          : (x) => {
              const estimate = numericDerivative(f, x, { method: "richardson" });
              return { value: estimate.value, error: estimate.error };
            },
        source: fPrime ? "symbolic" : "estimated",
        text: format(expr),
        texF,
        texSlope,
        omitted: omitted[0] ?? null,
        cost: writtenSize(expr),
        throws: () => NO_THROWS,
      },
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { message, start: 0, end: 0 } };
  }
}

function fromJavaScript(
  g: (x: number) => number,
  derivative?: (x: number) => number,
): SlopeFunction {
  let throws: { count: number; message: string | null } = NO_THROWS;
  const guard =
    (h: (x: number) => number) =>
    (x: number): number => {
      try {
        return finiteOrNaN(h(x));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throws = { count: throws.count + 1, message };
        return Number.NaN;
      }
    };
  const f = guard(g);
  const given = derivative ? guard(derivative) : null;
  return {
    f,
    slope: given
      ? (x) => ({ value: given(x), error: 0 })
      : (x) => {
          const estimate = numericDerivative(f, x, { method: "richardson" });
          return { value: estimate.value, error: estimate.error };
        },
    source: given ? "given" : "estimated",
    text: null,
    texF: null,
    texSlope: null,
    omitted: null,
    cost: 1,
    throws: () => throws,
  };
}

const NO_THROWS = { count: 0, message: null } as const;

/**
 * Runs `compute` and reports whether `fn` threw during it: `[result, message or null]`.
 */
export function watchThrows<T>(fn: SlopeFunction, compute: () => T): [T, string | null] {
  const before = fn.throws().count;
  const result = compute();
  const after = fn.throws();
  return [result, after.count > before ? after.message : null];
}

function finiteOrNaN(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : Number.NaN;
}
