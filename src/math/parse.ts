import type { Expr } from "./ast";
import { ExpressionError } from "./errors";
import { tokenize } from "./lexer";
import { MAX_NODES, MAX_SOURCE_LENGTH, grouped, overBudget, writtenSize } from "./budgets";
import { Parser } from "./parser";

export type { Span } from "./spans";
export { spanOf } from "./spans";

/** Result of {@link safeParse}. */
export type ParseResult = { ok: true; expr: Expr } | { ok: false; error: ExpressionError };

/**
 * Reads a formula as people write it: `2x^2 - 3x + 1`, `σ(w·x + b)`, `(a − y)²`, `w₁² + 2w₂²`.
 * Throws {@link ExpressionError} with a student-friendly message and the character span.
 * Inputs longer than {@link MAX_SOURCE_LENGTH}, nested deeper than {@link MAX_DEPTH} or with more
 * than {@link MAX_NODES} nodes are refused (the engine's budgets).
 */
export function parse(source: string): Expr {
  if (typeof source !== "string")
    throw new ExpressionError("A formula must be text", 0, 0, "empty");
  if (source.length > MAX_SOURCE_LENGTH) {
    throw new ExpressionError(
      `This formula is too long (more than ${grouped(MAX_SOURCE_LENGTH)} characters)`,
      MAX_SOURCE_LENGTH,
      source.length,
      "too-long",
    );
  }
  const expr = new Parser(tokenize(source)).parseAll();
  if (writtenSize(expr, MAX_NODES) > MAX_NODES) {
    const error = overBudget("too-large", MAX_NODES);
    throw new ExpressionError(error.message, 0, source.length, error.code);
  }
  return expr;
}

/** Like {@link parse}, but returns the error instead of throwing it (bad input is a state). */
export function safeParse(source: string): ParseResult {
  try {
    return { ok: true, expr: parse(source) };
  } catch (error) {
    if (error instanceof ExpressionError) return { ok: false, error };
    throw error;
  }
}

/** Accepts a formula or an already-parsed tree. */
export function toExpr(input: string | Expr): Expr {
  return typeof input === "string" ? parse(input) : input;
}
