import { checkExpression } from "./expression";

/**
 * Kinds of value a widget page reads from its URL (`?x=1.5&method=central`), each with its reader
 * (never throws: a value it cannot use says what was expected) and its writer (the shortest text
 * the reader reads back to the same value).
 */

/** What a URL parameter should have held, for the note a page shows when it could not be used. */
export type UrlExpectation =
  | { readonly kind: "number"; readonly min: number; readonly max: number }
  | {
      readonly kind: "pair";
      readonly x: readonly [number, number];
      readonly y: readonly [number, number];
    }
  | { readonly kind: "boolean" }
  | { readonly kind: "choice"; readonly choices: readonly string[] }
  | { readonly kind: "formula"; readonly problem: string }
  | { readonly kind: "unknown"; readonly known: readonly string[] }
  | { readonly kind: "combination"; readonly with: string };

/** The outcome of reading one parameter. */
export type UrlRead<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly expected: UrlExpectation };

/** One kind of parameter value. */
export interface UrlKind<T> {
  /** Reads the decoded text of the parameter. */
  read(text: string): UrlRead<T>;
  /** Writes a value as text that `read` turns back into the same value. */
  write(value: T): string;
  /** Whether two values are the same (a value equal to the default is left out of the URL). */
  same(a: T, b: T): boolean;
  /** The values it takes, in English, for the documentation. */
  describe: string;
  /** The words it takes, when it takes a few words (a choice). */
  choices?: readonly string[] | undefined;
}

/** A plain decimal number (`1.5`, `-2`, `1e-3`, `−2`): no hex, no `Infinity`, no blank. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function readDecimal(text: string): number | undefined {
  const trimmed = text.trim().replace("\u2212", "-");
  if (!DECIMAL.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** A number in [min, max]. */
export function numberIn(min: number, max: number): UrlKind<number> {
  const expected: UrlExpectation = { kind: "number", min, max };
  return {
    read(text) {
      const value = readDecimal(text);
      return value !== undefined && value >= min && value <= max
        ? { ok: true, value: value === 0 ? 0 : value }
        : { ok: false, expected };
    },
    write: (value) => String(value),
    same: (a, b) => a === b,
    describe: `a number from ${min} to ${max}`,
  };
}

/** Two numbers `a,b`, the first in `x`, the second in `y`. */
export function pairIn(
  x: readonly [number, number],
  y: readonly [number, number],
): UrlKind<readonly [number, number]> {
  const expected: UrlExpectation = { kind: "pair", x, y };
  const first = numberIn(x[0], x[1]);
  const second = numberIn(y[0], y[1]);
  return {
    read(text) {
      const parts = text.split(",");
      if (parts.length !== 2) return { ok: false, expected };
      const a = first.read(parts[0] as string);
      const b = second.read(parts[1] as string);
      return a.ok && b.ok ? { ok: true, value: [a.value, b.value] } : { ok: false, expected };
    },
    write: (value) => `${value[0]},${value[1]}`,
    same: (a, b) => a[0] === b[0] && a[1] === b[1],
    describe: `two numbers a,b (a from ${x[0]} to ${x[1]}, b from ${y[0]} to ${y[1]})`,
  };
}

/** `true`/`false` (also `1`/`0`, `yes`/`no`, `on`/`off`). */
export const BOOLEAN: UrlKind<boolean> = {
  read(text) {
    const word = text.trim().toLowerCase();
    if (/^(true|1|yes|on)$/.test(word)) return { ok: true, value: true };
    if (/^(false|0|no|off)$/.test(word)) return { ok: true, value: false };
    return { ok: false, expected: { kind: "boolean" } };
  },
  write: (value) => String(value),
  same: (a, b) => a === b,
  describe: "true or false",
};

/** One of a few words (read case-insensitively). */
export function choiceOf<T extends string>(choices: readonly T[]): UrlKind<T> {
  return {
    read(text) {
      const word = text.trim().toLowerCase();
      const value = choices.find((choice) => choice === word);
      return value === undefined
        ? { ok: false, expected: { kind: "choice", choices } }
        : { ok: true, value };
    },
    write: (value) => value,
    same: (a, b) => a === b,
    describe: choices.join(" | "),
    choices,
  };
}

/**
 * A formula in the given variables, checked by the engine's parser (and so by its budgets: a
 * formula past `MAX_SOURCE_LENGTH` or too deep is refused there, in linear time).
 */
export function formulaIn(variables: readonly string[]): UrlKind<string> {
  return {
    read(text) {
      const checked = checkExpression(text, variables);
      return checked.ok
        ? { ok: true, value: text }
        : { ok: false, expected: { kind: "formula", problem: checked.problem.message } };
    },
    write: (value) => value,
    same: (a, b) => a === b,
    describe: `a formula in ${variables.join(", ")}`,
  };
}

/** The same kind, or nothing (`undefined`: the widget's own default). */
export function optional<T>(kind: UrlKind<T>): UrlKind<T | undefined> {
  return {
    read: (text) => kind.read(text),
    write: (value) => (value === undefined ? "" : kind.write(value)),
    same: (a, b) => (a === undefined || b === undefined ? a === b : kind.same(a, b)),
    describe: kind.describe,
    choices: kind.choices,
  };
}

/** A language tag whose language the widgets speak: `en`, `fr`, `fr-CA` (read as `fr`). */
export const LANGUAGE: UrlKind<"en" | "fr"> = {
  read(text) {
    const base = /^([a-z]{2})(?:[-_][a-z0-9-]+)?$/i.exec(text.trim())?.[1]?.toLowerCase();
    return base === "en" || base === "fr"
      ? { ok: true, value: base }
      : { ok: false, expected: { kind: "choice", choices: ["en", "fr"] } };
  },
  write: (value) => value,
  same: (a, b) => a === b,
  describe: "en | fr",
  choices: ["en", "fr"],
};
