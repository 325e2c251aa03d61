/**
 * Why an expression could not be read or evaluated, as a stable code a UI can translate.
 * The English `message` of {@link ExpressionError} is written for students.
 */
export type ExpressionErrorCode =
  | "empty"
  | "too-long"
  | "too-deep"
  | "too-large"
  | "derivative-too-large"
  | "simplify-too-large"
  | "steps-too-large"
  | "tex-too-long"
  | "unexpected-character"
  | "unexpected-token"
  | "expected-operand"
  | "missing-close"
  | "unmatched-close"
  | "unknown-function"
  | "unknown-variable"
  | "missing-parenthesis"
  | "argument-count"
  | "missing-operator"
  | "equation"
  | "decimal-comma"
  | "absolute-bars";

/**
 * An error in a formula, with the character span it points at.
 * `start` and `end` are UTF-16 offsets into the source (`end` exclusive, `start <= end`),
 * so `source.slice(start, end)` is the culprit (empty at the end of the input).
 */
export class ExpressionError extends Error {
  /** Offset of the first character the error points at. */
  readonly start: number;
  /** Offset just after the last character the error points at. */
  readonly end: number;
  /** Stable machine-readable reason, for translations. */
  readonly code: ExpressionErrorCode;

  constructor(message: string, start: number, end: number, code: ExpressionErrorCode) {
    super(message);
    this.name = "ExpressionError";
    this.start = Math.max(0, start);
    this.end = Math.max(this.start, end);
    this.code = code;
  }
}

/** True when `value` is an {@link ExpressionError}. */
export function isExpressionError(value: unknown): value is ExpressionError {
  return value instanceof ExpressionError;
}
