import type { Expr } from "./ast";
import { ExpressionError } from "./errors";
import { FUNCTION_ALIASES } from "./functions";
import { canonicalName } from "./lexer";
import { spanOf } from "./parse";
import { closest } from "./suggest";

/** Values for the variables of a formula, by name (`w_1`, `w₁` and `w1` all work). */
export type Scope = Readonly<Record<string, number>>;

/**
 * `table[key]` when `table` has `key` as its own property, else `undefined`: a name a reader
 * typed (`toString`, `constructor`) never reaches `Object.prototype`.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** `scope` with canonical names (`{ w_1: 2 }` → `{ w1: 2 }`), in a table without prototype. */
export function canonicalScope(scope: Scope): Record<string, number> {
  const result: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [name, value] of Object.entries(scope)) result[canonicalName(name)] = value;
  return result;
}

/**
 * The error for a variable that has no value, with a hint when the name looks like a
 * typo: `sinx` → "did you mean sin(x)?", `xy` → "did you mean x*y?", `w3` → "did you mean w1?".
 */
export function unknownVariable(
  node: Expr & { kind: "variable" },
  known: readonly string[],
): ExpressionError {
  const name = node.name;
  const span = spanOf(node) ?? { start: 0, end: 0 };
  let hint = "";
  const fn = Object.keys(FUNCTION_ALIASES)
    .filter((f) => /^[a-z]{2,}/u.test(f) && name.startsWith(f) && name.length > f.length)
    .sort((a, b) => b.length - a.length)[0];
  if (fn) hint = ` — did you mean '${fn}(${name.slice(fn.length)})'?`;
  else if (name.length > 1 && [...name].every((c) => known.includes(c)))
    hint = ` — did you mean '${[...name].join("*")}'?`;
  else if (name.length > 1) {
    const guess = closest(name, known);
    if (guess) hint = ` — did you mean '${guess}'?`;
  }
  const list = known.length > 0 ? ` (known: ${known.join(", ")})` : "";
  return new ExpressionError(
    `Unknown variable '${name}'${hint || list}`,
    span.start,
    span.end,
    "unknown-variable",
  );
}
