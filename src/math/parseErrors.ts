import { ExpressionError } from "./errors";
import type { FUNCTIONS } from "./functions";
import { FUNCTION_ALIASES } from "./functions";
import type { Token } from "./lexer";
import { closest } from "./suggest";

const FUNCTION_SPELLINGS = Object.keys(FUNCTION_ALIASES).filter((name) => /^[a-z]/iu.test(name));

/** How a token is named in a message: `'*'`, or "the end". */
export const describe = (t: Token): string => (t.kind === "end" ? "the end" : `'${t.raw}'`);

/** The error for `|x|`: the language spells absolute values `abs(x)`. */
export function absoluteBars(t: Token): ExpressionError {
  return new ExpressionError(
    "Write abs(x) for an absolute value, not |x|",
    t.start,
    t.end,
    "absolute-bars",
  );
}

/**
 * The error for a token that cannot continue the formula, most specific first: `=`, a decimal
 * comma, an unclosed `(` (when `open` is given), a stray `)`, `|`, anything else.
 */
export function unexpectedToken(
  t: Token,
  before: Token | undefined,
  after: Token | undefined,
  open: Token | undefined,
): ExpressionError {
  if (t.kind === "=") {
    return new ExpressionError(
      "Type only the formula, without '=': for f(x) = x^2, type x^2",
      t.start,
      t.end,
      "equation",
    );
  }
  if (
    t.kind === "," &&
    before?.kind === "number" &&
    after?.kind === "number" &&
    before.end === t.start
  ) {
    return new ExpressionError(
      `Use a point for decimals: write ${before.raw}.${after.raw}, not ${before.raw},${after.raw}`,
      before.start,
      after.end,
      "decimal-comma",
    );
  }
  if (open) {
    const end = t.kind === "end" ? t.start : t.end;
    return new ExpressionError(
      `Missing ')' to close the '(' at ${open.start}`,
      open.start,
      end,
      "missing-close",
    );
  }
  if (t.kind === ")")
    return new ExpressionError("This ')' has no matching '('", t.start, t.end, "unmatched-close");
  if (t.kind === "|") return absoluteBars(t);
  return new ExpressionError(
    `Unexpected ${describe(t)} at ${t.start}`,
    t.start,
    t.end,
    "unexpected-token",
  );
}

/** The error for a missing operand: "Expected a number or a variable after '*'". */
export function missingOperand(
  t: Token,
  before: Token | undefined,
  after: Token | undefined,
): ExpressionError {
  if (t.kind === "=" || t.kind === ",") return unexpectedToken(t, before, after, undefined);
  const where = before ? `after '${before.raw}'` : "at the start";
  return new ExpressionError(
    `Expected a number or a variable ${where}`,
    before ? before.start : t.start,
    t.kind === "end" && before ? before.end : t.end,
    "expected-operand",
  );
}

/** `sinn(x)`: an unknown name before `(`, with the closest known function or a hint to multiply. */
export function unknownFunction(t: Token): ExpressionError {
  const guess = closest(t.text, FUNCTION_SPELLINGS);
  const hint = guess ? ` — did you mean '${guess}'?` : `. To multiply, write ${t.raw}*(…)`;
  return new ExpressionError(
    `Unknown function '${t.raw}'${hint}`,
    t.start,
    t.end,
    "unknown-function",
  );
}

/** `sin x`: a function name without its parentheses. */
export function missingParenthesis(name: Token): ExpressionError {
  return new ExpressionError(
    `Put the input of '${name.raw}' in parentheses, like ${name.raw}(x)`,
    name.start,
    name.end,
    "missing-parenthesis",
  );
}

/** `sin(x, y)` or `max(x)`: the wrong number of inputs for a function. */
export function argumentCount(
  name: Token,
  spec: (typeof FUNCTIONS)[keyof typeof FUNCTIONS],
  got: number,
  end: number,
): ExpressionError {
  const wanted =
    spec.maxArgs === spec.minArgs
      ? `takes ${spec.minArgs} input${spec.minArgs === 1 ? "" : "s"}, but got ${got}`
      : `needs at least ${spec.minArgs} inputs, like ${name.raw}(a, b)`;
  return new ExpressionError(`'${name.raw}' ${wanted}`, name.start, end, "argument-count");
}
