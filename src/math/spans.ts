import type { Expr } from "./ast";

/** A character span `[start, end)` in the source a tree came from. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const spans = new WeakMap<Expr, Span>();

/** Where in its source a parsed node came from; `undefined` for trees built in code. */
export function spanOf(expr: Expr): Span | undefined {
  return spans.get(expr);
}

/** Records the span of a node built by the parser (the first record wins). */
export function recordSpan(expr: Expr, span: Span): void {
  if (!spans.has(expr)) spans.set(expr, span);
}
