import type { Expr } from "./ast";
import { childrenOf } from "./ast";
import type { ExpressionErrorCode } from "./errors";
import { ExpressionError } from "./errors";

// The limits the engine keeps, so that no formula, typed or arriving in a link or an attribute,
// can hold a reader's tab. Each one refuses with a clear message; none of them changes a result
// that fits. The reasons for each number are in the "Engine" page of the docs (stories/).

/**
 * Longest formula {@link parse} reads, in UTF-16 code units. The longest formula of a first
 * course fits in 100 characters; 2,000 still fits in a shared link's query string.
 */
export const MAX_SOURCE_LENGTH = 2_000;

/**
 * Deepest nesting {@link parse} accepts (parentheses, calls, signs, powers, chained divisions).
 * Each level costs several stack frames in every recursive pass (evaluation, derivative, TeX),
 * and a derivative through n nested functions grows like n²: 100 levels is ten times the deepest
 * formula a course writes and stays far from any browser's stack limit.
 */
export const MAX_DEPTH = 100;

/**
 * Most nodes (numbers, variables, operations, calls) in a parsed formula. Drawing evaluates the
 * whole tree at every sample, and a product of n factors has a derivative of n² nodes.
 */
export const MAX_NODES = 1_000;

/**
 * Most nodes of a derivative written out in full ({@link differentiate}). Its formula is compiled
 * and evaluated at every sample of the slope, so its size is work on every move; 5,000 nodes is
 * fifty times the largest derivative of the chapter (under 100 nodes); a product of 20 sums,
 * far beyond a course, has 1,161.
 */
export const MAX_DERIVATIVE_NODES = 5_000;

/** Most nodes of a tree {@link simplify} returns, written out in full (same reasons). */
export const MAX_SIMPLIFY_NODES = 5_000;

/**
 * Most units of work (a node built, compared or visited) one symbolic operation may spend:
 * {@link differentiate} with its simplification, {@link simplify}, or a whole
 * {@link derivationSteps}. Derivatives of a first course take under 1,000 units and their worked
 * steps under 3,000 (`e^(sin x)·ln(x²+1)/(x³+2)`: about 880 and 2,600); the engine does 5,000 to 20,000
 * units a millisecond on a laptop, so 50,000 is at most about 10 ms there once warm (30 ms cold
 * in a browser). Work grows faster than the result (a product of n factors costs about n³), so
 * this stops a large formula before its result is even built.
 */
export const MAX_SYMBOLIC_WORK = 50_000;

/**
 * Longest TeX {@link toTeX} writes, and the longest a view hands to KaTeX, in characters.
 * KaTeX typesets 50 to 130 characters a millisecond on a laptop (measured on derivatives of
 * products and nested functions) and writes about 50 elements per character, which the page
 * must then lay out: 3,000 characters took one task of 300 ms in Chromium, 1,500 stay near
 * 100 ms. That is still several lines of formula; a derivative of a first course is under 300.
 */
export const MAX_TEX_LENGTH = 1_500;

/**
 * Most node evaluations one sampling pass of a picture may spend (samples × nodes of the
 * formula); a large formula is drawn with fewer samples instead of a longer wait. At about 100
 * million evaluations a second, 1,000,000 is about 10 ms.
 */
export const MAX_SAMPLING_WORK = 1_000_000;

/**
 * How many evaluations of a function costing `cost` units each fit in one sampling pass
 * ({@link MAX_SAMPLING_WORK}), at most `wanted` and never fewer than 8.
 */
export function samplesWithin(cost: number, wanted: number): number {
  const each = Number.isFinite(cost) && cost > 1 ? cost : 1;
  return Math.max(8, Math.min(wanted, Math.floor(MAX_SAMPLING_WORK / each)));
}

/**
 * The side of a square grid (`side + 1` points a row) of a function costing `cost` units that
 * fits in one sampling pass ({@link MAX_SAMPLING_WORK}), at most `wanted` and never under 4.
 */
export function gridWithin(cost: number, wanted: number): number {
  const points = samplesWithin(cost, (wanted + 1) ** 2);
  return Math.max(4, Math.min(wanted, Math.floor(Math.sqrt(points)) - 1));
}

const sizes = new WeakMap<Expr, number>();

/**
 * Number of nodes of a tree written out in full (a shared sub-tree counts each time it
 * appears, as in its text or TeX), memoised, and counted only up to `cap` (the result is then
 * any number above `cap`): linear in the distinct nodes even when the written form is huge.
 */
export function writtenSize(e: Expr, cap = Number.MAX_SAFE_INTEGER): number {
  const known = sizes.get(e);
  if (known !== undefined) return known;
  let n = 1;
  for (const child of childrenOf(e)) {
    n += writtenSize(child, cap);
    if (n > cap) return n;
  }
  sizes.set(e, n);
  return n;
}

/**
 * `50000` → `"50,000"`, as the English messages write their limits. Not `toLocaleString`: the
 * first `Intl` number format of a page costs tens of milliseconds, on the input path.
 */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** What ran out: the size of a result, or the work to reach it. */
export type BudgetKind = "size" | "work";

/** The engine's refusal for work past a budget, with its stable code. */
export function overBudget(
  code: ExpressionErrorCode,
  limit: number,
  kind: BudgetKind = "size",
): ExpressionError {
  const n = grouped(limit);
  const why = kind === "work" ? `more than ${n} operations` : `more than ${n} terms`;
  const messages: Partial<Record<ExpressionErrorCode, string>> = {
    "too-large": `This formula is too large (more than ${n} parts)`,
    "derivative-too-large": `This formula is too large to differentiate here (${why})`,
    "simplify-too-large": `This formula is too large to simplify here (${why})`,
    "steps-too-large": `This derivation is too long to explain step by step here (${why})`,
    "tex-too-long": `This formula is too long to typeset here (more than ${n} characters)`,
  };
  return new ExpressionError(messages[code] ?? code, 0, 0, code);
}

/** True when `error` is a refusal for size (a budget), not a mistake in the formula. */
export function isOverBudget(error: unknown): error is ExpressionError {
  return (
    error instanceof ExpressionError &&
    (error.code === "too-long" ||
      error.code === "too-deep" ||
      error.code === "too-large" ||
      error.code === "derivative-too-large" ||
      error.code === "simplify-too-large" ||
      error.code === "steps-too-large" ||
      error.code === "tex-too-long")
  );
}
