import type { Expr } from "../math/ast";
import { freeVariables } from "../math/ast";
import { MAX_SYMBOLIC_WORK, overBudget, writtenSize } from "../math/budgets";
import { withBudget } from "../math/meter";
import { compile } from "../math/compile";
import { differentiate } from "../math/differentiate";
import { isExpressionError } from "../math/errors";
import { format } from "../math/formatExpression";
import { gradient as partialsOf } from "../math/partials";
import { canonicalName } from "../math/lexer";
import { safeParse, spanOf } from "../math/parse";
import { texVariable, toTeX } from "../math/tex";
import type { Vec2 } from "../math/vec";
import type { GradientLabels } from "../i18n/gradientLabels";
import type { GradientWords } from "../i18n/catalogs";
import { GRADIENT_EN } from "../i18n/catalogs";
import type { ExpressionProblem } from "./expression";
import { treeProblem, withinBudget } from "./expression";

/** What the gradient widget accepts as its cost: a formula of two variables or a parsed tree. */
export type CostInput = string | Expr;

/** The variables of the chapter's cost, L(w₁, w₂). */
export const DEFAULT_COST_VARIABLES: readonly [string, string] = ["w1", "w2"];

/** A cost of two variables, compiled, with its exact partial derivatives. */
export interface GradientCost {
  readonly expr: Expr;
  /** The two variables, in axis order (horizontal, vertical). */
  readonly variables: readonly [string, string];
  /** The cost as plain text (`w1^2 + 2w2^2`). */
  readonly text: string;
  /** L(w₁, w₂); NaN where undefined, never throws. */
  readonly value: (w1: number, w2: number) => number;
  /**
   * (∂L/∂w₁, ∂L/∂w₂), exact (symbolic); NaN components where undefined. Estimated by central
   * differences when the partials are over the engine's budgets (`partials` is then `null`).
   */
  readonly gradient: (w1: number, w2: number) => Vec2;
  /** Second derivatives (∂²L/∂w₁², ∂²L/∂w₁∂w₂, ∂²L/∂w₂²), to tell a minimum from a saddle. */
  readonly hessian: (w1: number, w2: number) => readonly [number, number, number];
  /** The partial derivatives in teacher form; `null` when over the engine's budgets. */
  readonly partials: readonly [Expr, Expr] | null;
  /** TeX of the cost and of its partials; `null` for what is over the engine's budgets. */
  readonly tex: {
    readonly cost: string | null;
    readonly partials: readonly [string, string] | null;
    readonly variables: readonly [string, string];
  };
  /**
   * What the engine left out because the cost is over one of its budgets (the exact partials,
   * the second derivatives, a TeX), as its English message; `null` when nothing was.
   */
  readonly omitted: string | null;
  /** Nodes one evaluation of the cost visits (its size), for the sampling budget. */
  readonly size: number;
  /** Nodes one evaluation of the gradient visits (both partials, or four costs when estimated). */
  readonly gradientSize: number;
}

/** A cost ready for the gradient model, or why it cannot be. */
export type ResolvedCost =
  | { readonly ok: true; readonly cost: GradientCost }
  | { readonly ok: false; readonly problem: ExpressionProblem };

/**
 * Reads, checks, compiles and differentiates a cost of two variables. A formula that does not
 * parse gives the parser's message and position; one that uses other variables says how many it
 * has and points at the first stranger ("This cost has 3 variables (w1, w2, w3) …"); a
 * `variables` list that is not two different names is a problem too. These messages are in the
 * `locale`'s language; the parser's own messages stay in English (with a stable code) and are
 * translated where they are shown.
 * @param variables @default ["w1", "w2"]
 * @param locale @default English
 */
