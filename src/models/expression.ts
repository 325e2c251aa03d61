import type { Expr } from "../math/ast";
import { freeVariables } from "../math/ast";
import { MAX_NODES, isOverBudget, overBudget, writtenSize } from "../math/budgets";
import { canonicalName } from "../math/lexer";
import { safeParse } from "../math/parse";

/** Where a formula went wrong: a message for students and the characters it points at. */
export interface ExpressionProblem {
  readonly message: string;
  /** Offset of the first character concerned. */
  readonly start: number;
  /** Offset just after the last character concerned (equal to `start` at the end of input). */
  readonly end: number;
}

/** The outcome of reading a typed formula. */
export type ExpressionCheck =
  | { readonly ok: true; readonly expr: Expr; readonly source: string }
  | { readonly ok: false; readonly problem: ExpressionProblem };

/**
 * Reads a typed formula and checks it only uses the allowed variables, so a widget can show
 * the exact spot of a mistake ("Unknown function 'sinn' — did you mean 'sin'?") or a variable
 * it cannot move ("This formula may only use x; it also uses t").
 */
export function checkExpression(source: string, variables: readonly string[]): ExpressionCheck {
  const parsed = safeParse(source);
  if (!parsed.ok) {
    const { message, start, end } = parsed.error;
    return { ok: false, problem: { message, start, end } };
  }
  const allowed = new Set(variables.map(canonicalName));
  const extra = freeVariables(parsed.expr).filter((name) => !allowed.has(name));
  if (extra.length > 0) {
    const first = extra[0] as string;
    const at = findName(source, first);
    const list = variables.join(", ");
    return {
      ok: false,
      problem: {
        message: `This formula may only use ${list}; it also uses ${extra.join(", ")}.`,
        start: Math.max(0, at),
        end: at >= 0 ? at + first.length : source.length,
      },
    };
  }
  return { ok: true, expr: parsed.expr, source };
}

/** Position of a variable's spelling in the source (first whole-word match), or -1. */
function findName(source: string, name: string): number {
  const match = new RegExp(`(^|[^A-Za-z0-9_])(${escapeRegExp(name)})(?![A-Za-z0-9_])`, "u").exec(
    source,
  );
  return match ? match.index + (match[1]?.length ?? 0) : -1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `compute()`, or `null` with the engine's message kept when it refuses for size. */
export function withinBudget<T>(compute: () => T, omitted: string[]): T | null {
  try {
    return compute();
  } catch (error) {
    if (!isOverBudget(error)) throw error;
    omitted.push(error.message);
    return null;
  }
}

/** The parser's size budget for a tree given directly (it never went through `parse`). */
export function treeProblem(expr: Expr): ExpressionProblem | null {
  if (writtenSize(expr, MAX_NODES) <= MAX_NODES) return null;
  return { message: overBudget("too-large", MAX_NODES).message, start: 0, end: 0 };
}
