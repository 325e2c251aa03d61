import { freeVariables } from "../math/ast";
import { evaluate } from "../math/evaluate";
import { safeParse } from "../math/parse";

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * The number a reader typed, or undefined when it is not one. Accepts what people write:
 * spaces, a true minus sign (−), a decimal comma (0,5), and constant expressions read by the
 * engine (`-1/2`, `6*9`, `e^2`, `sqrt(2)`). A formula with variables is not a number.
 */
export function readAnswer(text: string): number | undefined {
  const normalised = text
    .trim()
    .replace(/[\u2212\u2012\u2013]/g, "-")
    .replace(/[\s\u00a0\u202f]+/g, "")
    .replace(/(\d),(\d)/g, "$1.$2");
  if (normalised === "") return undefined;
  if (PLAIN_NUMBER.test(normalised)) return Number(normalised);
  const parsed = safeParse(normalised);
  if (!parsed.ok || freeVariables(parsed.expr).length > 0) return undefined;
  try {
    const value = evaluate(parsed.expr);
    return Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Default tolerance of a numeric answer: room for rounding in the sixth significant digit. */
export function defaultTolerance(expected: number): number {
  return 1e-6 * Math.max(1, Math.abs(expected));
}

/** True when `given` is within `tolerance` of `expected` (absolute difference). */
export function isCloseEnough(given: number, expected: number, tolerance: number): boolean {
  return Math.abs(given - expected) <= tolerance;
}