export function resolveCost(
  input: CostInput,
  variables: readonly string[] = DEFAULT_COST_VARIABLES,
  locale: GradientWords = GRADIENT_EN,
): ResolvedCost {
  const t = locale.gradient;
  const names = variables.map(canonicalName);
  if (names.length !== 2) {
    return fail(t.variablesCount(variables));
  }
  const pair = [names[0], names[1]] as [string, string];
  if (pair[0] === pair[1]) return fail(t.variablesDuplicate(pair[0]));
  let expr: Expr;
  if (typeof input === "string") {
    const parsed = safeParse(input);
    if (!parsed.ok) {
      const { message, start, end } = parsed.error;
      return { ok: false, problem: { message, start, end } };
    }
    expr = parsed.expr;
  } else {
    // A tree from the page skips the parser, and so its size check: the same budget here.
    const tooLarge = treeProblem(input);
    if (tooLarge) return { ok: false, problem: tooLarge };
    expr = input;
  }
  const used = freeVariables(expr);
  const extra = used.filter((name) => !pair.includes(name));
  if (extra.length > 0) {
    const found = [...pair.filter((name) => used.includes(name)), ...extra];
    return { ok: false, problem: strangerProblem(expr, pair, found, t) };
  }
  try {
    return { ok: true, cost: build(expr, pair) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const span = isExpressionError(error) ? error : { start: 0, end: 0 };
    return { ok: false, problem: { message, start: span.start, end: span.end } };
  }
}

function build(expr: Expr, variables: readonly [string, string]): GradientCost {
  const [a, b] = variables;
  const omitted: string[] = [];
  // Past a budget the engine refuses a derivative or a TeX: the map stays, with slopes estimated
  // by central differences, and the formulas it could not write are left out.
  const partials = withinBudget(() => partialsOf(expr, variables) as [Expr, Expr], omitted);
  // The three second derivatives share one budget (they serve only to name a flat point).
  const second = partials
    ? withinBudget(
        () =>
          withBudget(MAX_SYMBOLIC_WORK, hessianTooLarge, () => [
            differentiate(partials[0], a),
            differentiate(partials[0], b),
            differentiate(partials[1], b),
          ]).map((e) => compile(e, variables)),
        omitted,
      )
    : null;
  const f = compile(expr, variables);
  const value = (x: number, y: number): number => finiteOrNaN(f(x, y));
  const fa = partials ? compile(partials[0], variables) : null;
  const fb = partials ? compile(partials[1], variables) : null;
  const texCost = withinBudget(() => toTeX(expr), omitted);
  const texPartials = partials
    ? withinBudget(() => [toTeX(partials[0]), toTeX(partials[1])] as [string, string], omitted)
    : null;
  return {
    expr,
    variables,
    text: format(expr),
    value,
    gradient:
      fa && fb
        ? (x, y) => [finiteOrNaN(fa(x, y)), finiteOrNaN(fb(x, y))]
        : (x, y) => centralGradient(value, x, y),
    hessian: second
      ? (x, y) => {
          const [haa, hab, hbb] = second as [typeof f, typeof f, typeof f];
          return [finiteOrNaN(haa(x, y)), finiteOrNaN(hab(x, y)), finiteOrNaN(hbb(x, y))];
        }
      : (x, y) => centralHessian(value, x, y),
    partials,
    tex: {
      cost: texCost,
      partials: texPartials,
      variables: [texVariable(a), texVariable(b)],
    },
    omitted: omitted[0] ?? null,
    size: writtenSize(expr),
    gradientSize: partials
      ? writtenSize(partials[0]) + writtenSize(partials[1])
      : 4 * writtenSize(expr),
  };
}

const hessianTooLarge = () => overBudget("derivative-too-large", MAX_SYMBOLIC_WORK, "work");

/** ∇L by central differences, for a cost whose partials are over the engine's budgets. */
function centralGradient(value: (x: number, y: number) => number, x: number, y: number): Vec2 {
  const hx = 1e-5 * Math.max(1, Math.abs(x));
  const hy = 1e-5 * Math.max(1, Math.abs(y));
  return [
    finiteOrNaN((value(x + hx, y) - value(x - hx, y)) / (2 * hx)),
    finiteOrNaN((value(x, y + hy) - value(x, y - hy)) / (2 * hy)),
  ];
}

/** Second derivatives by central differences (same fallback). */
function centralHessian(
  value: (x: number, y: number) => number,
  x: number,
  y: number,
): readonly [number, number, number] {
  const hx = 1e-3 * Math.max(1, Math.abs(x));
  const hy = 1e-3 * Math.max(1, Math.abs(y));
  const c = value(x, y);
  const xx = (value(x + hx, y) - 2 * c + value(x - hx, y)) / (hx * hx);
  const yy = (value(x, y + hy) - 2 * c + value(x, y - hy)) / (hy * hy);
  const xy =
    (value(x + hx, y + hy) -
      value(x + hx, y - hy) -
      value(x - hx, y + hy) +
      value(x - hx, y - hy)) /
    (4 * hx * hy);
  return [finiteOrNaN(xx), finiteOrNaN(xy), finiteOrNaN(yy)];
}

/** The problem for a cost using variables other than the two axes, pointing at the first one. */
function strangerProblem(
  expr: Expr,
  allowed: readonly [string, string],
  found: readonly string[],
  t: GradientLabels,
): ExpressionProblem {
  const extra = found.filter((name) => !allowed.includes(name));
  let message = found.length > 2 ? t.costVariables(found, allowed) : t.costStranger(extra, allowed);
  let span = { start: 0, end: 0 };
  try {
    compile(expr, allowed);
  } catch (error) {
    // The compiler names the first unknown variable, with its span and a spelling hint.
    if (isExpressionError(error)) {
      span = { start: error.start, end: error.end };
      const hint = /—\s*did you mean '(.*)'\?$/u.exec(error.message)?.[1];
      if (hint) message += ` ${t.costHint(hint)}`;
    }
  }
  if (span.end === 0) span = firstSpan(expr, found[found.length - 1] ?? "") ?? span;
  return { message, ...span };
}

function firstSpan(expr: Expr, name: string): { start: number; end: number } | null {
  if (expr.kind === "variable") return expr.name === name ? (spanOf(expr) ?? null) : null;
  for (const child of Object.values(expr)) {
    const list = Array.isArray(child) ? child : [child];
    for (const item of list) {
      if (item && typeof item === "object" && "kind" in item) {
        const found = firstSpan(item as Expr, name);
        if (found) return found;
      }
    }
  }
  return null;
}

function fail(message: string): ResolvedCost {
  return { ok: false, problem: { message, start: 0, end: 0 } };
}

function finiteOrNaN(value: number): number {
  return Number.isFinite(value) ? value : Number.NaN;
}
